import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { FindingError, InputError } from '../errors.js'
import type { Git } from '../git/gateway.js'
import type { Logger } from '../log.js'
import { CommandError, run } from '../process/run.js'
import { createOrigTarball, origTarballName, type OrigCompression } from './orig-tarball.js'
import { readPackageIdentity, type PackageIdentity } from './package-identity.js'

export interface SourcePackageOptions {
  /** The directory holding debian/ in the packaging repo (its working tree: what the branch has). */
  packageDir: string
  /** Upstream clone holding the pinned commit. */
  upstream: Git
  /** The pinned upstream commit (resolvePin's sha) and, for messages, its tag. */
  pin: { sha: string; tag?: string }
  /** Track `paths`: the orig tarball holds only these files (kvm-source from Linux stable). */
  paths?: readonly string[]
  outDir: string
  log: Logger
  compression?: OrigCompression
  /** Use this orig tarball instead of `git archive` (repacked +dfsg/+ds tarballs cannot be rebuilt from a tag). */
  origTarball?: string
  /** Keep the unpacked `<source>-<upstream>/` tree in outDir (default: removed after dpkg-source). */
  keepTree?: boolean
}

export interface SourcePackageResult extends PackageIdentity {
  dsc: string
  orig: string
  /** Every file of the source package (the .dsc and what it lists), absolute paths. */
  files: string[]
  /** Files in the orig tarball (-1 when it was given with --orig, not made here). */
  origFiles: number
}

/**
 * Assemble a 3.0 (quilt) source package: the orig tarball from the pinned upstream commit, the
 * package's debian/ copied on top of the unpacked tree, then `dpkg-source -b` (which applies the
 * whole series at fuzz 0 and refuses upstream changes outside debian/patches).
 */
export async function buildSourcePackage(opts: SourcePackageOptions): Promise<SourcePackageResult> {
  const packageDir = resolve(opts.packageDir)
  const outDir = resolve(opts.outDir)
  const id = await readPackageIdentity(packageDir)
  const format = readFormat(packageDir)
  if (format !== '3.0 (quilt)') {
    throw new InputError(
      `${join(packageDir, 'debian/source/format')} says '${format ?? '(missing)'}': build-source assembles '3.0 (quilt)' packages only`
    )
  }
  const origPrefix = `${id.source}_${id.upstreamVersion}.orig.tar.`
  const givenName = opts.origTarball ? basename(opts.origTarball) : undefined
  if (
    givenName &&
    !(givenName.startsWith(origPrefix) && /^(gz|xz|bz2)$/.test(givenName.slice(origPrefix.length)))
  ) {
    throw new InputError(`--orig ${opts.origTarball}: dpkg-source needs it named ${origPrefix}{gz,xz,bz2}`)
  }
  mkdirSync(outDir, { recursive: true })
  const wanted = opts.origTarball
    ? basename(opts.origTarball)
    : origTarballName(id.source, id.upstreamVersion, opts.compression ?? 'xz')
  removeStaleOrigs(outDir, id, wanted, opts.log)

  let orig: string
  let origFiles: number
  if (opts.origTarball) {
    orig = join(outDir, basename(opts.origTarball))
    if (resolve(opts.origTarball) !== orig) cpSync(opts.origTarball, orig)
    origFiles = -1
  } else {
    if (/[+~.](dfsg|ds|repack)/.test(id.upstreamVersion)) {
      opts.log.warning(
        `${id.upstreamVersion} is a repacked upstream version: the tarball made from ${opts.pin.tag ?? opts.pin.sha} is not repacked. Pass the archive's orig tarball with --orig to build the same source package.`
      )
    }
    const made = await createOrigTarball({
      git: opts.upstream,
      commit: opts.pin.sha,
      source: id.source,
      upstreamVersion: id.upstreamVersion,
      outDir,
      paths: opts.paths,
      compression: opts.compression
    })
    orig = made.file
    origFiles = made.files
    opts.log.info(
      `orig tarball: ${basename(orig)} (${made.files} files from ${opts.pin.tag ?? opts.pin.sha})`
    )
  }

  // The unpacked tree dpkg-source -b reads: upstream files + debian/ from the packaging repo.
  const treeName = `${id.source}-${id.upstreamVersion}`
  const tree = join(outDir, treeName)
  rmSync(tree, { recursive: true, force: true })
  await run('tar', ['-xf', orig, '-C', outDir])
  if (!existsSync(tree)) {
    throw new InputError(
      `${orig} does not unpack to ${treeName}/: give an orig tarball with that top directory`
    )
  }
  // An upstream that ships its own debian/ (some do) is replaced, as dpkg-source does for 3.0 (quilt).
  rmSync(join(tree, 'debian'), { recursive: true, force: true })
  cpSync(join(packageDir, 'debian'), join(tree, 'debian'), { recursive: true, preserveTimestamps: true })

  try {
    // dpkg-source applies the whole series at fuzz 0 before packing: a broken patch fails here.
    const r = await run('dpkg-source', ['-b', treeName], { cwd: outDir, allowFailure: true })
    if (r.code !== 0) {
      throw new FindingError(
        `dpkg-source -b failed for ${treeName}: ${(r.stderr + r.stdout.toString('utf8')).trim().split('\n').slice(-15).join('\n')}\n` +
          'A patch that does not apply at fuzz 0 is named above; run `stable-sync verify` to check the series.'
      )
    }
  } finally {
    if (!opts.keepTree) rmSync(tree, { recursive: true, force: true })
  }
  const dsc = join(outDir, `${id.source}_${id.fileVersion}.dsc`)
  if (!existsSync(dsc)) throw new CommandError('dpkg-source', ['-b', treeName], 0, `${dsc} was not written`)
  return { ...id, dsc, orig, origFiles, files: [dsc, ...(await dscFiles(dsc))] }
}

function readFormat(packageDir: string): string | undefined {
  const file = join(packageDir, 'debian', 'source', 'format')
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined
}

/** An orig tarball of the same version in the other compression makes dpkg-source refuse to choose. */
function removeStaleOrigs(outDir: string, id: PackageIdentity, wanted: string, log: Logger): void {
  const prefix = `${id.source}_${id.upstreamVersion}.orig.tar.`
  for (const name of readdirSync(outDir)) {
    if (name.startsWith(prefix) && name !== wanted) {
      log.info(`removing ${name} from ${outDir}: replaced by ${wanted}`)
      rmSync(join(outDir, name))
    }
  }
}

/** The files a .dsc or .changes lists (its Files: section), as absolute paths beside it. */
export async function dscFiles(dsc: string): Promise<string[]> {
  const text = readFileSync(dsc, 'utf8')
  const dir = resolve(dsc, '..')
  const section = /^Files:\s*\n((?:[ \t].*\n?)*)/m.exec(text)
  if (!section) return []
  return section[1]
    .split('\n')
    .map(l => l.trim().split(/\s+/).at(-1))
    .filter((n): n is string => Boolean(n))
    .map(n => join(dir, n))
}
