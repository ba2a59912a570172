/**
 * One file's patch applied to its content in memory, exactly as `git apply` (no `-C`, no
 * `--unidiff-zero`, no whitespace fixing) applies it: every context and removed line must match byte
 * for byte, a hunk may move (offset) but never fuzz, and hunks of one patch may not overlap. That is
 * what dpkg-source's `patch -F0` accepts (test/unit/verify-hunk-apply.test.ts compares it with
 * git apply on random cases).
 *
 * Content is handled as lines in latin1 strings (one char per byte: exact, and cheap to compare),
 * each with its newline; only a last line may lack one.
 */

/** A file's content as lines, each with its `\n` (the last one may lack it). */
export type Lines = string[]

export function toLines(content: Buffer): Lines {
  const text = content.toString('latin1')
  const lines: Lines = []
  let start = 0
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    lines.push(text.slice(start, nl + 1))
    start = nl + 1
  }
  if (start < text.length) lines.push(text.slice(start))
  return lines
}

export function fromLines(lines: Lines): Buffer {
  return Buffer.from(lines.join(''), 'latin1')
}

interface Hunk {
  /** The `-` side's start line (0: the hunk adds to an empty file). */
  oldStart: number
  /** The `+` side's start line: where git starts looking. */
  newStart: number
  pre: Lines
  post: Lines
  /** Context lines after the last change (0: the hunk must match at the end of the file). */
  trailing: number
}

/** The hunks of one file section of a unified diff (`diff --git` header and all). */
export function parseHunks(section: Buffer): Hunk[] | 'malformed' {
  const lines = toLines(section)
  const hunks: Hunk[] = []
  let i = 0
  while (i < lines.length && !lines[i].startsWith('@@ ')) i++
  while (i < lines.length) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(lines[i])
    if (!m) return 'malformed'
    let oldLeft = m[2] === undefined ? 1 : Number(m[2])
    let newLeft = m[4] === undefined ? 1 : Number(m[4])
    const hunk: Hunk = { oldStart: Number(m[1]), newStart: Number(m[3]), pre: [], post: [], trailing: 0 }
    i++
    // The side each line of the hunk went to, for a following "\ No newline at end of file".
    let last: 'both' | 'pre' | 'post' | undefined
    let changes = 0
    while (i < lines.length && (oldLeft > 0 || newLeft > 0 || lines[i].startsWith('\\'))) {
      const line = lines[i++]
      const op = line[0]
      // git reads an empty line as an empty context line (diffs whose trailing blanks were stripped).
      const body = line === '\n' ? '\n' : line.slice(1)
      if (op === ' ' || line === '\n') {
        hunk.pre.push(body)
        hunk.post.push(body)
        oldLeft--
        newLeft--
        hunk.trailing++
        last = 'both'
      } else if (op === '-') {
        hunk.pre.push(body)
        oldLeft--
        hunk.trailing = 0
        last = 'pre'
        changes++
      } else if (op === '+') {
        hunk.post.push(body)
        newLeft--
        hunk.trailing = 0
        last = 'post'
        changes++
      } else if (op === '\\') {
        // "\ No newline at end of file": the line before it has no newline.
        if (last === 'both' || last === 'pre')
          hunk.pre[hunk.pre.length - 1] = chomp(hunk.pre[hunk.pre.length - 1])
        if (last === 'both' || last === 'post')
          hunk.post[hunk.post.length - 1] = chomp(hunk.post[hunk.post.length - 1])
      } else return 'malformed'
      if (oldLeft < 0 || newLeft < 0) return 'malformed'
    }
    if (oldLeft !== 0 || newLeft !== 0) return 'malformed'
    // A hunk that neither adds nor removes a line: git apply calls the patch corrupt.
    if (!changes) return 'malformed'
    hunks.push(hunk)
  }
  return hunks
}

function chomp(line: string): string {
  return line.endsWith('\n') ? line.slice(0, -1) : line
}

/**
 * Apply the hunks to `lines` (not modified). Returns the new lines, or undefined when a hunk does not
 * apply at fuzz 0.
 */
export function applyHunks(lines: Lines, hunks: readonly Hunk[]): Lines | undefined {
  let img = lines.slice()
  // Lines a hunk of this patch wrote: a later hunk may not match over them (git's LINE_PATCHED).
  let patched = new Uint8Array(img.length)
  for (const h of hunks) {
    const matchBeginning = h.oldStart <= 1
    const matchEnd = h.trailing === 0
    const at = findPosition(img, patched, h, matchBeginning, matchEnd)
    if (at < 0) return undefined
    img = [...img.slice(0, at), ...h.post, ...img.slice(at + h.pre.length)]
    const flags = new Uint8Array(img.length)
    flags.set(patched.subarray(0, at), 0)
    flags.fill(1, at, at + h.post.length)
    flags.set(patched.subarray(at + h.pre.length), at + h.post.length)
    patched = flags
  }
  return img
}

/** git's find_pos: from the hunk's line, alternately one further forward and one further back. */
function findPosition(
  img: Lines,
  patched: Uint8Array,
  h: Hunk,
  matchBeginning: boolean,
  matchEnd: boolean
): number {
  let line = h.newStart ? h.newStart - 1 : 0
  if (matchBeginning) line = 0
  else if (matchEnd) line = img.length - h.pre.length
  if (line > img.length) line = img.length
  if (line < 0) line = img.length // git compares unsigned: a negative start is past the end
  let backwards = line
  let forwards = line
  let current = line
  for (let i = 0; ; i++) {
    if (matchesAt(img, patched, h.pre, current, matchBeginning, matchEnd)) return current
    for (;;) {
      if (backwards === 0 && forwards === img.length) return -1
      if (i & 1) {
        if (backwards === 0) {
          i++
          continue
        }
        current = --backwards
      } else {
        if (forwards === img.length) {
          i++
          continue
        }
        current = ++forwards
      }
      break
    }
  }
}

function matchesAt(
  img: Lines,
  patched: Uint8Array,
  pre: Lines,
  at: number,
  matchBeginning: boolean,
  matchEnd: boolean
): boolean {
  if (at + pre.length > img.length) return false
  if (matchEnd && at + pre.length !== img.length) return false
  if (matchBeginning && at !== 0) return false
  for (let k = 0; k < pre.length; k++) if (patched[at + k] || img[at + k] !== pre[k]) return false
  return true
}
