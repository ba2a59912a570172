import type { ExistingPatch } from '../series/existing.js'

/**
 * Which of the package's own patches an upstream fix that does not apply runs into: for a file the
 * fix cannot change at fuzz 0, the last patch of debian/patches/series (in series order) whose hunks
 * touch the lines the fix's hunks touch, else the last one that touches the file at all. Line
 * numbers on both sides are those of the tree each patch was made against (the pin for the fix's
 * parent, the series before it for the package's patch): close enough to tell which of several
 * patches of one file is in the way, which is all the name is for.
 */
export interface ConflictingPatch {
  /** The package's patch, relative to the package directory (debian/patches/…). */
  file: string
  /** The upstream file where the fix and the patch meet. */
  path: string
  /** 'lines': their hunks overlap; 'file': the patch changes the file elsewhere. */
  match: 'lines' | 'file'
  /** The fix's hunks in that file, as "first-last" line ranges of the upstream pre-image. */
  lines: string[]
}

/** A hunk's old-side range, [first, last] (1-based, inclusive); an empty range is the line it follows. */
export interface LineRange {
  first: number
  last: number
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/

/** The old-side line ranges of every hunk in a diff, per file (-p1 paths, as `diff --git a/… b/…` or `+++ b/…` name them). */
export function hunkRanges(diff: string): Map<string, LineRange[]> {
  const out = new Map<string, LineRange[]>()
  let path: string | undefined
  const lines = diff.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    const git = /^diff --git a\/(.+) b\/\1$/.exec(l)
    if (git) {
      path = git[1]
      continue
    }
    if (l.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
      const target = lines[i + 1].slice(4).replace(/\t.*$/, '')
      const source = l.slice(4).replace(/\t.*$/, '')
      const named = target.startsWith('/dev/null') ? source : target
      path = named.replace(/^"?[^/]*\//, '').replace(/"$/, '')
      i++
      continue
    }
    const h = HUNK.exec(l)
    if (h && path !== undefined) {
      const start = Number(h[1])
      const count = h[2] === undefined ? 1 : Number(h[2])
      const range = { first: Math.max(1, start), last: Math.max(start, start + count - 1) }
      out.set(path, [...(out.get(path) ?? []), range])
    }
  }
  return out
}

const overlaps = (a: LineRange, b: LineRange): boolean => a.first <= b.last && b.first <= a.last

/**
 * The package's own patch the fix conflicts with, for the first of `failingFiles` some patch of the
 * series touches; undefined when none does (the context then changed through upstream commits the
 * series skips, not through the package's own patches).
 */
export function conflictingPatch(
  fixDiff: string,
  failingFiles: readonly string[],
  patches: readonly ExistingPatch[]
): ConflictingPatch | undefined {
  const fixHunks = hunkRanges(fixDiff)
  for (const path of failingFiles) {
    const touching = patches.filter(p => p.files.includes(path))
    if (touching.length === 0) continue
    const fix = fixHunks.get(path) ?? []
    const lines = fix.map(r => `${r.first}-${r.last}`)
    for (let i = touching.length - 1; i >= 0; i--) {
      const own = hunkRanges(touching[i].diff).get(path) ?? []
      if (own.some(o => fix.some(f => overlaps(o, f))))
        return { file: touching[i].file, path, match: 'lines', lines }
    }
    return { file: touching[touching.length - 1].file, path, match: 'file', lines }
  }
  return undefined
}

/** "debian/patches/fix-foo.patch (both change lines 10-16 of src/a.c)", for problem texts. */
export function describeConflict(c: ConflictingPatch): string {
  return c.match === 'lines'
    ? `${c.file} (both change lines ${c.lines.join(', ')} of ${c.path})`
    : `${c.file} (it changes ${c.path} too)`
}
