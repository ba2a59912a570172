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

/** `git diff-tree --stdin` printing each commit's diff after `NUL sha NUL`. */
export const DIFF_TREE_STDIN = ['diff-tree', '--stdin', '--root', ...DIFF_OPTIONS, '--format=%x00%H%x00']

/** diff-tree's input: a commit and the parent to diff against per line (a root commit alone). */
export function diffTreeInput(items: readonly { sha: string; parent?: string }[]): string {
  return items.map(i => (i.parent ? `${i.sha} ${i.parent}` : i.sha)).join('\n') + '\n'
}

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
  const { stdout } = await git.exec(DIFF_TREE_STDIN, { input: diffTreeInput(items) })
  // Output: NUL sha NUL diff NUL sha NUL diff… (text diffs never contain NUL: see classify/binary).
  const parser = new RecordParser((sha, body) => result.set(sha, trimToDiff(body)))
  parser.push(stdout)
  parser.end()
  return result
}

/** The diff between two trees (a merge residual), in the same format. */
export async function readTreeDiff(git: Git, from: string, to: string): Promise<Buffer> {
  const { stdout } = await git.exec(['diff-tree', ...DIFF_OPTIONS, from, to])
  return trimToDiff(stdout)
}

/**
 * Splits `NUL sha NUL body NUL sha NUL body…` into records across chunk boundaries (a text diff never
 * contains NUL), calling back with each record once the next one starts or the stream ends.
 */
export class RecordParser {
  private inSha = false
  private sha: Buffer[] = []
  private body: Buffer[] = []
  private current: string | undefined

  constructor(private readonly record: (sha: string, body: Buffer) => void) {}

  push(chunk: Buffer): void {
    let pos = 0
    for (let nul = chunk.indexOf(0, pos); nul !== -1; nul = chunk.indexOf(0, pos)) {
      this.take(chunk.subarray(pos, nul))
      if (this.inSha) {
        this.current = Buffer.concat(this.sha).toString('latin1')
        this.sha = []
      } else {
        this.flush()
      }
      this.inSha = !this.inSha
      pos = nul + 1
    }
    this.take(chunk.subarray(pos))
  }

  end(): void {
    this.flush()
  }

  private take(piece: Buffer): void {
    if (piece.length) (this.inSha ? this.sha : this.body).push(piece)
  }

  private flush(): void {
    if (this.current !== undefined)
      this.record(this.current, this.body.length === 1 ? this.body[0] : Buffer.concat(this.body))
    this.current = undefined
    this.body = []
  }
}
