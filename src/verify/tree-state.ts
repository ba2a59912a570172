import type { Git } from '../git/gateway.js'

/** A file's content in a tree: `<mode> <blob>`, or null when the tree has no such file. */
export type Entry = string | null

const ZERO = /^0+$/

/** The entry a `git log --raw` side describes (mode 000000 / a zero blob: no file). */
export function rawEntry(mode: string, blob: string): Entry {
  return mode === '000000' || ZERO.test(blob) ? null : `${mode} ${blob}`
}

/**
 * The series' tree as the proof walks it, file by file: what each file holds (`<mode> <blob>`) after
 * the patches so far, known from the walk's blob ids without reading any content. Starts as the
 * pinned tree; every change is logged, so the changes of a patch that does not apply (or of a look
 * ahead) can be rolled back.
 */
export class TreeState {
  private readonly entries = new Map<string, Entry>()
  private readonly undo: [string, Entry | undefined][] = []

  private constructor(private readonly base: Map<string, string>) {}

  /** The pinned tree's entries, in one `git ls-tree`. */
  static async read(git: Git, tree: string): Promise<TreeState> {
    return new TreeState(await readTreeEntries(git, tree))
  }

  get(path: string): Entry {
    const e = this.entries.get(path)
    return e !== undefined ? e : (this.base.get(path) ?? null)
  }

  set(path: string, entry: Entry): void {
    this.undo.push([path, this.entries.get(path)])
    this.entries.set(path, entry)
  }

  /** A point to roll back to. */
  mark(): number {
    return this.undo.length
  }

  rollback(to: number): void {
    while (this.undo.length > to) {
      const [path, before] = this.undo.pop()!
      if (before === undefined) this.entries.delete(path)
      else this.entries.set(path, before)
    }
  }

  /** Forget the undo log: the changes it covered stay. */
  commit(): void {
    this.undo.length = 0
  }

  /**
   * The paths where an end state differs from another tree: `end` gives the entries that changed
   * from the pinned tree, every other path holds its pinned entry.
   */
  differingPaths(end: Map<string, Entry>, other: Map<string, string>): string[] {
    const out: string[] = []
    const at = (p: string): Entry => (end.has(p) ? end.get(p)! : (this.base.get(p) ?? null))
    for (const p of new Set([...this.base.keys(), ...end.keys(), ...other.keys()]))
      if (at(p) !== (other.get(p) ?? null)) out.push(p)
    // git's order: by the paths' bytes.
    return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  }

  /** The files whose entry differs from the pinned tree. */
  changed(): [string, Entry][] {
    return [...this.entries].filter(([p, e]) => e !== (this.base.get(p) ?? null))
  }
}

/** A tree's files: path → `<mode> <blob>`, in one `git ls-tree`. */
export async function readTreeEntries(git: Git, tree: string): Promise<Map<string, string>> {
  const { stdout } = await git.exec(['ls-tree', '-r', '-z', '--full-tree', tree])
  const entries = new Map<string, string>()
  for (const rec of stdout.toString('utf8').split('\0')) {
    if (!rec) continue
    const tab = rec.indexOf('\t')
    const [mode, , blob] = rec.slice(0, tab).split(' ')
    entries.set(rec.slice(tab + 1), `${mode} ${blob}`)
  }
  return entries
}

/** What a `diff --git` section's header says about the file. */
export interface SectionHeader {
  created: boolean
  deleted: boolean
  oldMode?: string
  newMode?: string
  /** The `index <old>..<new>` blob ids (full with `--full-index`). */
  blobs?: [string, string]
  /** "Binary files … differ" or a binary patch: no text hunks. */
  binary: boolean
}

export function sectionHeader(section: Buffer): SectionHeader {
  const head = section.subarray(0, Math.min(section.length, 4096)).toString('latin1')
  const end = head.search(/\n(@@ |--- |Binary files |GIT binary patch)/)
  const h: SectionHeader = {
    created: false,
    deleted: false,
    binary: /\n(Binary files |GIT binary patch)/.test(head)
  }
  for (const l of (end === -1 ? head : head.slice(0, end)).split('\n')) {
    let m: RegExpExecArray | null
    if ((m = /^new file mode (\d+)$/.exec(l))) {
      h.created = true
      h.newMode = m[1]
    } else if ((m = /^deleted file mode (\d+)$/.exec(l))) {
      h.deleted = true
      h.oldMode = m[1]
    } else if ((m = /^old mode (\d+)$/.exec(l))) h.oldMode = m[1]
    else if ((m = /^new mode (\d+)$/.exec(l))) h.newMode = m[1]
    else if ((m = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: (\d+))?$/.exec(l))) {
      h.blobs = [m[1], m[2]]
      if (m[3]) h.oldMode = h.newMode = m[3]
    }
  }
  return h
}

/** The pre- and post-image of one file section of a `--full-index` diff, from its header. */
export function sectionImages(section: Buffer): { pre: Entry; post: Entry } | undefined {
  return headerImages(sectionHeader(section))
}

/** sectionImages for a header already parsed. */
export function headerImages(h: SectionHeader): { pre: Entry; post: Entry } | undefined {
  if (!h.blobs || (!h.created && !h.oldMode) || (!h.deleted && !h.newMode)) return undefined
  return {
    pre: h.created ? null : rawEntry(h.oldMode!, h.blobs[0]),
    post: h.deleted ? null : rawEntry(h.newMode!, h.blobs[1])
  }
}
