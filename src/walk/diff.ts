/**
 * Git diffs as bytes: file contents may be in any encoding, and a patch must be written back exactly.
 * A diff is split into per-file sections so a commit can be reduced to the files a track follows.
 */
export interface FileDiff {
  path: string
  bytes: Buffer
  /** git could not show a text diff ("Binary files … differ"). */
  binary: boolean
  /** A gitlink (mode 160000) changes: a submodule bump. */
  submodule: boolean
}

const DIFF_HEADER = Buffer.from('diff --git ')

/** Undo git's C-style quoting of a path ("a/sp\303\244ce" → bytes). */
export function unquoteGitPath(quoted: string): Buffer {
  if (!quoted.startsWith('"')) return Buffer.from(quoted, 'latin1')
  const out: number[] = []
  const s = quoted.slice(1, -1)
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 }
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch !== '\\') {
      out.push(s.charCodeAt(i))
      continue
    }
    const next = s[i + 1]
    if (/[0-7]/.test(next)) {
      out.push(parseInt(s.slice(i + 1, i + 4), 8))
      i += 3
    } else {
      out.push(escapes[next] ?? next.charCodeAt(0))
      i += 1
    }
  }
  return Buffer.from(out)
}

/** The path named by a `diff --git a/X b/X` line (renames are off, so both sides are equal). */
function headerPath(line: string): string {
  const rest = line.slice('diff --git '.length)
  let a: Buffer
  if (rest.startsWith('"')) {
    const end = rest.indexOf('" ', 1)
    a = unquoteGitPath(rest.slice(0, end + 1))
  } else {
    // "a/<p> b/<p>": both halves have the same length.
    const half = (rest.length - 1) / 2
    a = Buffer.from(rest.slice(0, half), 'latin1')
  }
  const text = a.subarray(2)
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(text)
  return utf8.includes('\ufffd') ? text.toString('latin1') : utf8
}

export function splitFileDiffs(diff: Buffer): FileDiff[] {
  const starts: number[] = []
  if (diff.subarray(0, DIFF_HEADER.length).equals(DIFF_HEADER)) starts.push(0)
  for (let i = diff.indexOf('\ndiff --git ', 0); i !== -1; i = diff.indexOf('\ndiff --git ', i + 1)) {
    starts.push(i + 1)
  }
  return starts.map((start, k) => {
    const bytes = diff.subarray(start, k + 1 < starts.length ? starts[k + 1] : diff.length)
    const eol = bytes.indexOf('\n')
    const firstLine = bytes.subarray(0, eol === -1 ? bytes.length : eol).toString('latin1')
    const head = bytes.subarray(0, Math.min(bytes.length, 2048)).toString('latin1')
    const headerEnd = head.search(/\n(@@|---) /)
    const header = headerEnd === -1 ? head : head.slice(0, headerEnd)
    return {
      path: headerPath(firstLine),
      bytes,
      binary: /\n(Binary files .* differ|GIT binary patch)\n?/.test(header),
      submodule: /(mode 160000|\.\.[0-9a-f]+ 160000)/.test(header)
    }
  })
}

/** Strip everything before the first `diff --git` (git's blank lines after a commit header). */
export function trimToDiff(bytes: Buffer): Buffer {
  if (bytes.subarray(0, DIFF_HEADER.length).equals(DIFF_HEADER)) return bytes
  const i = bytes.indexOf('\ndiff --git ')
  return i === -1 ? Buffer.alloc(0) : bytes.subarray(i + 1)
}

/** Keep only the sections of a diff for the given files. */
export function restrictDiff(diff: Buffer, files: Set<string>): Buffer {
  const sections = splitFileDiffs(diff).filter(s => files.has(s.path))
  return Buffer.concat(sections.map(s => s.bytes))
}
