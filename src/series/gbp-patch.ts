/**
 * Patches written exactly as `gbp pq export` writes them (gbp/scripts/common/pq.py write_patch_file
 * and format_patch), so that `gbp pq import && gbp pq export` on a package stable-sync wrote changes
 * nothing: mail headers From/Date/Subject (no `From <sha>` line, no `[PATCH]`), the commit message body
 * with the DEP-3 fields as a closing paragraph (gbp keeps them in the commit message), `---`, the
 * diffstat of `git diff --stat=80 --summary`, and the diff with 7-digit `index` lines (gbp's abbrev).
 */

/** git's `%f`: a file-name slug of the subject (pretty.c format_sanitized_subject). */
export function sanitizedSubject(subject: string): string {
  let out = ''
  let space = 2
  const s = subject.replace(/\n/g, ' ')
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (/[A-Za-z0-9._]/.test(c)) {
      if (space === 1) out += '-'
      space = 0
      out += c
      if (c === '.') while (s[i + 1] === '.') i++
    } else space |= 1
  }
  return out.replace(/[.-]+$/, '')
}

/**
 * gbp's file name for a new patch: `NNNN-` (its position in the whole exported series, when
 * patch-numbers is on) + git's slug of the subject cut to 63 characters with the prefix and `.patch`.
 */
export function gbpPatchName(position: number, subject: string, numbered: boolean): string {
  const prefix = numbered ? `${String(position).padStart(4, '0')}-` : ''
  const base = sanitizedSubject(subject).slice(0, 63 - prefix.length - '.patch'.length)
  return `${prefix}${base}.patch`
}

interface FileStat {
  name: string
  added: number
  deleted: number
  summary?: string
}

/** Per-file counts and --summary lines of a git diff (text diffs only: quilt patches have no binaries). */
function fileStats(diff: string): FileStat[] {
  const files: FileStat[] = []
  let current: FileStat | undefined
  let inHunk = false
  for (const line of diff.split('\n')) {
    const head = /^diff --git (?:"a\/((?:[^"\\]|\\.)*)"|a\/(\S.*?)) (?:"b\/((?:[^"\\]|\\.)*)"|b\/(.*))$/.exec(
      line
    )
    if (head) {
      const quoted = head[3] !== undefined
      const name = quoted ? `"${head[3]}"` : head[4]
      current = { name, added: 0, deleted: 0 }
      files.push(current)
      inHunk = false
      continue
    }
    if (!current) continue
    if (!inHunk) {
      let m: RegExpExecArray | null
      if ((m = /^new file mode (\d+)$/.exec(line))) current.summary = ` create mode ${m[1]} ${current.name}`
      else if ((m = /^deleted file mode (\d+)$/.exec(line)))
        current.summary = ` delete mode ${m[1]} ${current.name}`
      else if ((m = /^old mode (\d+)$/.exec(line))) current.summary = ` mode change ${m[1]} => `
      else if ((m = /^new mode (\d+)$/.exec(line)) && current.summary)
        current.summary += `${m[1]} ${current.name}`
      if (line.startsWith('@@')) inHunk = true
      continue
    }
    if (line.startsWith('+')) current.added++
    else if (line.startsWith('-')) current.deleted++
  }
  return files
}

const scaleLinear = (it: number, width: number, max: number): number =>
  it === 0 ? 0 : 1 + Math.floor((it * (width - 1)) / max)

/** `git diff --stat=80 --summary` of a diff (diff.c show_stats), ending with a newline. */
export function diffstat(diff: string, width = 80): string {
  const files = fileStats(diff)
  if (files.length === 0) return ' 0 files changed\n'
  const maxLen = Math.max(...files.map(f => f.name.length))
  const maxChange = Math.max(...files.map(f => f.added + f.deleted))
  const numberWidth = String(maxChange).length
  const total = Math.max(width, 16 + 6 + numberWidth)
  let graphWidth = maxChange
  let nameWidth = maxLen
  if (nameWidth + numberWidth + 6 + graphWidth > total) {
    if (graphWidth > Math.floor((total * 3) / 8) - numberWidth - 6)
      graphWidth = Math.max(6, Math.floor((total * 3) / 8) - numberWidth - 6)
    if (nameWidth > total - numberWidth - 6 - graphWidth) nameWidth = total - numberWidth - 6 - graphWidth
    else graphWidth = total - numberWidth - 6 - nameWidth
  }
  const lines: string[] = []
  for (const f of files) {
    let name = f.name
    let prefix = ''
    let len = nameWidth
    if (nameWidth < name.length) {
      prefix = '...'
      len = Math.max(0, len - 3)
      name = name.slice(name.length - len)
      const slash = name.indexOf('/')
      if (slash >= 0) name = name.slice(slash)
    }
    const padding = Math.max(0, len - name.length)
    let add = f.added
    let del = f.deleted
    if (graphWidth <= maxChange) {
      let sum = scaleLinear(add + del, graphWidth, maxChange)
      if (sum < 2 && add && del) sum = 2
      if (add < del) {
        add = scaleLinear(add, graphWidth, maxChange)
        del = sum - add
      } else {
        del = scaleLinear(del, graphWidth, maxChange)
        add = sum - del
      }
    }
    const n = f.added + f.deleted
    lines.push(
      ` ${prefix}${name}${' '.repeat(padding)} | ${String(n).padStart(numberWidth)}${n ? ' ' : ''}${'+'.repeat(add)}${'-'.repeat(del)}`
    )
  }
  const ins = files.reduce((s, f) => s + f.added, 0)
  const dels = files.reduce((s, f) => s + f.deleted, 0)
  let summary = files.length === 1 ? ` 1 file changed` : ` ${files.length} files changed`
  if (ins || dels === 0) summary += ins === 1 ? `, 1 insertion(+)` : `, ${ins} insertions(+)`
  if (dels || ins === 0) summary += dels === 1 ? `, 1 deletion(-)` : `, ${dels} deletions(-)`
  lines.push(summary)
  for (const f of files) if (f.summary) lines.push(f.summary)
  return `${lines.join('\n')}\n`
}

