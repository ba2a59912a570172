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

  /** Set index entries (`<mode> <blob>`, null: remove) without touching anything else. */
  async setEntries(entries: [string, string | null][]): Promise<void> {
    if (entries.length === 0) return
    const input = entries
      .map(([path, e]) => `${e ?? '0 0000000000000000000000000000000000000000'}\t${path}\0`)
      .join('')
    await this.git.exec(['update-index', '-z', '--index-info'], { env: this.env(), input })
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

  /** The entries (`<mode> <blob>`, null: removed) of the paths where the index differs from a tree. */
  async changedEntries(tree: string): Promise<[string, string | null][]> {
    const { stdout } = await this.git.exec(
      ['diff-index', '--cached', '--no-renames', '--raw', '-z', '--no-abbrev', tree],
      { env: this.env() }
    )
    // `:<old mode> <new mode> <old blob> <new blob> <status>` NUL `<path>` NUL, repeated.
    const fields = stdout.toString('utf8').split('\0')
    const out: [string, string | null][] = []
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const [, newMode, , newBlob, status] = fields[i].slice(1).split(' ')
      out.push([fields[i + 1], status === 'D' ? null : `${newMode} ${newBlob}`])
    }
    return out
  }

  /** Write a file's content as a blob (for the index to name): its `<mode> <blob>` entry. */
  async writeBlob(state: { mode: string; lines: string[]; entry?: string }): Promise<string> {
    if (state.entry) return state.entry
    const blob = await this.git.text(['hash-object', '-w', '--stdin'], {
      input: Buffer.from(state.lines.join(''), 'latin1')
    })
    return `${state.mode} ${blob}`
  }
}

function withNewline(b: Buffer): Buffer {
  return b.length && b[b.length - 1] !== 10 ? Buffer.concat([b, Buffer.from('\n')]) : b
}
