import type { Git } from '../git/gateway.js'
import { trimToDiff } from './diff.js'

/** Options every diff stable-sync writes uses: plain text diffs that quilt and patch -F0 understand. */
export const DIFF_OPTIONS = [
  '-p',
  '--no-renames',
  '--full-index',
  '--no-ext-diff',
  '--no-textconv',
  '--no-color'
]

/**
 * The diffs of many commits against their first parents in ONE `git diff-tree --stdin` process
 * (no process per commit). Returns sha → diff bytes; commits without a change are absent.
 */
export async function readDiffs(
  git: Git,
  items: { sha: string; parent?: string }[]
): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>()
  if (items.length === 0) return result
  const input = items.map(i => (i.parent ? `${i.sha} ${i.parent}` : i.sha)).join('\n') + '\n'
  const { stdout } = await git.exec(
    ['diff-tree', '--stdin', '--root', ...DIFF_OPTIONS, '--format=%x00%H%x00'],
    { input }
  )
  // Output: NUL sha NUL diff NUL sha NUL diff… (text diffs never contain NUL).
  let pos = stdout.indexOf(0)
  while (pos !== -1) {
    const shaEnd = stdout.indexOf(0, pos + 1)
    if (shaEnd === -1) break
    const sha = stdout.subarray(pos + 1, shaEnd).toString('latin1')
    const next = stdout.indexOf(0, shaEnd + 1)
    const body = stdout.subarray(shaEnd + 1, next === -1 ? stdout.length : next)
    result.set(sha, trimToDiff(body))
    pos = next
  }
  return result
}

/** The diff between two trees (a merge residual), in the same format. */
export async function readTreeDiff(git: Git, from: string, to: string): Promise<Buffer> {
  const { stdout } = await git.exec(['diff-tree', ...DIFF_OPTIONS, from, to])
  return trimToDiff(stdout)
}
