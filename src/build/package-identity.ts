import { join } from 'node:path'
import { existsSync } from 'node:fs'
import { InputError } from '../errors.js'
import { upstreamVersion } from '../debian/version.js'
import { run } from '../process/run.js'

/** What names a source package's files: `<source>_<upstream>.orig.tar.*`, `<source>_<version>.dsc`. */
export interface PackageIdentity {
  source: string
  /** Full Debian version from debian/changelog's top entry, e.g. `1:8.2.2+ds-0ubuntu2`. */
  version: string
  /** No epoch, no revision: `8.2.2+ds` (names the orig tarball and its `<source>-<upstream>/` prefix). */
  upstreamVersion: string
  /** No epoch: what dpkg puts in file names (`8.2.2+ds-0ubuntu2`). */
  fileVersion: string
}

/**
 * Read the source name and version from `<packageDir>/debian/changelog` with dpkg-parsechangelog
 * itself, so the names we give files are exactly the ones dpkg-source expects.
 */
export async function readPackageIdentity(packageDir: string): Promise<PackageIdentity> {
  const changelog = join(packageDir, 'debian', 'changelog')
  if (!existsSync(changelog)) {
    throw new InputError(
      `${changelog} does not exist: the package directory must hold debian/ (check the track's 'package' key)`
    )
  }
  const r = await run('dpkg-parsechangelog', ['-l', changelog], { cwd: packageDir, allowFailure: true })
  if (r.code !== 0)
    throw new InputError(`${changelog}: dpkg-parsechangelog cannot read it: ${r.stderr.trim()}`)
  const fields = parseControlFields(r.stdout.toString('utf8'))
  const source = fields.get('Source')
  const version = fields.get('Version')
  if (!source || !version) throw new InputError(`${changelog}: the top entry has no package name or version`)
  return {
    source,
    version,
    upstreamVersion: upstreamVersion(version),
    fileVersion: version.replace(/^\d+:/, '')
  }
}

/** Single-line fields of a deb822 paragraph (continuation lines are ignored: we need none of them). */
export function parseControlFields(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*):\s*(.*)$/.exec(line)
    if (m) fields.set(m[1], m[2].trim())
  }
  return fields
}
