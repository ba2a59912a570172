import { createHash } from 'node:crypto'
import type { CalendarTrackResult } from '../calendar/policy.js'
import type { TrackResult } from '../engine/types.js'
import { moveSetKey } from './move-body.js'

/**
 * The hidden marker in a stable-sync PR body. It recognises our PRs and names the set of patches, so a
 * PR the maintainers closed unmerged stays closed for the same set, and a new upstream fix (a new
 * set) opens a new PR.
 */
export interface PullMarker {
  track: string
  patches: string
}

/**
 * A short, order-independent hash of what a PR proposes: the upstream commits it carries, or for a
 * calendar move, the release it moves to and the patches it drops.
 */
export function patchSetHash(
  result: Pick<TrackResult, 'patches'> & Partial<Pick<CalendarTrackResult, 'move'>>
): string {
  const key = moveSetKey(result) ?? [...new Set(result.patches.flatMap(p => p.upstream))].sort().join('\n')
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}

export function renderMarker(marker: PullMarker): string {
  return `<!-- stable-sync:track=${encodeURIComponent(marker.track)} patches=${marker.patches} -->`
}

export function parseMarker(body: string | null | undefined): PullMarker | undefined {
  const m = /<!-- stable-sync:track=(\S+) patches=([0-9a-f]+) -->/.exec(body ?? '')
  return m ? { track: decodeURIComponent(m[1]), patches: m[2] } : undefined
}

/** Marker of the one "updates are paused" comment (never posted twice). */
export const PAUSED_MARKER = '<!-- stable-sync:paused -->'
