import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseSeries, seriesPath } from '../debian/series.js'
import { patchHeaderRefs } from '../classify/refs.js'

/** A patch the package already has, read as bytes (patches may hold any encoding). */
export interface ExistingPatch {
  /** Path relative to debian/patches, as the series lists it. */
  name: string
  /** Path relative to the package directory (debian/patches/<name>). */
  file: string
  bytes: Buffer
  /** Everything before the first diff (DEP-3 header, description), Latin-1 decoded (byte-exact). */
  header: string
  /** The diff part, Latin-1 decoded, with git-style `diff --git` lines added where missing. */
  diff: string
  /** Files the patch changes (-p1 stripped). */
  files: string[]
  /** Upstream shas its header names (Origin, Applied-Upstream, backport lines). */
  refs: string[]
}

export interface ExistingSeries {
  /** Absolute path of the series file dpkg-source uses, and its text ('' when missing). */
  seriesFile: string
  seriesText: string
  patches: ExistingPatch[]
}

/** Split a patch into its header and diff (the diff starts at `diff --git`, `Index:` or a `---`/`+++` pair). */
export function splitHeader(text: string): { header: string; diff: string } {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (l.startsWith('diff --git ') || l.startsWith('Index: ')) return join2(lines, i)
    if (l.startsWith('--- ') && l !== '--- ' && lines[i + 1]?.startsWith('+++ ')) return join2(lines, i)
  }
  return { header: text, diff: '' }
  function join2(all: string[], i: number): { header: string; diff: string } {
    return { header: all.slice(0, i).join('\n'), diff: all.slice(i).join('\n') }
  }
}

const stripOne = (p: string): string =>
  p
    .replace(/\t.*$/, '')
    .replace(/^"?[^/]*\//, '')
    .replace(/"$/, '')

/** The files a diff changes (from its ---/+++ lines, first path component stripped as with -p1). */
export function diffFiles(diff: string): string[] {
  const files = new Set<string>()
  for (const m of diff.matchAll(/^(?:---|\+\+\+) (.+)$/gm)) {
    if (m[1].startsWith('/dev/null')) continue
    files.add(stripOne(m[1]))
  }
  for (const m of diff.matchAll(/^diff --git a\/(.+) b\/\1$/gm)) files.add(m[1])
  return [...files]
}

/** Give each `--- a/x`/`+++ b/x` pair a `diff --git` line, so `git patch-id` sees per-file sections. */
export function withGitHeaders(diff: string): string {
  const lines = diff.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (l.startsWith('Index: ') || /^={10,}$/.test(l)) continue
    if (
      l.startsWith('--- ') &&
      lines[i + 1]?.startsWith('+++ ') &&
      !out[out.length - 1]?.startsWith('index ')
    ) {
      const prev = out.length ? out[out.length - 1] : ''
      if (
        !prev.startsWith('diff --git ') &&
        !prev.startsWith('new file mode') &&
        !prev.startsWith('deleted file mode')
      ) {
        const a = l.slice(4)
        const b = lines[i + 1].slice(4)
        const path = stripOne(b.startsWith('/dev/null') ? a : b)
        out.push(`diff --git a/${path} b/${path}`)
      }
    }
    out.push(l)
  }
  return out.join('\n')
}

export function readExistingSeries(packageDir: string): ExistingSeries {
  const seriesFile = seriesPath(packageDir)
  const seriesText = existsSync(seriesFile) ? readFileSync(seriesFile, 'utf8') : ''
  const patchesDir = join(packageDir, 'debian', 'patches')
  const patches = parseSeries(seriesText).map(name => {
    const abs = join(patchesDir, name)
    const bytes = readFileSync(abs)
    const { header, diff } = splitHeader(bytes.toString('latin1'))
    return {
      name,
      file: relative(packageDir, abs),
      bytes,
      header,
      diff: withGitHeaders(diff),
      files: diffFiles(diff),
      refs: patchHeaderRefs(header).refs
    }
  })
  return { seriesFile, seriesText, patches }
}
