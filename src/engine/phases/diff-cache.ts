import type { Git } from '../../git/gateway.js'
import { DiffStream } from '../../walk/diff-stream.js'
import { readDiffs } from '../../walk/diffs.js'
import type { CommitInfo } from '../../walk/types.js'

/**
 * Commit diffs read on demand, each once: many commits per `git diff-tree --stdin`, either read
 * whole (`ensure`) or streamed in the background (`stream`: git diffs on the other cores while the
 * caller works through the first ones). `close()` stops a stream nobody reads any more.
 */
export class DiffCache {
  private readonly diffs = new Map<string, Buffer>()
  private readonly streams: DiffStream[] = []

  constructor(private readonly git: Git) {}

  /** Read the diffs of the commits not read yet, in one process. */
  async ensure(commits: CommitInfo[]): Promise<void> {
    const missing = commits.filter(c => !this.diffs.has(c.sha))
    if (missing.length === 0) return
    const read = await readDiffs(
      this.git,
      missing.map(c => ({ sha: c.sha, parent: c.parents[0] }))
    )
    for (const c of missing) this.diffs.set(c.sha, read.get(c.sha) ?? Buffer.alloc(0))
  }

  /** Start reading these commits' diffs in the background; `read` takes each as it arrives. */
  stream(commits: CommitInfo[]): void {
    const missing = commits.filter(c => !this.known(c.sha))
    if (missing.length)
      this.streams.push(
        new DiffStream(
          this.git,
          missing.map(c => ({ sha: c.sha, parent: c.parents[0] }))
        )
      )
  }

  /** Read, or being read. */
  known(sha: string): boolean {
    return this.diffs.has(sha) || this.streams.some(s => s.get(sha) !== undefined)
  }

  /** A commit's diff: as read, as streamed (waiting for it), or read now. */
  async read(commit: CommitInfo): Promise<Buffer> {
    const have = this.diffs.get(commit.sha)
    if (have) return have
    for (const s of this.streams) {
      const coming = s.get(commit.sha)
      if (!coming) continue
      const diff = await coming
      this.diffs.set(commit.sha, diff)
      return diff
    }
    await this.ensure([commit])
    return this.diffs.get(commit.sha)!
  }

  /** A diff read by `ensure` or `read` (undefined when it was not asked for). */
  get(sha: string): Buffer | undefined {
    return this.diffs.get(sha)
  }

  /** Stop the streams (git processes of diffs nobody will read). */
  async close(): Promise<void> {
    await Promise.all(this.streams.splice(0).map(s => s.cancel()))
  }
}
