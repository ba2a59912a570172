import { createHash } from 'node:crypto'
import type { TrackResult } from '../engine/types.js'

/**
 * The hidden marker in a stable-sync PR body. It recognises our PRs and names the set of patches, so a
 * PR the maintainers closed unmerged stays closed for the same set, and a new upstream fix (a new
 * set) opens a new PR.
 */
export interface PullMarker {
  track: string
  patches: string
}

/** A short, order-independent hash of the upstream commits a PR carries. */
export function patchSetHash(result: Pick<TrackResult, 'patches'>): string {
  const shas = [...new Set(result.patches.flatMap(p => p.upstream))].sort()
  return createHash('sha256').update(shas.join('\n')).digest('hex').slice(0, 16)
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
