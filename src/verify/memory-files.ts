import { createHash } from 'node:crypto'
import { CatFileReader } from '../git/cat-file.js'
import type { Git } from '../git/gateway.js'
import { applyHunks, fromLines, parseHunks, toLines, type Lines } from './hunk-apply.js'
import { headerImages, sectionHeader, type Entry, type SectionHeader } from './tree-state.js'
import { splitFileDiffs } from '../walk/diff.js'

/**
 * A file's content in memory: its mode and lines, and while it is as read from git, its entry (no
 * need to hash it again). `opaque`: known by its entry only, no lines (a gitlink, or a binary file
 * a patch replaced by blob id): no text patch applies to it. null: no such file.
 */
export type FileState = { mode: string; lines: Lines; entry?: string; opaque?: true } | null

/** The hash a repository names objects with, told by the length of one of its ids. */
export type ObjectFormat = 'sha1' | 'sha256'
export const objectFormatOf = (id: string): ObjectFormat => (id.length === 64 ? 'sha256' : 'sha1')

/** The blob id git gives this content (`git hash-object`), in the repository's object format. */
export function blobId(lines: Lines, format: ObjectFormat = 'sha1'): string {
  const content = fromLines(lines)
  return createHash(format).update(`blob ${content.length}\0`).update(content).digest('hex')
}

/** The `<mode> <blob>` entry of a file state. */
export function entryOf(state: FileState, format: ObjectFormat): Entry {
  if (state === null) return null
  return state.entry ?? `${state.mode} ${blobId(state.lines, format)}`
}

/** A file state known by its entry only (gitlinks, binary files: nothing for a text patch to read). */
export function opaqueState(entry: Entry): FileState {
  if (entry === null) return null
  return { mode: entry.slice(0, entry.indexOf(' ')), lines: [], entry, opaque: true }
}

/** File type bits of a mode: a file may not become a symlink or a gitlink through a text patch. */
const typeOf = (mode: string): string => (mode === '120000' || mode === '160000' ? mode : 'file')

/**
 * Apply one file's section of a git diff to its state, as `git apply --cached` would: the file must
 * exist (not for a creation), be of the type the patch says, take every hunk at fuzz 0, and be empty
 * after a deletion. Returns the new state, or 'fails'. A binary or submodule section applies by id,
 * as git applies a binary patch: only onto exactly its pre-image (a merged BIOS update inside a merge
 * must not turn into the merge's own change).
 */
export function applySection(current: FileState, section: Buffer): FileState | 'fails' {
  const h = sectionHeader(section)
  if (h.binary || h.oldMode === '160000' || h.newMode === '160000') return applyById(current, h)
  if (current?.opaque) return 'fails'
  if (h.created ? current !== null : current === null) return 'fails'
  if (current && h.oldMode && typeOf(current.mode) !== typeOf(h.oldMode)) return 'fails'
  const hunks = parseHunks(section)
  if (hunks === 'malformed') return 'fails'
  const lines = applyHunks(current?.lines ?? [], hunks)
  if (!lines) return 'fails'
  if (h.deleted) return lines.length === 0 ? null : 'fails'
  const mode = h.newMode ?? current?.mode
  return mode ? { mode, lines } : 'fails'
}

/** A binary or submodule section: its post-image when the file holds exactly its pre-image. */
function applyById(current: FileState, h: SectionHeader): FileState | 'fails' {
  const images = headerImages(h)
  if (!images) return 'fails'
  if (entryOf(current, objectFormatOf(h.blobs![0])) !== images.pre) return 'fails'
  return opaqueState(images.post)
}

/**
 * Blob contents for the files followed by content, read when first needed from one
 * `git cat-file --batch` kept running (git/cat-file.ts) and split into lines once. `close()` ends
 * the git process.
 */
export class BlobStore {
  /** Started on the first read: a proof where nothing diverges runs no cat-file at all. */
  private reader: CatFileReader | undefined
  private readonly lines = new Map<string, Promise<Lines>>()

  constructor(private readonly git: Git) {}

  /** The state of a file whose entry is `entry` (reads its blob unless read before). */
  async state(entry: Entry): Promise<FileState> {
    if (entry === null) return null
    const [mode, blob] = entry.split(' ')
    // A gitlink names a commit of another repository: nothing to read, and never patched as text.
    if (mode === '160000') return opaqueState(entry)
    let lines = this.lines.get(blob)
    if (!lines) {
      this.reader ??= new CatFileReader(this.git)
      lines = this.reader.read(blob).then(body => {
        if (!body)
          throw new Error(
            `blob ${blob} is missing from the upstream clone ${this.git.dir}: the cache is damaged; delete that directory and run again`
          )
        return toLines(body)
      })
      this.lines.set(blob, lines)
    }
    return { mode, lines: await lines, entry }
  }

  async close(): Promise<void> {
    await this.reader?.close()
  }
}

/**
 * Apply a patch (sections of several files) to the followed files, all or nothing. Returns the files
 * whose section does not apply (empty: applied).
 */
export function applyPart(memory: Map<string, FileState>, part: Buffer): string[] {
  const results = new Map<string, FileState>()
  const failing: string[] = []
  for (const section of splitFileDiffs(part)) {
    const current = results.has(section.path)
      ? results.get(section.path)!
      : (memory.get(section.path) ?? null)
    const next = applySection(current, section.bytes)
    if (next === 'fails') failing.push(section.path)
    else results.set(section.path, next)
  }
  if (failing.length === 0) for (const [path, state] of results) memory.set(path, state)
  return failing
}
