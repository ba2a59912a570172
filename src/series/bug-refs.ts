/**
 * Bug and security references read from an upstream commit message, for DEP-3 `Bug*:` fields, the
 * changelog bullet (`(LP: #N)`, `(Closes: #N)`, `CVE-…`) and the pull request. Pure: the message is
 * untrusted text, so every value is checked against a strict shape (a number, a CVE id, a URL without
 * spaces or quotes) and capped in count and length; anything else is ignored, never passed on.
 */

/** The DEP-3 field a bug URL goes into. */
export type BugField = 'Bug' | 'Bug-Debian' | 'Bug-Ubuntu'

/** Maps an issue tracker's URLs to a DEP-3 field: `{id}` stands for the bug id, `*` for any text. */
export interface BugTracker {
  url: string
  field: BugField
}

export interface BugUrl {
  url: string
  field: BugField
  /** The id the tracker template captured (`1234`), when it has `{id}`. */
  id?: string
}

export interface BugRefs {
  /** `CVE-2024-1234`, upper case, unique, in message order. */
  cves: string[]
  /** Debian bug numbers (`Closes: #N`, bugs.debian.org URLs). */
  debian: number[]
  /** Launchpad bug numbers (`LP: #N`, bugs.launchpad.net URLs). */
  launchpad: number[]
  /** Other bug URLs (upstream trackers), with the field a configured tracker maps them to. */
  urls: BugUrl[]
  /** Kernel-style `Fixes: <sha> ("subject")`: the commits whose bug this one fixes. */
  fixes: { sha: string; subject?: string }[]
  /** `Cc: stable@…` / `Cc: qemu-stable@…`: the addresses that nominated the fix for stable. */
  stable: string[]
}

/** Debian's and Launchpad's own URLs are always known; configured trackers come first. */
export const DEFAULT_TRACKERS: readonly BugTracker[] = [
  { url: 'https://bugs.debian.org/cgi-bin/bugreport.cgi?bug={id}', field: 'Bug-Debian' },
  { url: 'https://bugs.debian.org/{id}', field: 'Bug-Debian' },
  { url: 'https://bugs.launchpad.net/*/+bug/{id}', field: 'Bug-Ubuntu' },
  { url: 'https://bugs.launchpad.net/bugs/{id}', field: 'Bug-Ubuntu' },
  { url: 'https://launchpad.net/bugs/{id}', field: 'Bug-Ubuntu' }
]

/** At most this many of each kind per commit: a message listing thousands is not a fix to trust. */
const MAX_EACH = 20
const MAX_URL = 300
const MAX_SUBJECT = 200

