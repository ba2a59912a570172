import type { CalendarConfig, Config, TrackConfig } from '../config/types.js'
import { InputError } from '../errors.js'
import { dayOfTimestamp, type Day } from './day.js'
import type { CalendarDays } from './mode.js'

/** The calendar keys, in config spelling, for messages. */
export const KEYS = {
  featureFreeze: 'feature-freeze',
  betaFreeze: 'beta-freeze',
  release: 'release'
} as const
export type Key = keyof typeof KEYS

/**
 * Finds a milestone's due day by its title; undefined when there is no such milestone. The action
 * builds one from the repository's milestones (GitHub façade); tests pass a plain function.
 */
export type MilestoneLookup = (title: string) => Promise<MilestoneInfo | undefined>

export interface MilestoneInfo {
  title: string
  /** GitHub's `due_on` (ISO timestamp) or null when the milestone has no due date. */
  dueOn: string | null
  state?: 'open' | 'closed'
  url?: string
}

/** A lookup over an already fetched list of milestones (one API call for all tracks). */
export function milestoneLookupFrom(milestones: readonly MilestoneInfo[]): MilestoneLookup {
  return async title => milestones.find(m => m.title === title)
}

/** Where each resolved day came from, for `status` and error messages. */
export type DaySource = { kind: 'config'; key: string } | { kind: 'milestone'; title: string; url?: string }

export interface ResolvedCalendar {
  days: CalendarDays
  sources: Partial<Record<Key, DaySource>>
  /**
   * Milestones left unresolved because there is no GitHub access and the caller said it can do
   * without some dates (`withoutGitHub: 'collect'`: plan/apply, see src/calendar/offline.ts).
   */
  unresolved?: UnresolvedDay[]
}

/** A calendar key whose milestone could not be read (no GitHub access). */
export interface UnresolvedDay {
  key: Key
  /** The milestone title and where the config names it (`calendar.milestones.release`). */
  milestone: string
  setting: string
}

export interface ResolveOptions {
  /**
   * Without GitHub access (no lookup): 'throw' (default) stops at the first milestone; 'collect'
   * leaves its day out and lists it in `unresolved`, for callers that decide what they need.
   */
  withoutGitHub?: 'throw' | 'collect'
}

/** One key's setting after a track's calendar is laid over the top-level one. */
type Setting = { day: Day; key: string } | { milestone: string; key: string }

function settingFor(key: Key, track?: CalendarConfig, top?: CalendarConfig): Setting | undefined {
  // A track's own setting of a key (date or milestone) wins over the top level; within one level a
  // fixed date wins over a milestone title.
  for (const [cal, where] of [
    [track, 'tracks[].calendar'],
    [top, 'calendar']
  ] as const) {
    if (!cal) continue
    const day = cal[key]
    if (day) return { day, key: `${where}.${KEYS[key]}` }
    const title = cal.milestones?.[key]
    if (title) return { milestone: title, key: `${where}.milestones.${KEYS[key]}` }
  }
  return undefined
}

/**
 * The days that decide a track's mode: the track's `calendar:` keys override the top-level ones key
 * by key; milestone titles are looked up through `lookup` (their due day, in UTC).
 */
export async function resolveCalendar(
  config: Config,
  track: TrackConfig,
  lookup?: MilestoneLookup,
  options: ResolveOptions = {}
): Promise<ResolvedCalendar> {
  const resolved: ResolvedCalendar = { days: {}, sources: {} }
  for (const key of Object.keys(KEYS) as Key[]) {
    const s = settingFor(key, track.calendar, config.calendar)
    if (!s) continue
    if ('day' in s) {
      resolved.days[key] = s.day
      resolved.sources[key] = { kind: 'config', key: s.key }
      continue
    }
    if (!lookup && options.withoutGitHub === 'collect') {
      ;(resolved.unresolved ??= []).push({ key, milestone: s.milestone, setting: s.key })
      continue
    }
    if (!lookup) {
      throw new InputError(
        `track '${track.name}': ${s.key} names the GitHub milestone '${s.milestone}', but no GitHub access is ` +
          `available here. Run in the action, set GITHUB_TOKEN and GITHUB_REPOSITORY, or give a date ` +
          `(${KEYS[key]}: YYYY-MM-DD) in ${config.file}`
      )
    }
    const m = await lookup(s.milestone)
    if (!m) {
      throw new InputError(
        `track '${track.name}': ${s.key} names the milestone '${s.milestone}', which the repository does not ` +
          `have. Create it with a due date, or fix the title in ${config.file}`
      )
    }
    const day = m.dueOn ? dayOfTimestamp(m.dueOn) : undefined
    if (!day) {
      throw new InputError(
        `track '${track.name}': the milestone '${s.milestone}' (${s.key}) has no due date. Set one on GitHub, ` +
          `or give a date (${KEYS[key]}: YYYY-MM-DD) in ${config.file}`
      )
    }
    resolved.days[key] = day
    resolved.sources[key] = { kind: 'milestone', title: s.milestone, url: m.url }
  }
  const { featureFreeze: ff, betaFreeze: bf } = resolved.days
  if (ff && bf && ff > bf) {
    throw new InputError(
      `track '${track.name}': feature freeze (${ff}) comes after beta freeze (${bf}). Feature freeze must be ` +
        `on or before beta freeze; fix the dates in ${config.file} or the milestones' due dates`
    )
  }
  return resolved
}
