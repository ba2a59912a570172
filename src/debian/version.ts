import { DebianFormatError } from './format-error.js'

/**
 * Debian package versions, `[epoch:]upstream[-revision]`, parsed and compared exactly like dpkg
 * (lib/dpkg/parsehelp.c parseversion, lib/dpkg/version.c verrevcmp). A unit test checks the
 * comparison against the real `dpkg --compare-versions`.
 */
export interface DebianVersion {
  /** The epoch as written (`undefined` when the version has none; compares as 0). */
  epoch: number | undefined
  upstream: string
  /** The Debian revision after the last `-`; `undefined` for a native version. */
  revision: string | undefined
}

export type Vendor = 'debian' | 'ubuntu'

function invalid(text: string, problem: string): DebianFormatError {
  return new DebianFormatError(`Debian version ${JSON.stringify(text)}`, problem)
}

/** Split a version, refusing only what dpkg itself refuses (its "bad syntax" errors, not warnings). */
function splitVersion(text: string): DebianVersion {
  const s = text.trim()
  if (s === '') throw invalid(text, 'the version is empty')
  if (/\s/.test(s)) throw invalid(text, 'a version cannot contain spaces')
  let rest = s
  let epoch: number | undefined
  const colon = s.indexOf(':')
  if (colon >= 0) {
    const e = s.slice(0, colon)
    if (e === '') throw invalid(text, 'the epoch before ":" is empty (write e.g. "1:2.0-1", or drop the ":")')
    if (!/^\d+$/.test(e)) throw invalid(text, `the epoch "${e}" is not a number (e.g. "1:2.0-1")`)
    epoch = Number(e)
    if (epoch > 2147483647) throw invalid(text, `the epoch ${e} is too big`)
    rest = s.slice(colon + 1)
    if (rest === '') throw invalid(text, 'nothing follows the epoch')
  }
  let upstream = rest
  let revision: string | undefined
  const hyphen = rest.lastIndexOf('-')
  if (hyphen >= 0) {
    upstream = rest.slice(0, hyphen)
    revision = rest.slice(hyphen + 1)
    if (revision === '') throw invalid(text, 'the revision after the last "-" is empty (e.g. "2.0-1")')
  }
  if (upstream === '') throw invalid(text, 'the upstream version is empty')
  return { epoch, upstream, revision }
}

/**
 * Parse a version. Stricter than dpkg where dpkg only warns (upstream must start with a digit, only
 * the allowed characters), because stable-sync writes versions and must never write a bad one.
 */
export function parseVersion(text: string): DebianVersion {
  const { epoch, upstream, revision } = splitVersion(text)
  if (!/^\d/.test(upstream)) throw invalid(text, `the upstream version "${upstream}" must start with a digit`)
  const badUpstream = /[^A-Za-z0-9.+~:-]/.exec(upstream)
  if (badUpstream) {
    throw invalid(
      text,
      `"${badUpstream[0]}" is not allowed in the upstream version (only A-Za-z0-9 . + ~ - :)`
    )
  }
  const badRevision = revision === undefined ? null : /[^A-Za-z0-9.+~]/.exec(revision)
  if (badRevision) {
    throw invalid(text, `"${badRevision[0]}" is not allowed in the revision (only A-Za-z0-9 . + ~)`)
  }
  return { epoch, upstream, revision }
}

/** Is this a valid Debian version (by `parseVersion`'s rules)? */
export function isValidVersion(text: string): boolean {
  try {
    parseVersion(text)
    return true
  } catch {
    return false
  }
}

