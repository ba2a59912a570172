import type { Git } from '../git/gateway.js'
import { decodeGitText } from '../git/text.js'
import type { CommitInfo, FileChange } from './types.js'

const MARKER = 'stable-sync:commit'
// One record per commit: marker, sha, parents, tree, author name, email, RFC 2822 date, message.
const FORMAT = `%x00${MARKER}%x00%H%x00%P%x00%T%x00%an%x00%ae%x00%aD%x00%B%x00`
const RAW_LINE = /^\n*:([0-7]{6}) ([0-7]{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])[0-9]*$/

/** Split a buffer on NUL bytes without decoding (paths are decoded one by one). */
function splitNulRaw(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = []
  let start = 0
  for (let i = bytes.indexOf(0, start); i !== -1; i = bytes.indexOf(0, start)) {
    parts.push(bytes.subarray(start, i))
    start = i + 1
  }
  if (start < bytes.length) parts.push(bytes.subarray(start))
  return parts
}

/**
 * Every commit in `range` (e.g. `<pin>..<tip>`), parents before children, with the files each one
 * touches — ONE git process for the whole range. `--raw` compares trees only (no blob is read), and
 * merges are compared with their first parent, so a first-parent merge lists its net change.
 */
export async function readCommits(git: Git, range: string[], extra: string[] = []): Promise<CommitInfo[]> {
  const { stdout } = await git.exec([
    'log',
    '--reverse',
    '--topo-order',
    '--no-renames',
    '--raw',
    '-z',
    '--no-abbrev',
    '--diff-merges=first-parent',
    '--no-ext-diff',
    `--format=${FORMAT}`,
    ...extra,
    ...range,
    '--'
  ])
  return parseCommits(stdout)
}

export function parseCommits(stdout: Buffer): CommitInfo[] {
  const parts = splitNulRaw(stdout)
  const commits: CommitInfo[] = []
  let i = 0
  while (i < parts.length) {
    const text = parts[i].toString('latin1')
    if (text !== MARKER) {
      i++
      continue
    }
    const field = (k: number): string => decodeGitText(parts[i + k] ?? Buffer.alloc(0))
    const message = field(7)
    const commit: CommitInfo = {
      sha: field(1),
      parents: field(2).split(' ').filter(Boolean),
      tree: field(3),
      authorName: field(4),
      authorEmail: field(5),
      date: field(6),
      message,
      subject: message.split('\n')[0].trim(),
      files: []
    }
    i += 8
    // Raw entries come as pairs (status line, path); empty parts separate records.
    while (i < parts.length) {
      const line = parts[i].toString('latin1')
      const m = RAW_LINE.exec(line)
      if (m) {
        const change: FileChange = {
          oldMode: m[1],
          newMode: m[2],
          oldBlob: m[3],
          newBlob: m[4],
          status: m[5],
          path: decodeGitText(parts[i + 1] ?? Buffer.alloc(0))
        }
        commit.files.push(change)
        i += 2
        continue
      }
      if (line === '' || line === '\n') {
        i++
        continue
      }
      break
    }
    commits.push(commit)
  }
  return commits
}
