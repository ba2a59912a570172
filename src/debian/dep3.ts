import { DebianFormatError } from './format-error.js'

/**
 * DEP-3 patch headers (https://dep-team.pages.debian.net/deps/dep3/): RFC-822-like fields at the top
 * of a patch, continuation lines starting with a space, ` .` for an empty line. Both plain DEP-3
 * headers and `git format-patch` / `gbp pq` mails (`From:`, `Date:`, `Subject:`, a free-form body,
 * pseudo-header paragraphs such as `Gbp-Pq: Name x.patch`) are read.
 */

export interface Dep3Field {
  /** As written (`Origin`, `origin`, `Bug-Ubuntu`). */
  name: string
  /** Continuation lines joined with `\n` (one leading blank removed; ` .` read as an empty line). */
  value: string
  /** 1-based line of the field name within the header. */
  line: number
}

export interface Dep3 {
  /** Every field in order, repeated ones included (`Bug-Ubuntu`, `Signed-off-by`). */
  fields: Dep3Field[]
  /** First line of `Description` (else `Subject`, without `[PATCH …]`; else the first free text line). */
  summary: string
  /** The long description: the rest of `Description`, then free-form paragraphs. */
  body: string
  /**
   * Full upstream commit ids this patch names: `Origin: upstream, commit:<sha>`, commit URLs
   * (`…/commit/<sha>`, cgit `?id=<sha>`, gitweb `h=<sha>`) and `Applied-Upstream: commit:<sha>`.
   * Lowercase, unique, in order.
   */
  originShas: string[]
  /** The commit id on a `git format-patch` first line (`From <sha> Mon Sep 17 00:00:00 2001`). */
  formatPatchSha?: string
}

/** Lines that start the diff (quilt's own rule, plus git's bare `---` separator before the diffstat). */
const DIFF_START = /^(?:---[ \t]*$|(?:---|\*\*\*|Index:)[ \t][^ \t]|diff -)/
const FIELD = /^([!-9;-~]+):(?:[ \t]+(.*?)|)[ \t]*$/
const MBOX_FROM = /^From ([0-9a-f]{40}|[0-9a-f]{64}) /

/** Split a patch into its header and the diff (which starts at the first diff line; '' if none). */
export function splitPatch(text: string): { header: string; diff: string } {
  let offset = 0
  for (const line of text.split('\n')) {
    if (DIFF_START.test(line.replace(/\r$/, '')))
      return { header: text.slice(0, offset), diff: text.slice(offset) }
    offset += line.length + 1
  }
  return { header: text, diff: '' }
}

/** RFC 2047 encoded words (`=?UTF-8?q?J=C3=BCrgen?=`), as git format-patch writes non-ASCII names. */
function decodeWords(s: string): string {
  return s
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (all, charset: string, enc: string, data: string) => {
      const cs = charset.toLowerCase().replace(/\*.*$/, '')
      const encoding =
        cs === 'utf-8' || cs === 'utf8'
          ? 'utf8'
          : /^(iso-8859-1|latin1|us-ascii)$/.test(cs)
            ? 'latin1'
            : undefined
      if (!encoding) return all
      const bytes =
        enc.toLowerCase() === 'b'
          ? Buffer.from(data, 'base64')
          : Buffer.from(
              data
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
              'latin1'
            )
      return bytes.toString(encoding)
    })
}

function paragraphs(lines: string[]): { start: number; lines: string[] }[] {
  const out: { start: number; lines: string[] }[] = []
  let current: { start: number; lines: string[] } | undefined
  lines.forEach((line, i) => {
    if (line.trim() === '') current = undefined
    else if (current) current.lines.push(line)
    else out.push((current = { start: i, lines: [line] }))
  })
  return out
}

const isFieldParagraph = (lines: string[]): boolean =>
  FIELD.test(lines[0]!) && lines.every(l => FIELD.test(l) || /^[ \t]/.test(l))

const SHA = '([0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?)(?![0-9a-fA-F])'
const SHA_PATTERNS = [
  new RegExp(`commit:\\s*${SHA}`, 'g'),
  new RegExp(`/commits?/${SHA}`, 'g'),
  new RegExp(`[?&;]id=${SHA}`, 'g'),
  new RegExp(`[?&;]h=${SHA}`, 'g')
]

function shasIn(value: string): string[] {
  return SHA_PATTERNS.flatMap(re =>
    [...value.matchAll(re)].map(m => ({ at: m.index, sha: m[1]!.toLowerCase() }))
  )
    .sort((a, b) => a.at - b.at)
    .map(x => x.sha)
}

