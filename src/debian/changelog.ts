import { DebianFormatError } from './format-error.js'
import { compareVersions, parseVersion } from './version.js'

/**
 * debian/changelog as pure string functions, following dpkg's own parser (Dpkg::Changelog::Debian and
 * Dpkg::Changelog::Entry::Debian). Only the top entry is ever rewritten; every byte below it is kept.
 *
 *   pkg (1.0-1) UNRELEASED; urgency=medium
 *
 *     * A change, wrapped at 80 columns
 *       with continuation lines indented by four spaces.
 *
 *    -- Name Surname <name@example.org>  Wed, 25 Nov 2026 21:00:00 +0000
 */

export interface Maintainer {
  name: string
  email: string
}

export interface ChangelogEntry {
  package: string
  version: string
  distributions: string[]
  /** The urgency word, lowercased (`medium`); '' when the heading has none. */
  urgency: string
  /** Every `key=value` after the `;`, keys as written (`urgency`, `binary-only`, `XS-…`). */
  options: Record<string, string>
  /** The raw change lines between heading and trailer, without the blank lines around them. */
  changes: string[]
  maintainer: Maintainer
  /** The trailer's date as written (`Wed, 25 Nov 2026 21:00:00 +0000`). */
  date: string
  /** 1-based line numbers of the heading and the trailer. */
  headerLine: number
  trailerLine: number
}

export interface NewEntry {
  package: string
  version: string
  /** Default `UNRELEASED`. */
  distributions?: string | string[]
  /** Default `medium`. */
  urgency?: string
  /** Change items (see `formatChangeLines`). */
  changes: string[]
  maintainer: Maintainer
  date: string | Date
}

export interface Trailer {
  maintainer: Maintainer
  date: string | Date
}

const NAME_CHARS = '[-+0-9a-z.]'
// The same expressions as dpkg's $regex_header and $regex_trailer.
const HEADER_RE = new RegExp(
  `^(\\w${NAME_CHARS}*) \\(([^() \\t]+)\\)((?:\\s+${NAME_CHARS}+)+);(.*?)\\s*$`,
  'i'
)
const TRAILER_RE =
  /^ -- (.*) <(.*)>( {1,2})(((\w+),\s*)?(\d{1,2}\s+(\w+)\s+\d{4}\s+\d{1,2}:\d\d:\d\d\s+[-+]\d{4}))\s*$/
const WEEK_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const TRAILER_HELP =
  'a trailer is " -- Name <email>  Wed, 25 Nov 2026 21:00:00 +0000" (two spaces before the date)'
const ATTRIBUTION_RE = /^\s*\[\s([^\]]+)\s\]\s*$/
const WIDTH = 80

function fail(problem: string, line?: number): never {
  throw new DebianFormatError('changelog', problem, line)
}

/** "Wed, 25 Nov 2026 21:00:00 +0000": RFC 5322, always in UTC so runs are reproducible anywhere. */
export function rfc5322Date(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new DebianFormatError('changelog date', 'the date is not valid')
  const two = (n: number): string => String(n).padStart(2, '0')
  return (
    `${WEEK_DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`
  )
}

/** Check a trailer date the way dpkg-parsechangelog does; returns the problem or undefined. */
function dateProblem(weekDay: string | undefined, month: string, date: string): string | undefined {
  if (weekDay !== undefined && !WEEK_DAYS.includes(weekDay)) return `invalid week day "${weekDay}"`
  if (!MONTHS.includes(month)) return `invalid month "${month}" (use Jan, Feb, … Dec)`
  const m = /^(\d{1,2})\s+\w+\s+(\d{4})\s+(\d{1,2}):(\d\d):(\d\d)\s+[-+]\d{4}$/.exec(date)!
  const [day, year, hh, mm, ss] = m.slice(1).map(Number) as [number, number, number, number, number]
  const probe = new Date(Date.UTC(year, MONTHS.indexOf(month), day))
  if (probe.getUTCDate() !== day || hh > 23 || mm > 59 || ss > 60) return `"${date}" is not a real date`
  return undefined
}

function dateText(date: string | Date): string {
  if (date instanceof Date) return rfc5322Date(date)
  const m = /^((\w+),\s*)?(\d{1,2}\s+(\w+)\s+\d{4}\s+\d{1,2}:\d\d:\d\d\s+[-+]\d{4})$/.exec(date.trim())
  const problem = m ? dateProblem(m[2], m[4]!, m[3]!) : `"${date}" is not an RFC 5322 date`
  if (problem)
    throw new DebianFormatError('changelog date', `${problem}; e.g. "Wed, 25 Nov 2026 21:00:00 +0000"`)
  return date.trim()
}

