import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DebianFormatError } from './format-error.js'

/**
 * `debian/patches/series`, read and written the way dpkg-source reads it (Dpkg::Source::Quilt
 * read_patch_list): leading blanks stripped, `#` starts a comment at the start of a line or after a
 * blank, the first word is the patch path, a following `-p1` is tolerated (dpkg-source supports no
 * other option), and a path with a `..` component is refused.
 */

/**
 * The series file dpkg-source will use in `packageDir`: `debian/patches/<vendor>.series` when a vendor
 * is given and that file exists (dpkg-source prefers it), else `debian/patches/series`. Returns the
 * path joined to `packageDir`. The vendor is what `dpkg-vendor --query vendor` would say (lowercased).
 */
export function seriesPath(packageDir: string, vendor?: string): string {
  if (vendor) {
    const vendorSeries = join(packageDir, 'debian', 'patches', `${vendor.toLowerCase()}.series`)
    if (existsSync(vendorSeries)) return vendorSeries
  }
  return join(packageDir, 'debian', 'patches', 'series')
}

export interface SeriesEntry {
  /** Patch path relative to debian/patches. */
  path: string
  /** Options after the path (`-p1`), as written. */
  options: string
  /** 1-based line in the series file. */
  line: number
}

/** Every patch in the series with its options and line number. */
export function parseSeriesEntries(text: string): SeriesEntry[] {
  const entries: SeriesEntry[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw
      .replace(/\r$/, '')
      .replace(/^\s+/, '')
      .replace(/(^|\s+)#.*$/, '')
    if (line === '') return
    const m = /^(\S+)(?:\s+(.*?))?\s*$/.exec(line)!
    const path = m[1]!
    if (/(^|\/)\.\.(\/|$)/.test(path) || path.startsWith('/')) {
      throw new DebianFormatError(
        'series',
        `the patch path "${path}" leaves debian/patches; remove that line`,
        i + 1
      )
    }
    entries.push({ path, options: m[2] ?? '', line: i + 1 })
  })
  return entries
}

/** The patch paths, in order (comments and blank lines skipped, `-p1` options dropped). */
export function parseSeries(text: string): string[] {
  return parseSeriesEntries(text).map(e => e.path)
}

/**
 * Append patch paths that the series does not list yet, keeping everything already there (comments,
 * blank lines, options) byte-for-byte. The result ends with a newline (unless it is empty).
 */
export function appendSeries(text: string, paths: readonly string[]): string {
  const present = new Set(parseSeries(text))
  // Collect the new lines and join once: appending to a growing string and asking it endsWith()
  // flattens V8's rope each time, which made 10,000 paths quadratic.
  const added: string[] = []
  for (const path of paths) {
    if (!/^[^\s#/][^\s]*$/.test(path) || /(^|\/)\.\.(\/|$)/.test(path)) {
      throw new DebianFormatError(
        'series',
        `cannot add "${path}": a patch path is relative to debian/patches, without spaces, "#" first or ".."`
      )
    }
    if (present.has(path)) continue
    present.add(path)
    added.push(path)
  }
  const head = text !== '' && !text.endsWith('\n') ? `${text}\n` : text
  return added.length ? `${head}${added.join('\n')}\n` : head
}
