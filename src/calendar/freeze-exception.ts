import type { TrackConfig } from '../config/types.js'
import type { PlannedPatch, SelectionReport } from '../engine/types.js'

/**
 * A freeze exception: after beta freeze a maintainer asks (tracking issue: ticked fixes + the
 * `freeze-exception` label) for a pull request of selected pending fixes. The track carries the
 * selection by sha; the engine leaves every other commit out and adds, by content, the earlier ones a
 * selected fix needs to apply (src/engine/selection.ts), then verifies and writes as always.
 */

/** The track with the selection: only these upstream commits (and what they need) are taken. */
export function selectionTrack(track: TrackConfig, wanted: readonly string[]): TrackConfig {
  return { ...track, selection: [...wanted] }
}

/** The selected shas still pending, in series (upstream) order. */
export function pendingSelection(pending: readonly PlannedPatch[], selected: ReadonlySet<string>): string[] {
  return pending.flatMap(p => p.upstream.filter(s => selected.has(s)))
}

/**
 * What a selection's plan may carry: the selected fixes, the commits added for them, and the commits
 * folded into an added merge's resolution patch; and every selected fix must be among them.
 */
export function selectionMatches(planned: readonly PlannedPatch[], report: SelectionReport): boolean {
  const got = planned.flatMap(p => p.upstream)
  const allowed = new Set([...report.selected, ...report.added.map(a => a.sha)])
  const residualsOk = planned.every(
    p => p.upstream.every(s => allowed.has(s)) || (p.kind === 'merge-residual' && allowed.has(p.upstream[0]))
  )
  return report.unresolved.length === 0 && residualsOk && report.selected.every(s => got.includes(s))
}

/** Lines for the PR body and the tracking issue: what was added to the selection, and why. */
export function describeSelection(report: SelectionReport): string[] {
  return report.added.map(
    a => `${a.sha.slice(0, 12)} ${a.subject}: needed by ${a.neededBy.slice(0, 12)} (${a.why})`
  )
}