/** `index <full>..<full>` lines abbreviated to 7 hex digits, as gbp's `git diff` (core.abbrev=7) prints them. */
export function abbreviateIndex(diff: string): string {
  return diff.replace(
    /^index ([0-9a-f]{7,64})\.\.([0-9a-f]{7,64})/gm,
    (_m, a: string, b: string) => `index ${a.slice(0, 7)}..${b.slice(0, 7)}`
  )
}

/**
 * An RFC 2047 encoded word as Python's email.header makes it for utf-8 text (gbp writes headers with
 * it): base64 (`?b?`) when that is shorter than Q-encoding, else Q (`?q?`, spaces as `_`). A very
 * long non-ASCII name, which Python would split into several words, stays one word here.
 */
function encodedWord(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  let q = ''
  for (const b of bytes) {
    const c = String.fromCharCode(b)
    if (b === 0x20) q += '_'
    else if (/[A-Za-z0-9!*+\-/]/.test(c)) q += c
    else q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`
  }
  const b64Length = Math.ceil(bytes.length / 3) * 4
  return b64Length < q.length ? `=?utf-8?b?${bytes.toString('base64')}?=` : `=?utf-8?q?${q}?=`
}

const isAscii = (s: string): boolean => [...s].every(c => c.charCodeAt(0) < 0x80)

/** gbp's From header: the name quoted when git would quote it, RFC 2047 when it is not ASCII. */
function fromHeader(name: string, email: string): string {
  if (!isAscii(name)) return `${encodedWord(name)} <${email}>`
  const shown = /[,.@()[\]\\:;]/.test(name) ? `"${name}"` : name
  return `${shown} <${email}>`
}

/** Python's Compat32 header folding at 77 columns for an ASCII value: at spaces, continuation ' '. */
function foldHeader(name: string, value: string): string {
  const max = 77
  const words = value.split(' ')
  const lines: string[] = []
  let line = `${name}: ${words[0]}`
  for (const w of words.slice(1)) {
    if (line.length + 1 + w.length > max) {
      lines.push(line)
      line = ` ${w}`
    } else line += ` ${w}`
  }
  lines.push(line)
  return lines.join('\n')
}

export interface GbpPatchInput {
  authorName: string
  authorEmail: string
  /** RFC 2822 date as git prints it (`%aD`): gbp writes the same form. */
  date: string
  subject: string
  /** The commit message body (after the subject), with the DEP-3 fields already appended. */
  body: string
  /** The text diff (full-index, as stable-sync reads it). */
  diff: Buffer
}

/** One patch file in `gbp pq export`'s exact form. */
export function renderGbpPatch(p: GbpPatchInput): Buffer {
  const subject = p.subject.replace(/\s+/g, ' ').trim()
  const headers = [
    `From: ${fromHeader(p.authorName, p.authorEmail)}`,
    `Date: ${p.date}`,
    isAscii(subject) ? foldHeader('Subject', subject) : `Subject: ${encodedWord(subject)}`
  ]
  const body = p.body.replace(/\s+$/, '')
  if (body && !isAscii(body))
    headers.push(
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: 8bit'
    )
  const text = p.diff.toString('latin1')
  const head = `${headers.join('\n')}\n\n${body ? `${body}\n` : ''}---\n`
  return Buffer.concat([
    Buffer.from(head, 'utf8'),
    Buffer.from(`${diffstat(text)}\n`, 'utf8'),
    Buffer.from(abbreviateIndex(text), 'latin1')
  ])
}
