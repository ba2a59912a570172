import { DebianFormatError } from './format-error.js'
import { parseVersion } from './version.js'

/**
 * DEP-14 tag names for versions: `debian/<v>`, `ubuntu/<v>`, `upstream/<v>`. Git ref names cannot hold
 * `:` or `~`, `..`, a trailing `.` or a trailing `.lock`, so DEP-14 mangles the version:
 * `:` → `%`, `~` → `_`, and a `#` goes after a `.` that is followed by another `.`, ends the version,
 * or starts a final `.lock` (perl: `y/:~/%_/; s/\.(?=\.|$|lock$)/.#/g`).
 */
export function mangleVersion(version: string): string {
  return version
    .replace(/:/g, '%')
    .replace(/~/g, '_')
    .replace(/\.(?=\.|$|lock$)/g, '.#')
}

/** The inverse of `mangleVersion`. */
export function unmangleVersion(mangled: string): string {
  return mangled.replace(/%/g, ':').replace(/_/g, '~').replace(/\.#/g, '.')
}

/** `dep14Tag('ubuntu', '1:8.2.2+ds-0ubuntu2')` → `ubuntu/1%8.2.2+ds-0ubuntu2`. */
export function dep14Tag(prefix: string, version: string): string {
  const p = prefix.replace(/\/+$/, '')
  if (
    !/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(p) ||
    /\.\.|\.lock(\/|$)|\.$/.test(p)
  ) {
    throw new DebianFormatError(
      'DEP-14 tag prefix',
      `"${prefix}" is not usable in a tag name (e.g. "debian", "ubuntu")`
    )
  }
  parseVersion(version)
  return `${p}/${mangleVersion(version)}`
}

/** Split a DEP-14 tag into prefix and (unmangled) version: `ubuntu/1%2.0_rc1-1` → ubuntu, `1:2.0~rc1-1`. */
export function parseDep14Tag(tag: string): { prefix: string; version: string } {
  const name = tag.replace(/^refs\/tags\//, '')
  const slash = name.lastIndexOf('/')
  const prefix = slash >= 0 ? name.slice(0, slash) : ''
  const version = unmangleVersion(name.slice(slash + 1))
  parseVersion(version)
  return { prefix, version }
}

/** The version a DEP-14 tag names: `debian/1%2.0_rc1-1` → `1:2.0~rc1-1`. */
export function dep14Version(tag: string): string {
  return parseDep14Tag(tag).version
}
