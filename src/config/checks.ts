import { isAbsolute, posix } from 'node:path'
import { isDay } from '../calendar/day.js'
import type { Problem } from './problems.js'
import type { KeyPath } from './yaml-locate.js'

/**
 * The rules a JSON Schema cannot say well: unique track names, placeholders in templates, real
 * dates, regular expressions that compile, names git accepts. They read the raw parsed YAML and
 * only look at values of the right type (the schema reports wrong types).
 */
type Raw = Record<string, unknown>
const isMapping = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): v is string => typeof v === 'string' && v !== ''

export interface CheckContext {
  /** 1-based line of a key path, to name where an earlier duplicate is. */
  lineOf(path: KeyPath): number | undefined
}

const describeChar = (c: string): string =>
  c === ' '
    ? 'a space'
    : c === '\t'
      ? 'a tab'
      : c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f
        ? 'a control character'
        : `'${c}'`

/** Why `name` cannot follow `stable-sync/` in a git branch name, if it cannot. */
export function branchNameProblem(name: string): string | undefined {
  const bad = [...name].find(c => !/[A-Za-z0-9._-]/.test(c))
  if (bad) return `contains ${describeChar(bad)}`
  if (!/^[A-Za-z0-9]/.test(name)) return `starts with '${name[0]}'`
  if (name.includes('..')) return "contains '..'"
  if (name.endsWith('.lock')) return "ends with '.lock'"
  if (name.endsWith('.')) return "ends with '.'"
  return undefined
}

function branchNameSuggestion(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/(\.lock|[.-])+$/, '')
  return cleaned || 'main'
}

const EVENTS = ['feature-freeze', 'beta-freeze', 'release'] as const

function checkDate(path: KeyPath, value: string): Problem | undefined {
  if (isDay(value)) return undefined
  const loose = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)
  const padded = loose && `${loose[1]}-${loose[2].padStart(2, '0')}-${loose[3].padStart(2, '0')}`
  return {
    path,
    problem: `'${value}' is not a valid date`,
    hint:
      padded && isDay(padded)
        ? `Write it as YYYY-MM-DD: ${padded}`
        : 'Write a real calendar day as YYYY-MM-DD, e.g. 2026-02-19'
  }
}

/** Where each freeze event's date or milestone comes from, for a top-level or merged calendar. */
type EventSource = { path: KeyPath; date?: string }

function checkCalendar(path: KeyPath, calendar: Raw, problems: Problem[]): void {
  const milestones = isMapping(calendar.milestones) ? calendar.milestones : {}
  for (const event of EVENTS) {
    const value = calendar[event]
    if (text(value)) {
      const bad = checkDate([...path, event], value)
      if (bad) problems.push(bad)
    }
    if (value !== undefined && milestones[event] !== undefined) {
      problems.push({
        path: [...path, 'milestones', event],
        problem: `both ${event} and milestones.${event} are set`,
        hint: `Keep one: a fixed date (${event}: 2026-02-19) or a GitHub milestone title (milestones.${event})`
      })
    }
  }
}

/** Dates must come in the order feature-freeze ≤ beta-freeze ≤ release. */
function checkOrder(
  events: Partial<Record<(typeof EVENTS)[number], EventSource>>,
  problems: Problem[]
): void {
  const dated = EVENTS.flatMap(e => {
    const source = events[e]
    return source?.date && isDay(source.date) ? [{ event: e, ...source, date: source.date }] : []
  })
  for (let i = 1; i < dated.length; i++) {
    const [before, after] = [dated[i - 1], dated[i]]
    if (after.date < before.date) {
      problems.push({
        path: after.path,
        problem: `${after.event} ${after.date} comes before ${before.event} ${before.date}`,
        hint: 'The order is feature-freeze, then beta-freeze, then release: fix one of the dates'
      })
    }
  }
}

function calendarEvents(
  path: KeyPath,
  calendar: unknown
): Partial<Record<(typeof EVENTS)[number], EventSource>> {
  if (!isMapping(calendar)) return {}
  const milestones = isMapping(calendar.milestones) ? calendar.milestones : {}
  const events: Partial<Record<(typeof EVENTS)[number], EventSource>> = {}
  for (const e of EVENTS) {
    if (text(calendar[e])) events[e] = { path: [...path, e], date: calendar[e] as string }
    else if (milestones[e] !== undefined) events[e] = { path: [...path, 'milestones', e] }
  }
  return events
}

