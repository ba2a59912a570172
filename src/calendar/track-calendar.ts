import type { Config, TrackConfig } from '../config/types.js'
import { dayOf, type Day } from './day.js'
import { modeAt, type CalendarDays, type ModeAt } from './mode.js'
import { resolveCalendar, type DaySource, type MilestoneLookup } from './resolve.js'

/** A track's place in the freeze calendar on one day: what `status` prints and plan/apply obey. */
export interface TrackCalendar extends ModeAt {
  track: string
  /** The day judged (UTC). */
  day: Day
  days: CalendarDays
  sources: Partial<Record<keyof CalendarDays, DaySource>>
}

export async function trackCalendar(
  config: Config,
  track: TrackConfig,
  now: Date,
  lookup?: MilestoneLookup
): Promise<TrackCalendar> {
  const { days, sources } = await resolveCalendar(config, track, lookup)
  const day = dayOf(now)
  return { track: track.name, day, days, sources, ...modeAt(days, day) }
}

/** One line for humans: `qemu: fixes (feature freeze since 2026-11-01); frozen from 2026-12-01`. */
export function describeTrackCalendar(c: TrackCalendar): string {
  const next = c.next ? `; ${c.next.mode} from ${c.next.day} (${c.next.event})` : '; no further change'
  const release = c.days.release ? `; release ${c.days.release}` : ''
  return `${c.track}: ${c.mode} (${c.reason})${next}${release}`
}
