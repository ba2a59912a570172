import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { conflictingPatch, describeConflict, type ConflictingPatch } from '../classify/conflicting-patch.js'
import type { Git } from '../git/gateway.js'
import type { ExistingSeries } from '../series/existing.js'
import { splitFileDiffs } from '../walk/diff.js'
import { readTreeDiff } from '../walk/diffs.js'

/**
 * An upstream fix that does not apply at fuzz 0 after the patches before it: name the package's own
 * patch it runs into, and try a three-way refresh of the fix onto the series (`git apply --3way` in
 * a copy of the scratch index: the upstream pre-image as the base, the series' version as ours, the
 * fix's post-image as theirs). A clean merge becomes the patch's new diff, made against the series
 * as it stands before it; it is verified at fuzz 0 with the rest of the series like any patch.
 */
export interface RefreshInput {
  git: Git
  /** The files of `part` that do not apply (as the proof found them). */
  files: string[]
  /**
   * Makes a scratch index holding the series up to the fix for the files of `part` (pinned tree + own
   * series + taken patches before it); called only when a refresh is tried.
   */
  index(): Promise<string>
  /** Where the copy of the index goes. */
  tmpDir: string
  /** The part of the fix that failed: its diff reduced to the files the series makes diverge from upstream. */
  part: Buffer
  /** The fix's whole diff reduced to its kept files: the rest of it is carried unchanged. */
  whole: Buffer
  existing: ExistingSeries
  /** Is this upstream sha in the walked range? A patch naming one carries upstream content, not the package's own. */
  inRange(sha: string): boolean
  /** False: only name the conflicting patch (a merge's residual, or a refreshed patch that failed again). */
  refresh: boolean
}

export type RefreshResult =
  | {
      status: 'refreshed'
      /** The patch's diff: refreshed sections for the conflicting files, the fix's own for the rest. */
      diff: Buffer
      /** The package's patch it was refreshed onto, when one is named. */
      onto?: ConflictingPatch
    }
  | {
      status: 'conflict'
      onto?: ConflictingPatch
      /** Files the fix cannot change at fuzz 0. */
      files: string[]
      /** Why no refresh was made, for the problem text. */
      why: string
    }

export async function refreshFix(input: RefreshInput): Promise<RefreshResult> {
  const { git, files } = input
  const sections = splitFileDiffs(input.part)
  const onto = conflictingPatch(input.part.toString('latin1'), files, input.existing.patches)

  // Only the package's own changes are refreshed over (the files verification lets differ from the
  // tip, see engine/explain.ts): a file that differs from upstream because the series skips an upstream
  // commit, or carries one in another form, would, refreshed, differ from the stable tip for good.
  const ownFiles = new Set(
    input.existing.patches.filter(p => !p.refs.some(r => input.inRange(r))).flatMap(p => p.files)
  )
  const notOwn = files.filter(f => !ownFiles.has(f))
  if (!input.refresh) return { status: 'conflict', onto, files, why: 'no three-way refresh was tried' }
  if (notOwn.length) {
    return {
      status: 'conflict',
      onto,
      files,
      why: `${notOwn.join(', ')} differ${notOwn.length === 1 ? 's' : ''} from upstream through upstream commits the series skips or carries in another form, not only through the package's own patches; no three-way refresh`
    }
  }

  // One refresh at a time (the proof walks in order): the copy is overwritten by the next one.
  const copy = join(input.tmpDir, 'refresh.index')
  copyFileSync(await input.index(), copy)
  const scratch = { GIT_INDEX_FILE: copy }
  const before = await git.text(['write-tree'], { env: scratch })
  const merged = await git.exec(['apply', '--cached', '--3way', '--whitespace=nowarn'], {
    env: scratch,
    input: withNewline(input.part),
    allowFailure: true
  })
  if (merged.code !== 0) {
    const conflicted = [...merged.stderr.matchAll(/^Applied patch to '(.+)' with conflicts\.$/gm)].map(
      m => m[1]
    )
    return {
      status: 'conflict',
      onto,
      files,
      why: `a three-way refresh left conflicts in ${(conflicted.length ? conflicted : files).join(', ')}`
    }
  }
  const after = await git.text(['write-tree'], { env: scratch })
  const refreshed = splitFileDiffs(await readTreeDiff(git, before, after))
  const partPaths = new Set(sections.map(s => s.path))
  const byPath = new Map(refreshed.map(s => [s.path, s.bytes]))
  // The fix's file order, each conflicting file's section replaced by its refreshed one.
  const diff = Buffer.concat(
    splitFileDiffs(input.whole).flatMap(s =>
      partPaths.has(s.path) ? (byPath.has(s.path) ? [byPath.get(s.path)!] : []) : [s.bytes]
    )
  )
  if (diff.length === 0) {
    return {
      status: 'conflict',
      onto,
      files,
      why: "the three-way merge changes nothing: the package's own patches already make this change; record the patch that carries it as carrying this commit"
    }
  }
  return { status: 'refreshed', diff, onto }
}

function withNewline(b: Buffer): Buffer {
  return b.length && b[b.length - 1] !== 10 ? Buffer.concat([b, Buffer.from('\n')]) : b
}

/** The problem text of a fix that stays `does-not-apply`. */
export function doesNotApplyText(touches: readonly string[], r: RefreshResult): string {
  const onto = r.onto ? `; it conflicts with the package's own patch ${describeConflict(r.onto)}` : ''
  const why = r.status === 'conflict' ? `; ${r.why}` : ''
  return (
    `does not apply at fuzz 0 after the patches before it (touches ${touches.join(', ')})${onto}${why}: ` +
    'backport it by hand and record the upstream commit in its header (see docs/does-not-apply.md)'
  )
}

/** The problem text of a refreshed fix: it is in the series, but a person must look at it. */
export function refreshedText(onto: string | undefined): string {
  return (
    `does not apply at fuzz 0 after ${onto ?? 'the patches before it'}; refreshed onto ${onto ? 'it' : 'them'} ` +
    'with a three-way merge (Origin: backport in its header): review the refreshed patch'
  )
}
