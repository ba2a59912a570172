import { splitFileDiffs } from '../../walk/diff.js'
import type { StepState } from './state.js'

/**
 * After the proof: a binary or submodule change is a problem only when the tip's content of one of
 * its files differs from what the series produces. One the pinned tree already has (a merged release
 * bringing a BIOS image the pin carries), or one undone later in the range, is a reported skip
 * (`no-net-change`): asking a human about it would ask for nothing. `differing` is every file where
 * the series' end state and the tip differ (the proof's diff of the whole tree).
 */
export function keepNetChangesOnly(states: StepState[], differing: Set<string>): void {
  for (const s of states) {
    const d = s.decision
    if (d.action !== 'problem' || (d.kind !== 'binary' && d.kind !== 'submodule')) continue
    const files =
      s.step.kind === 'residual'
        ? splitFileDiffs(s.residualDiff ?? Buffer.alloc(0))
            .map(f => f.path)
            .filter(f => d.kept.includes(f))
        : d.kept
    if (files.length === 0 || files.some(f => differing.has(f))) continue
    const what = d.kind === 'binary' ? 'binary file(s)' : 'submodule(s)'
    s.decision = {
      ...d,
      action: 'skip',
      reason: 'no-net-change',
      kind: undefined,
      text: `changes ${what} ${files.join(', ')}, but the stable tip has the same content there as the series without it (the pinned tree already has it, or it is undone later in the range)`
    }
  }
}
