import type { Git } from '../../git/gateway.js'
import { readDiffs } from '../../walk/diffs.js'
import type { CommitInfo } from '../../walk/types.js'

/** Commit diffs read on demand, each once, many commits per `git diff-tree --stdin`. */
export class DiffCache {
  private readonly diffs = new Map<string, Buffer>()

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

  /** A diff read by `ensure` (undefined when it was not asked for). */
  get(sha: string): Buffer | undefined {
    return this.diffs.get(sha)
  }
}