const CVE = /\bCVE-(\d{4})-(\d{4,7})\b/gi
const TRAILER = /^[ \t]*([A-Za-z][A-Za-z-]{0,30})[ \t]*:[ \t]*(.*)$/
const URL = /^<?(https?:\/\/[^\s<>"'`\\]+?)[>).,;]*$/i
const NUMBERS = /^(?:bug\s*)?#?\s?(\d{1,9})(?=$|[\s,;)])/i
const LP_ANYWHERE = /\bLP:\s*#(\d{1,9})((?:\s*,\s*#\d{1,9})*)/gi
// `Fixes: <sha> ("subject")` with 8+ hex digits; a bare id needs 12 (the kernel's rule), so a number is not one.
const FIXES_SHA = /^(?:([0-9a-f]{8,64})\s*\(\s*"(.*)"\s*\)|([0-9a-f]{12,64}))(?:\s|$)/i
const STABLE_CC = /^(?:[^<>\n]{0,80}<)?((?:[A-Za-z0-9._%+]+-)?stable@[A-Za-z0-9.-]+)>?(?:\s|$)/

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A tracker template as a regular expression: `{id}` → the id, `*` → any text without spaces. */
function trackerPattern(url: string): RegExp {
  const parts = url.split(/(\{id\}|\*)/)
  const body = parts
    .map(p => (p === '{id}' ? '([A-Za-z0-9_-]{1,30})' : p === '*' ? '[^\\s?#]*?' : escapeRegExp(p)))
    .join('')
  // http and https name the same tracker; a trailing slash or fragment does not change the bug.
  return new RegExp(`^${body.replace(/^https\\?:|^https?:/, 'https?:')}/?(?:#.*)?$`, 'i')
}

/** Which field (and id) a bug URL belongs to; a URL no tracker knows is an upstream `Bug:`. */
export function classifyUrl(url: string, trackers: readonly BugTracker[] = []): BugUrl {
  for (const t of [...trackers, ...DEFAULT_TRACKERS]) {
    const m = trackerPattern(t.url).exec(url)
    if (m) return { url, field: t.field, ...(m[1] !== undefined ? { id: m[1] } : {}) }
  }
  return { url, field: 'Bug' }
}

/** A bare `#123` in `Resolves:`/`Fixes:` names the first configured upstream tracker's bug 123. */
function shortRef(id: string, trackers: readonly BugTracker[]): BugUrl | undefined {
  const t = trackers.find(x => x.field === 'Bug' && x.url.includes('{id}') && !x.url.includes('*'))
  return t && { url: t.url.replace('{id}', id), field: 'Bug', id }
}

function numbersAfter(value: string): number[] {
  const out: number[] = []
  let rest = value.trim()
  for (let m = NUMBERS.exec(rest); m && out.length < MAX_EACH; m = NUMBERS.exec(rest)) {
    out.push(Number(m[1]))
    rest = rest
      .slice(m[0].length)
      .replace(/^\s*,\s*/, '')
      .trim()
  }
  return out
}

function cleanUrl(value: string): string | undefined {
  if (value.length > MAX_URL + 10) return undefined
  const m = URL.exec(value.trim())
  return m && m[1].length <= MAX_URL ? m[1] : undefined
}

/** Read every bug, CVE, Fixes and stable nomination reference from a commit message. */
export function parseBugRefs(message: string, trackers: readonly BugTracker[] = []): BugRefs {
  const cves = new Set<string>()
  const debian = new Set<number>()
  const launchpad = new Set<number>()
  const urls = new Map<string, BugUrl>()
  const fixes = new Map<string, { sha: string; subject?: string }>()
  const stable = new Set<string>()
  const addUrl = (u: BugUrl): void => {
    if (urls.size >= MAX_EACH * 2) return
    if (u.field === 'Bug-Debian' && u.id && /^\d{1,9}$/.test(u.id)) debian.add(Number(u.id))
    else if (u.field === 'Bug-Ubuntu' && u.id && /^\d{1,9}$/.test(u.id)) launchpad.add(Number(u.id))
    else if (!urls.has(u.url)) urls.set(u.url, u)
  }
  // Messages are capped so a hostile one cannot make this slow; real ones are far shorter.
  const text = message.slice(0, 200_000)
  for (const m of text.matchAll(CVE)) if (cves.size < MAX_EACH) cves.add(`CVE-${m[1]}-${m[2]}`)
  for (const m of text.matchAll(LP_ANYWHERE)) {
    for (const n of `#${m[1]}${m[2]}`.matchAll(/#(\d{1,9})/g))
      if (launchpad.size < MAX_EACH) launchpad.add(Number(n[1]))
  }
  for (const line of text.split('\n')) {
    const t = TRAILER.exec(line)
    if (!t) continue
    const key = t[1].toLowerCase()
    const value = t[2].trim()
    if (key === 'closes') {
      const url = cleanUrl(value)
      if (url) addUrl(classifyUrl(url, trackers))
      else for (const n of numbersAfter(value)) if (debian.size < MAX_EACH) debian.add(n)
    } else if (key === 'fixes' || key === 'resolves' || key === 'bug' || key === 'buglink') {
      const url = cleanUrl(value)
      if (url) {
        addUrl(classifyUrl(url, trackers))
        continue
      }
      const sha = key === 'fixes' ? FIXES_SHA.exec(value) : null
      if (sha && fixes.size < MAX_EACH) {
        const id = (sha[1] ?? sha[3]).toLowerCase()
        const subject = sha[2]?.slice(0, MAX_SUBJECT)
        fixes.set(id, { sha: id, ...(subject ? { subject } : {}) })
        continue
      }
      if (key === 'fixes' || key === 'resolves') {
        for (const n of numbersAfter(value)) {
          const u = shortRef(String(n), trackers)
          if (u) addUrl(u)
        }
      }
    } else if (key === 'cc') {
      const m = STABLE_CC.exec(value)
      if (m && stable.size < MAX_EACH) stable.add(m[1].toLowerCase())
    }
  }
  return {
    cves: [...cves],
    debian: [...debian],
    launchpad: [...launchpad],
    urls: [...urls.values()],
    fixes: [...fixes.values()],
    stable: [...stable]
  }
}

/** True when nothing was found (the patch then carries no bug fields at all). */
export function noBugRefs(r: BugRefs): boolean {
  return (
    !r.cves.length &&
    !r.debian.length &&
    !r.launchpad.length &&
    !r.urls.length &&
    !r.fixes.length &&
    !r.stable.length
  )
}

/** DEP-3 fields for the references: upstream `Bug:`, `Bug-Debian:`, `Bug-Ubuntu:`, then `CVE:`. */
export function bugFields(r: BugRefs): [string, string][] {
  const fields: [string, string][] = []
  for (const u of r.urls) fields.push([u.field, u.url])
  for (const n of r.debian) fields.push(['Bug-Debian', `https://bugs.debian.org/${n}`])
  for (const n of r.launchpad) fields.push(['Bug-Ubuntu', `https://launchpad.net/bugs/${n}`])
  if (r.cves.length) fields.push(['CVE', r.cves.join(' ')])
  return fields
}

/**
 * The references as a changelog bullet ends them, in the forms the archive tools parse: the CVE ids,
 * `(Closes: #1, #2)` (dpkg's Closes) and `(LP: #1, #2)` (Launchpad-Bugs-Fixed).
 */
export function changelogRefs(r: BugRefs): string {
  const parts: string[] = []
  if (r.cves.length) parts.push(`(${r.cves.join(', ')})`)
  if (r.debian.length) parts.push(`(Closes: ${r.debian.map(n => `#${n}`).join(', ')})`)
  if (r.launchpad.length) parts.push(`(LP: ${r.launchpad.map(n => `#${n}`).join(', ')})`)
  return parts.join(' ')
}