function trailerLine(maintainer: Maintainer, date: string | Date): string {
  const name = maintainer.name.trim()
  const email = maintainer.email.trim()
  if (name === '' || /[<>\p{Cc}]/u.test(name)) {
    throw new DebianFormatError(
      'changelog maintainer',
      `the name ${JSON.stringify(maintainer.name)} is empty or holds <, > or control characters`
    )
  }
  if (!/^[^\s<>]+$/.test(email)) {
    throw new DebianFormatError(
      'changelog maintainer',
      `the email ${JSON.stringify(maintainer.email)} is not an address`
    )
  }
  return ` -- ${name} <${email}>  ${dateText(date)}`
}

function isSkippable(line: string): boolean {
  return /^\s*$/.test(line) || /^# /.test(line) || /^\$\w+:.*\$/.test(line) || /^\/\*.*\*\//.test(line)
}

/** Lines that end dpkg's parsing: editor modelines and old changelog formats below the entries. */
function isTail(line: string): boolean {
  return /^(?:;;\s*)?Local variables:/i.test(line) || /^vim:/i.test(line) || /^Old Changelog:\s*$/i.test(line)
}

function parseOptions(raw: string, lineNo: number): Record<string, string> {
  const options: Record<string, string> = {}
  const text = raw.trim()
  if (text === '') return options
  for (const opt of text.split(/\s*,\s*/)) {
    const m = /^([-0-9a-z]+)=\s*(.*\S)$/i.exec(opt)
    if (!m) fail(`bad "key=value" after ";": "${opt}" (e.g. "urgency=medium")`, lineNo)
    if (Object.keys(options).some(k => k.toLowerCase() === m[1]!.toLowerCase()))
      fail(`repeated key "${m[1]}"`, lineNo)
    options[m[1]!] = m[2]!
  }
  return options
}

/** Parse the entry whose heading is `lines[start]`; returns it and the index of its trailer. */
function parseEntryAt(lines: readonly string[], start: number): ChangelogEntry {
  const header = lines[start]!.replace(/\r$/, '')
  const h = HEADER_RE.exec(header)
  if (!h) {
    fail(
      `expected an entry heading like "pkg (1.0-1) unstable; urgency=medium", found ${JSON.stringify(header)}`,
      start + 1
    )
  }
  try {
    parseVersion(h[2]!)
  } catch (e) {
    fail((e as Error).message, start + 1)
  }
  const options = parseOptions(h[4]!, start + 1)
  const urgencyKey = Object.keys(options).find(k => k.toLowerCase() === 'urgency')
  const urgency = urgencyKey ? options[urgencyKey]!.replace(/\s.*$/, '').toLowerCase() : ''
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '')
    if (line.startsWith(' --')) {
      const t = TRAILER_RE.exec(line)
      if (!t || t[3] !== '  ') fail(`badly formatted trailer ${JSON.stringify(line)}: ${TRAILER_HELP}`, i + 1)
      const problem = dateProblem(t[6], t[8]!, t[7]!)
      if (problem) fail(`${problem} in the trailer: ${TRAILER_HELP}`, i + 1)
      const body = lines.slice(start + 1, i).map(l => l.replace(/\r$/, ''))
      const first = body.findIndex(l => l.trim() !== '')
      const last = body.findLastIndex(l => l.trim() !== '')
      return {
        package: h[1]!,
        version: h[2]!,
        distributions: h[3]!.trim().split(/\s+/),
        urgency,
        options,
        changes: first < 0 ? [] : body.slice(first, last + 1),
        maintainer: { name: t[1]!, email: t[2]! },
        date: t[4]!,
        headerLine: start + 1,
        trailerLine: i + 1
      }
    }
    if (/^\S/.test(line)) {
      if (HEADER_RE.test(line)) {
        fail(
          `a new entry starts before the entry of line ${start + 1} has its trailer; ${TRAILER_HELP}`,
          i + 1
        )
      }
      fail(
        `unexpected text at column 0 inside the entry of line ${start + 1} (change lines start with two spaces)`,
        i + 1
      )
    }
    if (!/^(?:\s{2,}\S|\s*$)/.test(line)) {
      fail(`change lines start with two spaces; dpkg ignores ${JSON.stringify(line)}`, i + 1)
    }
  }
  fail(`the entry of line ${start + 1} has no trailer line; ${TRAILER_HELP}`, lines.length)
}

function firstHeaderIndex(lines: readonly string[]): number {
  const i = lines.findIndex(l => !isSkippable(l))
  if (i < 0) fail('the changelog is empty')
  return i
}

