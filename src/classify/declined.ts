import type { TrackConfig } from '../config/types.js'

/**
 * Commits left out by sha, whatever they touch: the ones a maintainer declined (`exclude.commits`),
 * and, for a freeze exception, every commit its selection does not take. One rule for single commits,
 * commits inside merges and merge residuals (src/engine/analyze.ts asks it for each).
 */
export interface LeftOut {
  reason: 'declined' | 'not-selected'
  text: string
}

/** Was this skip made by the left-out rule (declined, or not in a freeze exception's selection)? */
export function isLeftOutReason(reason: string | undefined): boolean {
  return reason === 'declined' || reason === 'not-selected'
}

export type LeftOutRule = (sha: string) => LeftOut | undefined

export function leftOutRule(track: Pick<TrackConfig, 'exclude' | 'selection'>): LeftOutRule {
  const declined = new Map((track.exclude.commits ?? []).map(d => [d.sha.toLowerCase(), d]))
  const selection = track.selection && new Set(track.selection.map(s => s.toLowerCase()))
  if (declined.size === 0 && !selection) return () => undefined
  return sha => {
    const d = declined.get(sha)
    if (d) {
      return {
        reason: 'declined',
        text: `declined in exclude.commits: ${d.reason}${d.by ? ` (${d.by})` : ''}`
      }
    }
    if (selection && !selection.has(sha)) {
      return {
        reason: 'not-selected',
        text: 'not selected for the freeze exception, and no selected fix needs it'
      }
    }
    return undefined
  }
}
