import type { Git } from '../git/gateway.js'

/**
 * A scratch git index (GIT_INDEX_FILE) in which patches are applied with `git apply --cached`: exact
 * context, offsets allowed, no fuzz — what dpkg-source's `patch -F0` accepts — without a work tree.
 * Many patches go to ONE git process; a failure is narrowed down by bisection.
 */
export class ScratchIndex {
  constructor(
    readonly git: Git,
    readonly file: string
  ) {}

  private env(): Record<string, string> {
    return { GIT_INDEX_FILE: this.file }
  }

  async readTree(treeish: string): Promise<void> {
    await this.git.exec(['read-tree', treeish], { env: this.env() })
  }

  async writeTree(): Promise<string> {
    return this.git.text(['write-tree'], { env: this.env() })
  }

  /** Apply patches in order, atomically: all or none. */
  async tryApply(patches: Buffer[], check = false): Promise<boolean> {
    if (patches.length === 0) return true
    const args = ['apply', '--cached', '--whitespace=nowarn', ...(check ? ['--check'] : [])]
    const r = await this.git.exec(args, {
      env: this.env(),
      input: Buffer.concat(patches.map(withNewline)),
      allowFailure: true
    })
    return r.code === 0
  }

  /**
   * Apply patches in order until one does not apply. Returns the index of the first failing patch
   * (everything before it is applied), or -1 when all applied. O(log n) processes per failure.
   */
  async applyUntilFailure(patches: Buffer[]): Promise<number> {
    if (await this.tryApply(patches)) return -1
    // The longest prefix that applies: lo applies, hi does not.
    let lo = 0
    let hi = patches.length
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1
      if (await this.tryApply(patches.slice(0, mid), true)) lo = mid
      else hi = mid
    }
    await this.tryApply(patches.slice(0, lo))
    return lo
  }

  /** Paths whose content differs between the index and a tree. */
  async differingPaths(tree: string): Promise<string[]> {
    const { stdout } = await this.git.exec(
      ['diff-index', '--cached', '--no-renames', '--name-only', '-z', tree],
      {
        env: this.env()
      }
    )
    return stdout.toString('utf8').split('\0').filter(Boolean)
  }
}

function withNewline(b: Buffer): Buffer {
  return b.length && b[b.length - 1] !== 10 ? Buffer.concat([b, Buffer.from('\n')]) : b
}