/** The newest entry. Malformed text in it is an error naming the line; older entries are not read. */
export function readTopEntry(text: string): ChangelogEntry {
  const lines = text.split('\n')
  return parseEntryAt(lines, firstHeaderIndex(lines))
}

/** Every entry, newest first, up to an editor modeline or an old-format tail (as dpkg stops there). */
export function readEntries(text: string): ChangelogEntry[] {
  const lines = text.split('\n')
  const entries: ChangelogEntry[] = []
  let i = firstHeaderIndex(lines)
  while (i < lines.length) {
    const line = lines[i]!.replace(/\r$/, '')
    if (isTail(line)) break
    if (isSkippable(line)) {
      i++
      continue
    }
    const entry = parseEntryAt(lines, i)
    entries.push(entry)
    i = entry.trailerLine
  }
  return entries
}

function cleanText(s: string): string {
  // Upstream text may hold anything: tabs become spaces, other control characters go.
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\p{Cc}\u2028\u2029]/gu, c => (c === '\n' ? c : ''))
}

/**
 * Greedy word wrap at 80 columns, as dch wraps: `first` prefixes the first line, `rest` the others
 * (the continuation indent); a long word such as a URL stays whole. Control characters are dropped.
 */
export function wrapChange(text: string, first: string, rest: string): string[] {
  return wrap(cleanText(text).replace(/\s+/g, ' ').trim(), first, rest)
}

/** Greedy word wrap: `first` prefixes the first line, `rest` the others; a long word stays whole. */
function wrap(text: string, first: string, rest: string): string[] {
  const out: string[] = []
  for (const [n, paragraph] of text.split('\n').entries()) {
    let line = n === 0 ? first : rest
    let empty = true
    for (const word of paragraph.split(' ').filter(w => w !== '')) {
      if (!empty && line.length + 1 + word.length > WIDTH) {
        out.push(line)
        line = rest + word
      } else {
        line += (empty ? '' : ' ') + word
      }
      empty = false
    }
    if (!empty) out.push(line)
  }
  return out
}

/**
 * Change items as changelog lines. A plain item becomes `  * item`, wrapped at 80 columns with 4-space
 * continuation lines (a newline in the item starts a new continuation line). An item that already
 * starts with two spaces (`  [ Name ]`, `    - detail`) is kept as written; '' is a blank line.
 */
export function formatChangeLines(items: readonly string[]): string[] {
  const out: string[] = []
  for (const item of items) {
    const clean = cleanText(item).replace(/\s+$/, '')
    if (clean === '') {
      out.push('')
    } else if (/^ {2}/.test(clean)) {
      for (const l of clean.split('\n')) {
        if (l.trim() !== '' && !/^ {2,}\S/.test(l)) {
          throw new DebianFormatError(
            'changelog change',
            `pre-formatted line ${JSON.stringify(l)} must start with two spaces`
          )
        }
        out.push(l.replace(/\s+$/, ''))
      }
    } else {
      const lines = wrap(clean.trim(), '  * ', '    ')
      if (lines.length === 0)
        throw new DebianFormatError('changelog change', `empty change ${JSON.stringify(item)}`)
      out.push(...lines)
    }
  }
  while (out.length > 0 && out[0] === '') out.shift()
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  if (out.length === 0) throw new DebianFormatError('changelog change', 'an entry needs at least one change')
  return out
}

function headingLine(entry: NewEntry): string {
  if (!new RegExp(`^\\w${NAME_CHARS}*$`, 'i').test(entry.package)) {
    throw new DebianFormatError('changelog entry', `"${entry.package}" is not a source package name`)
  }
  parseVersion(entry.version)
  const dists =
    typeof entry.distributions === 'string'
      ? entry.distributions.trim().split(/\s+/)
      : (entry.distributions ?? ['UNRELEASED'])
  for (const d of dists) {
    if (!new RegExp(`^${NAME_CHARS}+$`, 'i').test(d)) {
      throw new DebianFormatError(
        'changelog entry',
        `"${d}" is not a distribution name (e.g. UNRELEASED, unstable, noble)`
      )
    }
  }
  if (dists.length === 0) throw new DebianFormatError('changelog entry', 'no distribution given')
  const urgency = entry.urgency ?? 'medium'
  if (!/^[-0-9a-z]+$/i.test(urgency))
    throw new DebianFormatError('changelog entry', `"${urgency}" is not an urgency (e.g. medium)`)
  return `${entry.package} (${entry.version}) ${dists.join(' ')}; urgency=${urgency}`
}

/** One complete entry, ending with a newline. */
export function renderEntry(entry: NewEntry): string {
  const lines = [
    headingLine(entry),
    '',
    ...formatChangeLines(entry.changes),
    '',
    trailerLine(entry.maintainer, entry.date)
  ]
  return `${lines.join('\n')}\n`
}