export function formatVersion(v: DebianVersion): string {
  return `${v.epoch !== undefined ? `${v.epoch}:` : ''}${v.upstream}${v.revision !== undefined ? `-${v.revision}` : ''}`
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9'
const isAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')

/** dpkg's sort weight of a character in a non-digit run: `~` first, end of string, letters, the rest. */
function order(c: string): number {
  if (c === '' || isDigit(c)) return 0
  if (isAlpha(c)) return c.charCodeAt(0)
  if (c === '~') return -1
  return c.charCodeAt(0) + 256
}

/** dpkg's verrevcmp: alternating non-digit runs (by `order`) and digit runs (numerically, any length). */
function verrevcmp(a: string, b: string): number {
  let i = 0
  let j = 0
  const at = (s: string, k: number): string => (k < s.length ? s[k]! : '')
  while (i < a.length || j < b.length) {
    while ((at(a, i) !== '' && !isDigit(at(a, i))) || (at(b, j) !== '' && !isDigit(at(b, j)))) {
      const ac = order(at(a, i))
      const bc = order(at(b, j))
      if (ac !== bc) return ac - bc
      i++
      j++
    }
    while (at(a, i) === '0') i++
    while (at(b, j) === '0') j++
    let firstDiff = 0
    while (isDigit(at(a, i)) && isDigit(at(b, j))) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j)
      i++
      j++
    }
    if (isDigit(at(a, i))) return 1
    if (isDigit(at(b, j))) return -1
    if (firstDiff) return firstDiff
  }
  return 0
}

/**
 * Compare like `dpkg --compare-versions`: -1, 0 or 1. Like dpkg, versions it only warns about (a
 * letter first, a `_`) still compare; what dpkg refuses (empty parts, a bad epoch) throws.
 */
export function compareVersions(a: string | DebianVersion, b: string | DebianVersion): number {
  const va = typeof a === 'string' ? splitVersion(a) : a
  const vb = typeof b === 'string' ? splitVersion(b) : b
  const ea = va.epoch ?? 0
  const eb = vb.epoch ?? 0
  if (ea !== eb) return ea > eb ? 1 : -1
  const r = verrevcmp(va.upstream, vb.upstream) || verrevcmp(va.revision ?? '', vb.revision ?? '')
  return Math.sign(r)
}

/** The upstream part: no epoch, no `-revision` (`1:8.2.2+ds-0ubuntu2` → `8.2.2+ds`). */
export function upstreamVersion(v: string): string {
  return parseVersion(v).upstream
}

// Repack suffixes that mark a tarball rebuilt by the distribution (non-free files removed):
// `+dfsg`, `+dfsg1`, `+dfsg.1`, `+ds`, `+ds2`, `~dfsg`, `~ds1`, `+repack`, `+repack1`, `.dfsg`.
const REPACK_SUFFIX = /[+~.](?:dfsg|ds|repack)(?:\.?\d+)*$/

/** The upstream version as upstream tags it: repack suffixes dropped (`8.2.2+ds-0ubuntu2` → `8.2.2`). */
export function upstreamTagVersion(v: string): string {
  let up = upstreamVersion(v)
  for (let m = REPACK_SUFFIX.exec(up); m && m.index > 0; m = REPACK_SUFFIX.exec(up)) up = up.slice(0, m.index)
  return up
}

/** 'ubuntu' when the revision (or, for a native version, the version) says so, else 'debian'. */
export function vendorOf(version: string): Vendor {
  const v = parseVersion(version)
  return /ubuntu/.test(v.revision ?? v.upstream) ? 'ubuntu' : 'debian'
}

export interface NextRevisionOptions {
  /** Whose upload this is; default: `vendorOf(version)`. */
  vendor?: Vendor
  /** A stable release update (upload to a released series) rather than the development release. */
  sru?: boolean
}

/** Add one to the last digit run of `s` (`22.04.1` → `22.04.2`, `0.9` → `0.10`). */
function bumpLastNumber(s: string): string {
  const m = /(\d+)(\D*)$/.exec(s)
  if (!m) throw new Error(`no number to increase in ${JSON.stringify(s)}`)
  return `${s.slice(0, m.index)}${(BigInt(m[1]!) + 1n).toString()}${m[2]}`
}

// Backport suffixes keep their shape; the next upload of a backport is the next backport.
// Ubuntu: `…ubuntu1~22.04.1`; Debian: `…~bpo12+1`.
const BACKPORT_SUFFIX = /~(?:bpo\d+\+\d+|\d+(?:\.\d+)+)$/