function checkTag(path: KeyPath, tag: string): Problem | undefined {
  const unknown = [...tag.matchAll(/\{([^{}]*)\}/g)].map(m => m[1]).find(p => p !== 'version')
  if (tag.includes('{version}') && unknown === undefined) {
    if (tag.includes('${version}')) {
      return {
        path,
        problem: `tag template '${tag}' has a '$' before {version}`,
        hint: `Write tag: "${tag.replace('${version}', '{version}')}"`
      }
    }
    if (/\s/.test(tag))
      return {
        path,
        problem: `tag template '${tag}' contains whitespace`,
        hint: 'Git tag names cannot contain spaces'
      }
    return undefined
  }
  const guess =
    unknown !== undefined
      ? tag.replace(`{${unknown}}`, '{version}')
      : tag.replace(/\d+(?:\.\d+)+(?:[-~.]?rc\d+)?/, '{version}')
  const problem =
    unknown !== undefined && !/^\s*version\s*$/i.test(unknown)
      ? `tag template '${tag}' uses the unknown placeholder {${unknown}}`
      : `tag template '${tag}' does not contain {version}`
  const hint = guess.includes('{version}')
    ? `Write tag: "${guess}": stable-sync puts the pinned upstream version where {version} stands`
    : `Put {version} where the upstream version goes in the tag, e.g. tag: "v{version}"`
  return { path, problem, hint }
}

function checkCommitUrl(path: KeyPath, url: string): Problem | undefined {
  if (!/^https?:\/\/\S+$/.test(url)) {
    return {
      path,
      problem: `commit-url '${url}' is not an http(s) URL`,
      hint: 'Give the web page of one commit with {sha}, e.g. https://gitlab.com/qemu-project/qemu/-/commit/{sha}'
    }
  }
  if (url.includes('{sha}')) return undefined
  const guess = url.replace(/\b[0-9a-f]{7,40}\b/, '{sha}')
  return {
    path,
    problem: `commit-url '${url}' does not contain {sha}`,
    hint: guess.includes('{sha}')
      ? `Write commit-url: ${guess}`
      : 'Put {sha} where the commit id goes, e.g. https://gitlab.com/qemu-project/qemu/-/commit/{sha}'
  }
}

function checkBugUrl(path: KeyPath, url: string): Problem | undefined {
  const unknown = [...url.matchAll(/\{([^{}]*)\}/g)].map(m => m[1]).find(p => p !== 'id')
  if (unknown !== undefined) {
    return {
      path,
      problem: `bug URL '${url}' uses the unknown placeholder {${unknown}}`,
      hint: `Write {id} where the bug number goes: ${url.replace(`{${unknown}}`, '{id}')}`
    }
  }
  if ((url.match(/\{id\}/g) ?? []).length > 1)
    return { path, problem: `bug URL '${url}' has {id} more than once`, hint: 'Keep one {id}' }
  if (url.includes('{id}') || url.includes('*')) return undefined
  const guess = url.replace(/\d+(?=\/?$)/, '{id}')
  return {
    path,
    problem: `bug URL '${url}' contains neither {id} nor *`,
    hint: guess.includes('{id}')
      ? `Write url: ${guess}`
      : 'Put {id} where the bug number goes, e.g. https://gitlab.com/qemu-project/qemu/-/issues/{id}'
  }
}

function checkPin(path: KeyPath, pin: string): Problem | undefined {
  if (pin === 'changelog' || /^[0-9][A-Za-z0-9.+~-]*$/.test(pin)) return undefined
  let hint = `Write pin: changelog (the upstream part of debian/changelog's top version) or an upstream version, e.g. pin: "8.2.2"`
  if (/^changelog$/i.test(pin)) hint = 'Write it in lower case: pin: changelog'
  else if (/^[A-Za-z]+[-_]?[0-9]/.test(pin)) {
    const version = pin.replace(/^[A-Za-z]+[-_]?/, '')
    hint = `Drop the '${pin.slice(0, pin.length - version.length)}': pin is the upstream version ("${version}"); the tag template adds the prefix`
  } else if (/^[0-9]+:/.test(pin)) hint = `Drop the epoch: pin: "${pin.replace(/^[0-9]+:/, '')}"`
  return { path, problem: `pin '${pin}' is neither 'changelog' nor an upstream version`, hint }
}

