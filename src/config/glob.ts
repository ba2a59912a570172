/**
 * Path globs of the configuration (`paths`, `exclude.paths`), matched against repository-relative
 * paths with `/` separators. Globs are anchored at the repository root:
 *   `*` any characters within one segment, `?` one character within a segment, `**` any number of
 *   segments (also none); a glob also matches everything below a directory it matches, so
 *   `virt/kvm` and `virt/kvm/` both take `virt/kvm/kvm_main.c` (a trailing `/` only matches a
 *   directory, never a file of that name).
 */
export type PathMatcher = (path: string) => boolean

const escapeRegExp = (s: string): string => s.replace(/[.+^${}()|[\]\\]/g, '\\$&')

function segmentSource(segment: string): string {
  return segment
    .split(/(\*+|\?)/)
    .map(part => (part === '?' ? '[^/]' : part.startsWith('*') ? '[^/]*' : escapeRegExp(part)))
    .join('')
}

/** One glob as a regular expression source (without anchors). */
export function globSource(glob: string): string {
  const directoryOnly = glob.endsWith('/')
  const segments = glob
    .replace(/^(\.\/)+/, '')
    .split('/')
    .filter(s => s !== '' && s !== '.')
  let source = ''
  let pendingSlash = false
  for (const [i, segment] of segments.entries()) {
    if (segment === '**') {
      // Any number of whole segments, including none: `a/**/b` takes `a/b` and `a/x/y/b`.
      source +=
        i === segments.length - 1 ? (pendingSlash ? '/.*' : '.*') : pendingSlash ? '/(?:.*/)?' : '(?:.*/)?'
      pendingSlash = false
      continue
    }
    if (pendingSlash) source += '/'
    source += segmentSource(segment)
    pendingSlash = true
  }
  if (segments.at(-1) === '**') return source
  // Everything below a matched directory matches too; a trailing slash demands that there be something below.
  return source + (directoryOnly ? '/.+' : '(?:/.*)?')
}

/** A matcher for any of `globs` (an empty list matches nothing). */
export function globMatcher(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false
  const re = new RegExp(`^(?:${globs.map(globSource).join('|')})$`)
  return path => re.test(path.replace(/^(\.\/)+/, ''))
}