/**
 * The version of the next upload after `version` (see docs/debian-formats.md):
 *   Debian `2.0-1` → `2.0-2`, `2.0-1.1` (NMU) → `2.0-2`, stable update `2.0-2+deb12u1` → `+deb12u2`;
 *   Ubuntu `2.0-2` → `2.0-2ubuntu1`, `2.0-2ubuntu1` → `2.0-2ubuntu2`, `3.1-0ubuntu1` → `3.1-0ubuntu2`,
 *   `2.0-2build1` → `2.0-2ubuntu1`; SRU `2.0-2ubuntu2` → `2.0-2ubuntu2.1` → `2.0-2ubuntu2.2`,
 *   `2.0-2` → `2.0-2ubuntu0.1`; backports `…~22.04.1` → `…~22.04.2`, `…~bpo12+1` → `…~bpo12+2`.
 * Native versions (no revision): Ubuntu `1.2` → `1.2ubuntu1` (SRU `1.2ubuntu0.1`), Debian `1.2` → `1.3`.
 * The result always sorts after `version`; anything it cannot continue sensibly is an error.
 */
export function nextRevision(version: string, opts: NextRevisionOptions = {}): string {
  const v = parseVersion(version)
  const vendor = opts.vendor ?? vendorOf(version)
  const sru = opts.sru ?? false
  const fail = (why: string): never => {
    throw new DebianFormatError(`next version after ${JSON.stringify(version)}`, why)
  }
  const epoch = v.epoch !== undefined ? `${v.epoch}:` : ''
  const backport = BACKPORT_SUFFIX.exec(v.revision ?? v.upstream)
  let next: string
  if (backport) {
    next = bumpLastNumber(version)
  } else if (v.revision === undefined) {
    next = `${epoch}${nextLocalPart(v.upstream, vendor, sru, true, fail)}`
  } else {
    next = `${epoch}${v.upstream}-${nextLocalPart(v.revision, vendor, sru, false, fail)}`
  }
  if (compareVersions(next, version) <= 0)
    fail(`computed ${next}, which does not sort after it; set the version by hand`)
  return next
}

/** The next revision string (or, for a native version, the next whole version). */
function nextLocalPart(
  part: string,
  vendor: Vendor,
  sru: boolean,
  native: boolean,
  fail: (why: string) => never
): string {
  if (vendor === 'ubuntu') {
    const ubuntu = /^(.*?)ubuntu(\d+)((?:\.\d+)*)$/.exec(part)
    if (ubuntu) {
      const [, base, n, dotted] = ubuntu as unknown as [string, string, string, string]
      // Development release: the next plain ubuntuN, even after an SRU-style ubuntuN.M.
      if (!sru) return `${base}ubuntu${BigInt(n) + 1n}`
      // SRU: ubuntu2 → ubuntu2.1; ubuntu2.1 → ubuntu2.2; ubuntu0.22.04.1 → ubuntu0.22.04.2.
      return dotted === '' ? `${part}.1` : bumpLastNumber(part)
    }
    if (/ubuntu/.test(part)) fail(`the revision "${part}" has an Ubuntu suffix of an unknown shape`)
    // A no-change rebuild (`2build1`) is replaced by the first Ubuntu delta.
    const base = part.replace(/build\d+$/, '')
    if (base === '' || /[~+.]$/.test(base)) fail(`cannot add an Ubuntu suffix to "${part}"`)
    return sru ? `${base}ubuntu0.1` : `${base}ubuntu1`
  }
  const stableUpdate = /\+deb\d+u\d+$/.exec(part)
  if (stableUpdate) return bumpLastNumber(part)
  if (sru) {
    fail(
      'a Debian stable update appends "+debNNu1" (e.g. 2.0-2+deb12u1) and the release number is not known here; ' +
        'write the first one by hand, later ones continue from it'
    )
  }
  if (native) return bumpLastNumber(part)
  // Debian revisions: the next maintainer upload is the next integer (`1` → `2`, NMU `1.1` → `2`).
  const lead = /^\d+/.exec(part)
  if (!lead) fail(`the revision "${part}" does not start with a number`)
  return (BigInt(lead![0]) + 1n).toString()
}

/** First version for a new upstream release: `8.2.2-0ubuntu1` (Ubuntu, ahead of Debian) or `8.2.2-1`. */
export function newUpstreamVersion(upstream: string, vendor: Vendor, epoch?: number): string {
  const version = `${epoch !== undefined && epoch > 0 ? `${epoch}:` : ''}${upstream}-${vendor === 'ubuntu' ? '0ubuntu1' : '1'}`
  parseVersion(version)
  return version
}
