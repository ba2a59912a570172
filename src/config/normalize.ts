import { isAbsolute, posix, resolve } from 'node:path'
import type { VendorSetting } from '../debian/vendor.js'
import type { BugField } from '../series/bug-refs.js'
import type { CalendarConfig, Config, DeclinedCommit, TrackConfig } from './types.js'

/**
 * Schema-valid YAML data → the in-memory Config: kebab-case keys become camelCase, defaults are
 * filled in, directories normalized and local upstream paths made absolute. Calendars stay as
 * written at each level (src/calendar lays a track's over the top-level one; see effectiveCalendar).
 */
type Raw = Record<string, unknown>

export const DEFAULTS = {
  package: '.',
  pin: 'changelog',
  patchDir: 'debian/patches/stable',
  versionFiles: ['VERSION', 'Changelog'],
  distribution: 'UNRELEASED',
  arches: ['amd64']
} as const

/** True for a plain filesystem path, false for `scheme://…` URLs and scp-like `host:path`. */
export function isLocalPath(url: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) return false
  return !/^[^/]+:/.test(url)
}

const directory = (p: string): string => posix.normalize(p).replace(/(.)\/+$/, '$1')

const EVENTS = [
  ['feature-freeze', 'featureFreeze'],
  ['beta-freeze', 'betaFreeze'],
  ['release', 'release']
] as const

function calendar(raw: unknown): CalendarConfig | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const r = raw as Raw
  const m = (r.milestones ?? {}) as Raw
  const out: CalendarConfig = {}
  for (const [yamlKey, key] of EVENTS) {
    if (typeof r[yamlKey] === 'string') out[key] = r[yamlKey]
    if (typeof m[yamlKey] === 'string') (out.milestones ??= {})[key] = m[yamlKey]
  }
  return out
}

/**
 * A track's calendar laid over the top-level one: each event the track sets (a date or a milestone)
 * replaces that event of the top level. Undefined when neither level has a calendar.
 */
export function effectiveCalendar(top?: CalendarConfig, track?: CalendarConfig): CalendarConfig | undefined {
  if (!top && !track) return undefined
  const out: CalendarConfig = {}
  for (const [, key] of EVENTS) {
    const source = track && (track[key] !== undefined || track.milestones?.[key] !== undefined) ? track : top
    if (source?.[key] !== undefined) out[key] = source[key]
    if (source?.milestones?.[key] !== undefined) (out.milestones ??= {})[key] = source.milestones[key]
  }
  return out
}

function declinedCommits(raw: Raw[]): DeclinedCommit[] {
  return raw.map(d => ({
    sha: (d.sha as string).toLowerCase(),
    reason: d.reason as string,
    ...(d.subject !== undefined ? { subject: d.subject as string } : {}),
    ...(d.by !== undefined ? { by: d.by as string } : {})
  }))
}

function track(raw: Raw, repoDir: string): TrackConfig {
  const upstream = raw.upstream as Raw
  const exclude = (raw.exclude ?? {}) as Raw
  const url = upstream.url as string
  const result: TrackConfig = {
    name: raw.name as string,
    upstream: {
      url: isLocalPath(url) && !isAbsolute(url) ? resolve(repoDir, url) : url,
      branch: upstream.branch as string,
      tag: upstream.tag as string,

      ...(upstream['commit-url'] ? { commitUrl: upstream['commit-url'] as string } : {})
    },
    package: directory((raw.package as string | undefined) ?? DEFAULTS.package),
    pin: (raw.pin as string | undefined) ?? DEFAULTS.pin,
    paths: [...((raw.paths as string[] | undefined) ?? [])],
    exclude: {
      paths: [...((exclude.paths as string[] | undefined) ?? [])],
      subjects: [...((exclude.subjects as string[] | undefined) ?? [])],
      ...(exclude.commits ? { commits: declinedCommits(exclude.commits as Raw[]) } : {})
    },
    patchDir: directory((raw['patch-dir'] as string | undefined) ?? DEFAULTS.patchDir),
    versionFiles: [...((raw['version-files'] as string[] | undefined) ?? DEFAULTS.versionFiles)]
  }
  if (raw['patch-format']) result.patchFormat = raw['patch-format'] as TrackConfig['patchFormat']
  const bugs = raw.bugs as { url: string; field: BugField }[] | undefined
  if (bugs?.length) result.bugs = bugs.map(b => ({ url: b.url, field: b.field }))
  const own = calendar(raw.calendar)
  if (own) result.calendar = own
  return result
}

export function normalize(
  data: Raw,
  file: string,
  repoDir: string,
  tagFormats: ReadonlyMap<number, string> = new Map()
): Config {
  const topCalendar = calendar(data.calendar)
  const config: Config = {
    file,
    tracks: (data.tracks as Raw[]).map((t, i) => {
      const out = track(t, repoDir)
      const format = tagFormats.get(i)
      if (format) out.upstream.tagFormat = format
      return out
    }),
    distribution: (data.distribution as string | undefined) ?? DEFAULTS.distribution,
    vendor: (data.vendor as VendorSetting | undefined) ?? 'auto'
  }
  const maintainer = data.maintainer as Raw | undefined
  if (maintainer) config.maintainer = { name: maintainer.name as string, email: maintainer.email as string }
  if (topCalendar) config.calendar = topCalendar
  const build = data.build as Raw | undefined
  if (build) {
    config.build = {
      releases: [...(build.releases as string[])],
      arches: [...((build.arches as string[] | undefined) ?? DEFAULTS.arches)]
    }
  }
  const upload = data.upload as Raw | undefined
  if (upload) {
    config.upload = {
      target: upload.target as string,
      ...(upload['dput-config'] ? { dputConfig: upload['dput-config'] as string } : {})
    }
  }
  return config
}