/** Parse a patch header (as returned by `splitPatch`). Never throws: unknown text is long description. */
export function parseDep3(header: string): Dep3 {
  const lines = header.split('\n').map(l => l.replace(/\r$/, ''))
  const stop = lines.findIndex(l => /^---[ \t]*$/.test(l))
  if (stop >= 0) lines.length = stop
  let formatPatchSha: string | undefined
  const first = lines.findIndex(l => l.trim() !== '')
  const mbox = first >= 0 ? MBOX_FROM.exec(lines[first]!) : null
  if (mbox) {
    formatPatchSha = mbox[1]!.toLowerCase()
    lines[first] = ''
  }
  const fields: Dep3Field[] = []
  const free: string[] = []
  for (const p of paragraphs(lines)) {
    if (!isFieldParagraph(p.lines)) {
      free.push(p.lines.join('\n'))
      continue
    }
    p.lines.forEach((line, k) => {
      const m = /^[ \t]/.test(line) ? null : FIELD.exec(line)
      if (m) fields.push({ name: m[1]!, value: m[2] ?? '', line: p.start + k + 1 })
      else {
        const cont = line.slice(1).replace(/\s+$/, '')
        const last = fields[fields.length - 1]!
        last.value += `\n${cont === '.' ? '' : cont}`
      }
    })
  }
  const get = (name: string): Dep3Field | undefined => fields.find(f => f.name.toLowerCase() === name)
  let summary = ''
  const bodyParts: string[] = []
  const description = get('description')
  const subject = get('subject')
  if (description) {
    const [head, ...rest] = description.value.split('\n')
    summary = head!.trim()
    if (rest.join('').trim() !== '') bodyParts.push(rest.join('\n').replace(/^\n+|\n+$/g, ''))
  } else if (subject) {
    summary = decodeWords(subject.value.split('\n').join(' ').replace(/\s+/g, ' ').trim()).replace(
      /^\[[^\]]*PATCH[^\]]*\]\s*/i,
      ''
    )
  } else if (free.length > 0) {
    const [head, ...rest] = free.shift()!.split('\n')
    summary = head!.trim()
    if (rest.length > 0) bodyParts.push(rest.join('\n'))
  }
  bodyParts.push(...free)
  for (const f of fields) if (/^(from|author)$/i.test(f.name)) f.value = decodeWords(f.value)
  const originShas = [
    ...new Set(fields.filter(f => /^(origin|applied-upstream)$/i.test(f.name)).flatMap(f => shasIn(f.value)))
  ]
  return {
    fields,
    summary,
    body: bodyParts.join('\n\n'),
    originShas,
    ...(formatPatchSha ? { formatPatchSha } : {})
  }
}

/** The first value of a field (names compare case-insensitively). */
export function dep3Field(dep3: Dep3, name: string): string | undefined {
  return dep3.fields.find(f => f.name.toLowerCase() === name.toLowerCase())?.value
}

/** Every value of a repeatable field (`Bug-Ubuntu`, `Signed-off-by`). */
export function dep3Values(dep3: Dep3, name: string): string[] {
  return dep3.fields.filter(f => f.name.toLowerCase() === name.toLowerCase()).map(f => f.value)
}

/**
 * Render fields as a DEP-3 header (ends with a newline, no blank line after it). Multi-line values
 * continue on lines starting with a space; an empty line inside a value becomes ` .`. Control
 * characters from untrusted text are dropped and tabs become spaces, so no value line can start a
 * diff, a field or a new paragraph.
 */
export function renderDep3(fields: readonly (readonly [string, string])[]): string {
  const out: string[] = []
  for (const [name, value] of fields) {
    if (!/^[!-9;-~]+$/.test(name)) {
      throw new DebianFormatError(
        'DEP-3 field',
        `${JSON.stringify(name)} is not a field name (letters, digits, "-")`
      )
    }
    const lines = value
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      .replace(/[\p{Cc}\u2028\u2029]/gu, c => (c === '\n' ? c : ''))
      .split('\n')
      .map(l => l.replace(/\s+$/, ''))
    while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
    const [head, ...rest] = lines
    out.push(head!.trim() === '' ? `${name}:` : `${name}: ${head!.trim()}`)
    for (const l of rest) out.push(l === '' ? ' .' : ` ${l}`)
  }
  return out.length > 0 ? `${out.join('\n')}\n` : ''
}