/** A repository-relative directory that stays inside the repository, or why not. */
function insideProblem(value: string): string | undefined {
  if (isAbsolute(value) || value.startsWith('~')) return 'is an absolute path'
  const normal = posix.normalize(value)
  if (normal === '..' || normal.startsWith('../')) return 'points outside the repository'
  return undefined
}

function checkPackage(path: KeyPath, dir: string): Problem | undefined {
  const outside = insideProblem(dir)
  if (outside) {
    return {
      path,
      problem: `package directory '${dir}' ${outside}`,
      hint: "Give the directory holding debian/ relative to the repository root, e.g. '.' or 'kvm'"
    }
  }
  const normal = posix.normalize(dir).replace(/\/+$/, '')
  if (normal === 'debian' || normal.endsWith('/debian')) {
    const parent = posix.dirname(normal)
    return {
      path,
      problem: `package '${dir}' is the debian/ directory itself`,
      hint: `Give the directory that holds debian/: package: ${parent === '.' ? '.' : parent}`
    }
  }
  return undefined
}

function checkPatchDir(path: KeyPath, dir: string): Problem | undefined {
  const normal = posix.normalize(dir).replace(/\/+$/, '')
  if (!insideProblem(dir) && (normal === 'debian/patches' || normal.startsWith('debian/patches/')))
    return undefined
  return {
    path,
    problem: `patch-dir '${dir}' is not inside debian/patches`,
    hint: `quilt series entries are relative to debian/patches; ${
      normal.startsWith('patches/')
        ? `write patch-dir: debian/${normal}`
        : 'use e.g. patch-dir: debian/patches/stable'
    } (relative to the package directory)`
  }
}

function checkSubject(path: KeyPath, pattern: string): Problem | undefined {
  try {
    new RegExp(pattern, 'i')
    return undefined
  } catch (e) {
    return {
      path,
      problem: `invalid regular expression ${JSON.stringify(pattern)}: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`,
      hint:
        'exclude.subjects are JavaScript regular expressions matched case-insensitively against commit subjects; ' +
        "escape special characters with a backslash, e.g. '^Revert \\(' (YAML single quotes keep backslashes as written)"
    }
  }
}

const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  aarch64: 'arm64',
  x86: 'i386',
  ppc64le: 'ppc64el'
}

function checkTopLevel(data: Raw, problems: Problem[]): void {
  const maintainer = data.maintainer
  if (isMapping(maintainer)) {
    if (text(maintainer.name) && /[<>\n]/.test(maintainer.name)) {
      problems.push({
        path: ['maintainer', 'name'],
        problem: `name '${maintainer.name}' contains '<', '>' or a line break`,
        hint: 'Give the name alone and the address in maintainer.email'
      })
    }
    if (text(maintainer.email) && !/^[^@\s<>]+@[^@\s<>]+$/.test(maintainer.email)) {
      const bare = /<([^<>]+)>/.exec(maintainer.email)?.[1]
      problems.push({
        path: ['maintainer', 'email'],
        problem: `'${maintainer.email}' is not an email address`,
        hint: bare
          ? `Write the bare address: email: ${bare}`
          : 'Write the bare address, e.g. email: jane@example.org'
      })
    }
  }
  if (text(data.distribution) && !/^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(data.distribution)) {
    problems.push({
      path: ['distribution'],
      problem: `'${data.distribution}' is not a distribution name`,
      hint: 'Use one suite or codename, e.g. UNRELEASED, unstable or noble'
    })
  }
  if (isMapping(data.build) && Array.isArray(data.build.arches)) {
    data.build.arches.forEach((arch, i) => {
      if (text(arch) && !/^[a-z0-9]+$/.test(arch)) {
        const alias = ARCH_ALIASES[arch.toLowerCase()]
        problems.push({
          path: ['build', 'arches', i],
          problem: `'${arch}' is not a Debian architecture name`,
          hint: alias ? `Debian calls it ${alias}` : 'Use Debian architecture names, e.g. amd64, arm64, i386'
        })
      }
    })
  }
  if (isMapping(data.calendar)) {
    checkCalendar(['calendar'], data.calendar, problems)
    checkOrder(calendarEvents(['calendar'], data.calendar), problems)
  }
}

