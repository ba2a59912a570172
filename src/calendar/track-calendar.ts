import type { Config, TrackConfig } from '../config/types.js'
import { dayOf, type Day } from './day.js'
import { modeAt, type CalendarDays, type ModeAt } from './mode.js'
import { modeWithout } from './offline.js'
import { resolveCalendar, type DaySource, type MilestoneLookup } from './resolve.js'

/** A track's place in the freeze calendar on one day: what `status` prints and plan/apply obey. */
export interface TrackCalendar extends ModeAt {
  track: string
  /** The day judged (UTC). */
  day: Day
  days: CalendarDays
  sources: Partial<Record<keyof CalendarDays, DaySource>>
  /** Milestones not read (no GitHub access, `need: 'mode'`), each with what was assumed. */
  assumed?: string[]
}

export interface TrackCalendarOptions {
  /**
   * 'all' (default; `status`, release): every milestone must resolve. 'mode' (plan/apply): without
   * GitHub access only the milestones that today's mode depends on must (src/calendar/offline.ts).
   */
  need?: 'all' | 'mode'
}

export async function trackCalendar(
  config: Config,
  track: TrackConfig,
  now: Date,
  lookup?: MilestoneLookup,
  options: TrackCalendarOptions = {}
): Promise<TrackCalendar> {
  const withoutGitHub = options.need === 'mode' ? 'collect' : 'throw'
  const { days, sources, unresolved } = await resolveCalendar(config, track, lookup, { withoutGitHub })
  const day = dayOf(now)
  if (unresolved?.length) {
    const { assumed, ...mode } = modeWithout(track.name, days, unresolved, day, config.file)
    return { track: track.name, day, days, sources, ...mode, assumed }
  }
  return { track: track.name, day, days, sources, ...modeAt(days, day) }
}

/** One line for humans: `qemu: fixes (feature freeze since 2026-11-01); frozen from 2026-12-01`. */
export function describeTrackCalendar(c: TrackCalendar): string {
  const next = c.next ? `; ${c.next.mode} from ${c.next.day} (${c.next.event})` : '; no further change'
  const release = c.days.release ? `; release ${c.days.release}` : ''
  return `${c.track}: ${c.mode} (${c.reason})${next}${release}`
}
