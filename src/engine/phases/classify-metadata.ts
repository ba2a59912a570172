import { backportRefs, type ShaSet } from '../../classify/refs.js'
import { classifyByMetadata, type TrackRules } from '../../classify/rules.js'
import type { StepState } from './state.js'

/**
 * Phase 1, from the walk's metadata alone: merges inside a merged branch; empty, version bump,
 * excluded, outside paths, submodule (classifyByMetadata); already carried by name (an existing
 * patch names the commit, or both name the same upstream commit).
 */
export function classifyMetadata(states: StepState[], rules: TrackRules, carried: ShaSet<string>): void {
  for (const s of states) {
    if (s.step.kind !== 'commit') continue
    const c = s.step.commit
    if (c.parents.length > 1) {
      s.decision = {
        action: 'skip',
        reason: 'merge',
        text: `a merge inside the branch merged by ${s.step.merge?.sha}; its own change, if any, is in that merge's residual patch`,
        kept: [],
        dropped: []
      }
      continue
    }
    s.decision = classifyByMetadata(c, rules)
    if (s.decision.action !== 'take') continue
    if (carried.empty) continue
    const direct = carried.get(c.sha)
    const viaBackport = backportRefs(c.message).find(r => carried.get(r) !== undefined)
    if (direct || viaBackport) {
      s.decision = {
        ...s.decision,
        action: 'skip',
        reason: 'already-carried',
        text: direct
          ? `already carried as ${direct} (it names this commit)`
          : `already carried as ${carried.get(viaBackport!)} (both name upstream commit ${viaBackport})`
      }
    }
  }
}
