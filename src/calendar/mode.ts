import type { Day } from './day.js'

/**
 * The three modes of the seed's freeze policy:
 * - `track`  before Feature Freeze: move the pin to the newest stable release;
 * - `fixes`  from Feature Freeze to Beta Freeze: the engine's fix-only series;
 * - `frozen` from Beta Freeze on: propose nothing, list pending fixes for a stable release update.
 */
export type TrackMode = 'track' | 'fixes' | 'frozen'

/** The dates a track's mode depends on, resolved to days (from the config or from milestones). */
export interface CalendarDays {
  featureFreeze?: Day
  betaFreeze?: Day
  release?: Day
}

export interface ModeAt {
  mode: TrackMode
  /** The next day on which the mode changes, and to what; absent when it never changes again. */
  next?: { day: Day; mode: TrackMode; event: 'feature-freeze' | 'beta-freeze' }
  /** One line saying why, e.g. "before feature freeze (2026-12-01)". */
  reason: string
}

/**
 * The mode on `day`. A freeze starts ON its date: the feature-freeze day is already `fixes`, the
 * beta-freeze day already `frozen`. No dates at all means `fixes` forever (the engine's plain
 * behaviour); only one date moves the track across that one boundary.
 */
export function modeAt(days: CalendarDays, day: Day): ModeAt {
  const { featureFreeze: ff, betaFreeze: bf } = days
  if (!ff && !bf) return { mode: 'fixes', reason: 'no freeze calendar: always fixes' }
  if (bf && day >= bf) return { mode: 'frozen', reason: `beta freeze since ${bf}` }
  const toFrozen = bf ? { day: bf, mode: 'frozen' as const, event: 'beta-freeze' as const } : undefined
  if (ff && day < ff) {
    return {
      mode: 'track',
      next: { day: ff, mode: 'fixes', event: 'feature-freeze' },
      reason: `before feature freeze (${ff})`
    }
  }
  return {
    mode: 'fixes',
    next: toFrozen,
    reason: ff ? `feature freeze since ${ff}` : `before beta freeze (${bf})`
  }
}
