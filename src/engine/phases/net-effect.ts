import { splitFileDiffs } from '../../walk/diff.js'
import type { StepState } from './state.js'

/**
 * After the proof: a binary or submodule change is a problem only when the tip's content of one of
 * its files differs from what the series produces. One the pinned tree already has (a merged release
 * bringing a BIOS image the pin carries), or one undone later in the range, is a reported skip
 * (`no-net-change`): asking a human about it would ask for nothing. `differing` is every file where
 * the series' end state and the tip differ (the proof's diff of the whole tree); `alreadyThere` the
 * problems whose post-images the series held where they came (a change the pin has, even when a
 * later change of the same file is a problem of its own).
 */
export function keepNetChangesOnly(
  states: StepState[],
  differing: Set<string>,
  alreadyThere: ReadonlySet<StepState> = new Set()
): void {
  for (const s of states) {
    const d = s.decision
    if (d.action !== 'problem' || (d.kind !== 'binary' && d.kind !== 'submodule')) continue
    const files =
      s.step.kind === 'residual'
        ? splitFileDiffs(s.residualDiff ?? Buffer.alloc(0))
            .map(f => f.path)
            .filter(f => d.kept.includes(f))
        : d.kept
    const what = d.kind === 'binary' ? 'binary file(s)' : 'submodule(s)'
    if (alreadyThere.has(s) && files.length) {
      s.decision = {
        ...d,
        action: 'skip',
        reason: 'no-net-change',
        kind: undefined,
        text: `changes ${what} ${files.join(', ')} to what the series already has there (the pinned tree carries the change)`
      }
      continue
    }
    if (files.length === 0 || files.some(f => differing.has(f))) continue
    s.decision = {
      ...d,
      action: 'skip',
      reason: 'no-net-change',
      kind: undefined,
      text: `changes ${what} ${files.join(', ')}, but the stable tip has the same content there as the series without it (the pinned tree already has it, or it is undone later in the range)`
    }
  }
}