/** exclude.commits: full shas (an abbreviation could name another commit one day), each once. */
function checkDeclined(at: KeyPath, list: unknown[], ctx: CheckContext, problems: Problem[]): void {
  const first = new Map<string, number>()
  list.forEach((entry, i) => {
    if (!isMapping(entry) || !text(entry.sha)) return
    const sha = entry.sha
    if (!/^[0-9a-fA-F]{40}$/.test(sha)) {
      problems.push({
        path: [...at, i, 'sha'],
        problem: `'${sha}' is not a full commit id`,
        hint: /^[0-9a-fA-F]{4,39}$/.test(sha)
          ? `Write all 40 hex digits: git rev-parse ${sha} in the upstream repository prints them`
          : 'Write the full 40-hex upstream commit id'
      })
      return
    }
    const key = sha.toLowerCase()
    const earlier = first.get(key)
    if (earlier === undefined) {
      first.set(key, i)
      return
    }
    const line = ctx.lineOf([...at, earlier, 'sha'])
    problems.push({
      path: [...at, i, 'sha'],
      problem: `commit ${sha} is declined twice: entry ${earlier}${line ? ` (line ${line})` : ''} already names it`,
      hint: 'Keep one entry per commit'
    })
  })
}

function checkTrack(
  track: Raw,
  at: KeyPath,
  topCalendar: unknown,
  problems: Problem[],
  ctx: CheckContext
): void {
  const push = (p: Problem | undefined): void => void (p && problems.push(p))
  if (text(track.name)) {
    const why = branchNameProblem(track.name)
    if (why) {
      problems.push({
        path: [...at, 'name'],
        problem: `track name '${track.name}' cannot be used in the git branch name 'stable-sync/${track.name}' (it ${why})`,
        hint: `Use letters, digits, '.', '_' and '-', starting with a letter or digit, e.g. name: ${branchNameSuggestion(track.name)}`
      })
    }
  }
  const upstream = track.upstream
  if (isMapping(upstream)) {
    if (typeof upstream.tag === 'string') push(checkTag([...at, 'upstream', 'tag'], upstream.tag))
    if (text(upstream['commit-url']))
      push(checkCommitUrl([...at, 'upstream', 'commit-url'], upstream['commit-url']))
  }
  if (Array.isArray(track.bugs)) {
    track.bugs.forEach((b, i) => {
      if (isMapping(b) && text(b.url)) push(checkBugUrl([...at, 'bugs', i, 'url'], b.url))
    })
  }
  if (text(track.package)) push(checkPackage([...at, 'package'], track.package))
  if (text(track.pin)) push(checkPin([...at, 'pin'], track.pin))
  if (text(track['patch-dir'])) push(checkPatchDir([...at, 'patch-dir'], track['patch-dir']))
  if (isMapping(track.exclude) && Array.isArray(track.exclude.subjects)) {
    track.exclude.subjects.forEach(
      (s, i) => text(s) && push(checkSubject([...at, 'exclude', 'subjects', i], s))
    )
  }
  if (isMapping(track.exclude) && Array.isArray(track.exclude.commits)) {
    checkDeclined([...at, 'exclude', 'commits'], track.exclude.commits, ctx, problems)
  }
  if (isMapping(track.calendar)) {
    checkCalendar([...at, 'calendar'], track.calendar, problems)
    // A track's calendar overrides the top-level one event by event: check the order of the result.
    checkOrder(
      {
        ...calendarEvents(['calendar'], topCalendar),
        ...calendarEvents([...at, 'calendar'], track.calendar)
      },
      problems
    )
  }
}

/** Problems beyond the JSON Schema's reach, in file order. */
export function semanticProblems(data: unknown, ctx: CheckContext): Problem[] {
  const problems: Problem[] = []
  if (!isMapping(data)) return problems
  checkTopLevel(data, problems)
  if (!Array.isArray(data.tracks)) return problems
  const firstByName = new Map<string, number>()
  data.tracks.forEach((track, i) => {
    if (!isMapping(track)) return
    checkTrack(track, ['tracks', i], data.calendar, problems, ctx)
    if (!text(track.name)) return
    const first = firstByName.get(track.name)
    if (first === undefined) {
      firstByName.set(track.name, i)
      return
    }
    const line = ctx.lineOf(['tracks', first, 'name'])
    problems.push({
      path: ['tracks', i, 'name'],
      problem: `duplicate track name '${track.name}': tracks[${first}]${line ? ` (line ${line})` : ''} already uses it`,
      hint: `Rename one of them: each track names its own pull request branch stable-sync/<name>`
    })
  })
  return problems
}
