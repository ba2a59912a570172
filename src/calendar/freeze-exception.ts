import type { TrackConfig } from '../config/types.js'
import type { PlannedPatch } from '../engine/types.js'

/**
 * A freeze exception: after beta freeze a maintainer asks (tracking issue: ticked fixes + the
 * `freeze-exception` label) for a pull request of selected pending fixes. The engine has no notion of
 * a selection, so the other pending fixes are excluded the way a maintainer would exclude them: by
 * exact, case-insensitive subject patterns added to the track's `exclude.subjects`. The engine then
 * plans, verifies (fuzz 0, reconstruction) and writes as always; `selectionMatches` proves the result
 * is exactly the selection before anything is written.
 */
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The track with every pending fix that is not selected excluded by its exact subject. */
export function selectionTrack(
  track: TrackConfig,
  pending: readonly PlannedPatch[],
  selected: ReadonlySet<string>
): TrackConfig {
  const others = pending.filter(p => !p.upstream.some(s => selected.has(s)))
  const subjects = [...new Set(others.map(p => `^${escapeRegExp(p.subject)}$`))]
  return { ...track, exclude: { ...track.exclude, subjects: [...track.exclude.subjects, ...subjects] } }
}

/** The selected shas still pending, in series (upstream) order. */
export function pendingSelection(pending: readonly PlannedPatch[], selected: ReadonlySet<string>): string[] {
  return pending.flatMap(p => p.upstream.filter(s => selected.has(s)))
}

/**
 * Does a plan with the selection track take exactly the selected fixes? (Two fixes with the same
 * subject, or a selected fix that needs an unselected one before it, make the answer no.)
 */
export function selectionMatches(planned: readonly PlannedPatch[], wanted: readonly string[]): boolean {
  const got = planned.flatMap(p => p.upstream)
  return got.length === wanted.length && wanted.every(s => got.includes(s))
}
