import { revertedRefs, type ShaSet } from '../../classify/refs.js'
import type { CommitInfo } from '../../walk/types.js'
import type { StepState } from './state.js'

/** Phase 2: a revert and the commit it reverts, both in the range and both taken, cancel out. */
export function cancelReverts(
  states: StepState[],
  inRange: ShaSet<CommitInfo>,
  byCommit: Map<string, StepState>
): void {
  for (const s of states) {
    if (s.step.kind !== 'commit' || s.decision.action !== 'take') continue
    for (const ref of revertedRefs(s.step.commit.message)) {
      const target = inRange.get(ref)
      const ts = target && byCommit.get(target.sha)
      if (!ts || ts.decision.action !== 'take') continue
      ts.decision = {
        ...ts.decision,
        action: 'skip',
        reason: 'reverted',
        text: `reverted by ${s.step.commit.sha} in the same range`
      }
      s.decision = {
        ...s.decision,
        action: 'skip',
        reason: 'reverted',
        text: `reverts ${target.sha} from the same range`
      }
      break
    }
  }
}
