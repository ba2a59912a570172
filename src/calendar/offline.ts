import { InputError } from '../errors.js'
import type { Day } from './day.js'
import { modeAt, type CalendarDays, type ModeAt } from './mode.js'
import { KEYS, type UnresolvedDay } from './resolve.js'

/**
 * The mode on `day` when some milestones could not be read (a maintainer's desk without a GitHub
 * token). Only the feature and beta freeze decide a mode; the release date never does. An unknown
 * freeze day can only be before/on `day` or after it, so every possible placement is tried (keeping
 * feature freeze on or before beta freeze, as resolveCalendar requires): when all give the same
 * mode, that mode is certain and plan/apply go on, saying which milestone was not read; when they
 * differ, today's mode really depends on GitHub and the run stops with what to do.
 */
export interface OfflineMode extends ModeAt {
  /** What was assumed, one line per unresolved milestone, for the log and `--json`. */
  assumed: string[]
}

/** Representative days for "on or before `day`" and "after `day`", per key (see modeWithout). */
function placements(key: UnresolvedDay['key'], day: Day): Day[] {
  // The earliest past feature freeze and the latest past beta freeze are the ones that fit any
  // known other date; likewise the earliest future feature freeze and the latest future beta freeze.
  if (key === 'featureFreeze') return ['0000-01-01', nextDay(day)]
  if (key === 'betaFreeze') return [day, '9999-12-31']
  return []
}

function nextDay(day: Day): Day {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

export function modeWithout(
  track: string,
  known: CalendarDays,
  unresolved: readonly UnresolvedDay[],
  day: Day,
  file: string
): OfflineMode {
  const freezes = unresolved.filter(u => u.key !== 'release')
  let candidates: CalendarDays[] = [{ ...known }]
  for (const u of freezes) {
    candidates = candidates.flatMap(c => placements(u.key, day).map(d => ({ ...c, [u.key]: d })))
  }
  const consistent = candidates.filter(
    c => !(c.featureFreeze && c.betaFreeze && c.featureFreeze > c.betaFreeze)
  )
  const modes = new Set(consistent.map(c => modeAt(c, day).mode))
  const base = modeAt(known, day)
  if (modes.size !== 1 || !modes.has(base.mode)) {
    const which = freezes.map(u => `'${u.milestone}' (${u.setting})`).join(' and ')
    throw new InputError(
      `track '${track}': today's calendar mode (${[...modes].sort().join(' or ')}) depends on the GitHub ` +
        `milestone ${which}, which cannot be read without GitHub access. Set GITHUB_TOKEN (or GH_TOKEN) and ` +
        `GITHUB_REPOSITORY, or give the date (${freezes.map(u => `${KEYS[u.key]}: YYYY-MM-DD`).join(', ')}) in ${file}`
    )
  }
  const assumed = unresolved.map(u =>
    u.key === 'release'
      ? `release milestone '${u.milestone}' (${u.setting}) not read (no GitHub access): plan and apply do not need the release date`
      : `milestone '${u.milestone}' (${u.setting}) not read (no GitHub access): the mode is ${base.mode} whatever its due date`
  )
  // Determined with an unknown freeze means frozen by a known beta freeze (no next change) or
  // before a known feature freeze (the next change is that day): the known `next` stays right.
  return { ...base, assumed }
}