/**
 * A new entry on top of the changelog, separated by one blank line; the old text follows unchanged.
 * The new version must sort after the current top version.
 */
export function prependEntry(text: string, entry: NewEntry): string {
  const rendered = renderEntry(entry)
  if (text.trim() === '') return rendered
  const top = readTopEntry(text)
  if (compareVersions(entry.version, top.version) <= 0) {
    throw new DebianFormatError(
      'changelog entry',
      `the new version ${entry.version} must be greater than the top version ${top.version} (line ${top.headerLine})`
    )
  }
  return `${rendered}\n${text}`
}

function requireUnreleased(top: ChangelogEntry, action: string): void {
  if (!top.distributions.includes('UNRELEASED')) {
    fail(
      `cannot ${action}: the top entry ${top.version} is already released to ${top.distributions.join(' ')}; ` +
        'start a new entry instead',
      top.headerLine
    )
  }
}

/**
 * Add change lines to the top entry, which must be UNRELEASED, after its last change; the trailer
 * gets the given maintainer and date. When someone else signs the entry now, the changes are grouped
 * under `[ Name ]` lines the way `dch` does it.
 */
export function extendTopEntry(text: string, items: readonly string[], trailer: Trailer): string {
  const lines = text.split('\n')
  const top = readTopEntry(text)
  requireUnreleased(top, 'extend the top entry')
  const added = formatChangeLines(items)
  const newTrailer = trailerLine(trailer.maintainer, trailer.date)
  const newName = trailer.maintainer.name.trim()
  const h = top.headerLine - 1
  const t = top.trailerLine - 1
  const body = lines.slice(h + 1, t)
  const firstChange = body.findIndex(l => l.trim() !== '')
  const lastChange = body.findLastIndex(l => l.trim() !== '')
  const attributions = top.changes.map(l => ATTRIBUTION_RE.exec(l)?.[1]?.trim()).filter(n => n !== undefined)
  const lastAttribution = attributions[attributions.length - 1]
  const someoneElse = top.maintainer.name.trim() !== newName
  let insert = added
  if (attributions.length > 0 ? lastAttribution !== newName : someoneElse)
    insert = ['', `  [ ${newName} ]`, ...added]
  let newBody: string[]
  if (firstChange < 0) {
    newBody = ['', ...added, '']
  } else {
    newBody = [...body.slice(0, lastChange + 1), ...insert, ...body.slice(lastChange + 1)]
    if (attributions.length === 0 && someoneElse)
      newBody.splice(firstChange, 0, `  [ ${top.maintainer.name.trim()} ]`)
  }
  return [...lines.slice(0, h + 1), ...newBody, newTrailer, ...lines.slice(t + 1)].join('\n')
}

/**
 * Release the top UNRELEASED entry to `distribution`, dated `date`. Already released to exactly that
 * distribution: the text comes back unchanged (so a re-run is harmless); to another one: an error.
 * With a `signer`, the entry is signed for them, as `dch -r` signs it for whoever runs it: the trailer
 * names the signer, and when that is someone else than the entry's current signer, the changes so far
 * are attributed to the latter with a `[ Name ]` line (dch's multi-maintainer mode), unless the entry
 * already has such lines.
 */
export function finalizeTopEntry(
  text: string,
  distribution: string,
  date: string | Date,
  signer?: Maintainer
): string {
  const lines = text.split('\n')
  const top = readTopEntry(text)
  if (!new RegExp(`^${NAME_CHARS}+$`, 'i').test(distribution) || distribution === 'UNRELEASED') {
    throw new DebianFormatError(
      'changelog entry',
      `"${distribution}" is not a distribution to release to (e.g. noble, unstable)`
    )
  }
  if (top.distributions.length === 1 && top.distributions[0] === distribution) return text
  requireUnreleased(top, `release the top entry to ${distribution}`)
  const h = top.headerLine - 1
  const t = top.trailerLine - 1
  const m = HEADER_RE.exec(lines[h]!.replace(/\r$/, ''))!
  lines[h] = `${m[1]} (${m[2]}) ${distribution};${m[4]}`
  lines[t] = trailerLine(signer ?? top.maintainer, date)
  const previous = top.maintainer.name.trim()
  const attributed = top.changes.some(l => ATTRIBUTION_RE.test(l))
  if (signer && signer.name.trim() !== previous && !attributed) {
    const firstChange = lines.slice(h + 1, t).findIndex(l => l.trim() !== '')
    if (firstChange >= 0) lines.splice(h + 1 + firstChange, 0, `  [ ${previous} ]`)
  }
  return lines.join('\n')
}
