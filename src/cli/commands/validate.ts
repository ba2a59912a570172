import { parseNow } from '../../calendar/day.js'
import { trackCalendar } from '../../calendar/track-calendar.js'
import { effectiveCalendar } from '../../config/normalize.js'
import type { CalendarConfig, Config, TrackConfig } from '../../config/types.js'
import { commonOptions, loadCommandConfig, type Command } from '../command.js'

const list = (items: readonly string[], none: string): string => (items.length ? items.join(', ') : none)

function calendarLine(c: CalendarConfig | undefined): string {
  if (!c) return 'none (always fixes mode)'
  const events = [
    ['feature-freeze', c.featureFreeze, c.milestones?.featureFreeze],
    ['beta-freeze', c.betaFreeze, c.milestones?.betaFreeze],
    ['release', c.release, c.milestones?.release]
  ] as const
  const parts = events.flatMap(([name, date, milestone]) =>
    date ? [`${name} ${date}`] : milestone ? [`${name} at milestone '${milestone}'`] : []
  )
  return list(parts, 'none (always fixes mode)')
}

function describeTrack(t: TrackConfig, top: CalendarConfig | undefined): string[] {
  const row = (label: string, value: string): string => `  ${`${label}:`.padEnd(18)}${value}`
  return [
    `track ${t.name} (pull request branch stable-sync/${t.name})`,
    row('upstream', `${t.upstream.url}, branch ${t.upstream.branch}`),
    row(
      'tag template',
      (t.pin === 'changelog'
        ? t.upstream.tag
        : `${t.upstream.tag} (pin ${t.pin} → tag ${t.upstream.tag.replaceAll('{version}', t.pin)})`) +
        (t.upstream.tagFormat ? ` (debian/gbp.conf upstream-tag ${t.upstream.tagFormat})` : '')
    ),
    row('origin', t.upstream.commitUrl ?? 'commit:<sha> (no commit-url)'),
    row(
      'package dir',
      t.package === '.' ? '. (debian/ at the repository root)' : `${t.package} (${t.package}/debian)`
    ),
    row(
      'pin',
      t.pin === 'changelog' ? "upstream part of debian/changelog's top version" : `${t.pin} (fixed)`
    ),
    row('paths', list(t.paths, 'all')),
    row('exclude paths', list(t.exclude.paths, 'none')),
    row('exclude subjects', list(t.exclude.subjects, 'none')),
    row('patch dir', t.patchDir),
    ...(t.bugs?.length ? [row('bug trackers', t.bugs.map(b => `${b.url} → ${b.field}`).join(', '))] : []),
    ...(t.patchFormat && t.patchFormat !== 'auto' ? [row('patch format', t.patchFormat)] : []),
    row('version files', list(t.versionFiles, 'none')),
    row('calendar', calendarLine(effectiveCalendar(top, t.calendar)))
  ]
}

/** What was understood, for a person: one block per track. */
export function describeConfig(config: Config): string {
  const identity = config.maintainer
    ? `${config.maintainer.name} <${config.maintainer.email}>`
    : 'from DEBFULLNAME and DEBEMAIL at run time'
  return [
    `${config.file}: valid, ${config.tracks.length} track${config.tracks.length === 1 ? '' : 's'}.`,
    `maintainer: ${identity}`,
    `distribution: ${config.distribution}`,
    ...(config.vendor && config.vendor !== 'auto' ? [`vendor: ${config.vendor}`] : []),
    `calendar: ${calendarLine(config.calendar)}`,
    ...(config.build
      ? [
          `build: releases ${list(config.build.releases, 'none')}; arches ${list(config.build.arches, 'none')}`
        ]
      : []),
    ...config.tracks.flatMap(t => ['', ...describeTrack(t, config.calendar)])
  ].join('\n')
}

/**
 * A calendar copied from an example (or left from the last cycle) can be past its beta freeze: the
 * tool then proposes nothing automatically, which looks like a broken set-up. Say so at set-up time.
 * Only what the config's dates decide is judged here; milestones need GitHub and are left to `status`.
 */
export async function frozenWarnings(config: Config, now: Date): Promise<string[]> {
  const warnings: string[] = []
  for (const track of config.tracks) {
    const c = await trackCalendar(config, track, now, undefined, { need: 'mode' }).catch(() => undefined)
    if (c?.mode === 'frozen' && !c.assumed?.length) {
      warnings.push(
        `${config.file}: track '${track.name}' is frozen on ${c.day} (${c.reason}): nothing is proposed automatically. ` +
          "If these dates came from an example or an earlier release cycle, set calendar: to your release's freeze dates."
      )
    }
  }
  return warnings
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Load and validate the configuration, and print what was understood.',
  usage: '[--repo DIR] [--config FILE] [--now YYYY-MM-DD] [--json]',
  options: {
    repo: commonOptions.repo,
    config: commonOptions.config,
    now: {
      type: 'string',
      description: 'The day the calendar is checked against (YYYY-MM-DD)',
      default: 'today'
    },
    json: commonOptions.json
  },
  async run(ctx) {
    // A bad configuration throws ConfigError: the CLI prints it on stderr and exits 2.
    const { config } = await loadCommandConfig(ctx)
    const now = parseNow(ctx.values.now as string | undefined)
    ctx.out(ctx.values.json ? JSON.stringify(config, null, 2) : describeConfig(config))
    for (const warning of await frozenWarnings(config, now)) ctx.log.warning(warning)
    return 0
  }
}
