import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { FindingError, InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { run } from '../process/run.js'
import { upstreamVersion } from '../debian/version.js'
import { checkBuildDeps } from './build-deps.js'
import { parseControlFields } from './package-identity.js'
import { dscFiles } from './source-package.js'

export interface BinaryBuildOptions {
  /** Where the tree is unpacked and the .debs, .changes, .buildinfo and build log are written. */
  outDir: string
  /** The source package to build (default: the one .dsc in outDir, as build-source leaves it). */
  dsc?: string
  log: Logger
  /** Skip the upstream test suite (DEB_BUILD_OPTIONS=nocheck). */
  nocheck?: boolean
  /** Where dpkg-buildpackage's output goes, live (default `<out>/<source>_<version>_<arch>.build`). */
  buildLog?: string
  /** Check build dependencies first and fail with the apt command (default true). */
  checkDeps?: boolean
}

export interface BuiltDeb {
  file: string
  package: string
  version: string
  architecture: string
}

export interface BinaryBuildResult {
  source: string
  version: string
  dsc: string
  /** dpkg-buildpackage's output (stdout and stderr). */
  buildLog: string
  changes: string
  debs: BuiltDeb[]
}

/**
 * Unpack a source package with `dpkg-source -x` (which re-checks the series applies at fuzz 0) and
 * build its binary packages with `dpkg-buildpackage -us -uc -b`, unsigned: signing belongs to the
 * maintainer's upload, not to CI.
 */
export async function buildBinaryPackages(opts: BinaryBuildOptions): Promise<BinaryBuildResult> {
  const outDir = resolve(opts.outDir)
  const dsc = opts.dsc ? resolve(opts.dsc) : findDsc(outDir)
  if (!existsSync(dsc))
    throw new InputError(`${dsc} does not exist: run 'stable-sync build-source --out DIR' first`)
  const fields = parseControlFields(readFileSync(dsc, 'utf8'))
  const source = fields.get('Source')
  const version = fields.get('Version')
  if (!source || !version) throw new InputError(`${dsc} has no Source or Version field: is it a .dsc file?`)
  for (const f of await dscFiles(dsc)) {
    if (!existsSync(f))
      throw new InputError(`${dsc} lists ${basename(f)}, which is not beside it in ${dirname(dsc)}`)
  }

  const tree = join(outDir, `${source}-${upstreamVersion(version)}`)
  rmSync(tree, { recursive: true, force: true })
  const x = await run('dpkg-source', ['-x', dsc, tree], { cwd: outDir, allowFailure: true })
  if (x.code !== 0) throw new FindingError(`dpkg-source -x ${basename(dsc)} failed: ${x.stderr.trim()}`)

  if (opts.checkDeps ?? true) await checkBuildDeps(tree)

  const arch = (await run('dpkg', ['--print-architecture'])).stdout.toString('utf8').trim()
  const fileVersion = version.replace(/^\d+:/, '')
  const buildLog = opts.buildLog
    ? resolve(opts.buildLog)
    : join(outDir, `${source}_${fileVersion}_${arch}.build`)
  const env: Record<string, string | undefined> = { LC_ALL: 'C.UTF-8', STABLE_SYNC_BUILD_LOG: buildLog }
  if (opts.nocheck) {
    env.DEB_BUILD_OPTIONS = [process.env.DEB_BUILD_OPTIONS, 'nocheck'].filter(Boolean).join(' ')
    env.DEB_BUILD_PROFILES = [process.env.DEB_BUILD_PROFILES, 'nocheck'].filter(Boolean).join(' ')
  }
  opts.log.info(`dpkg-buildpackage -us -uc -b in ${tree} (log: ${buildLog})`)
  // The log is written as the build goes (a qemu build takes half an hour: `tail -F` it), not
  // gathered in memory. The shell line is constant; the command comes in as "$@".
  const b = await run(
    'sh',
    [
      '-c',
      'exec "$@" >"$STABLE_SYNC_BUILD_LOG" 2>&1',
      'sh',
      'dpkg-buildpackage',
      '-us',
      '-uc',
      '-b',
      '-Jauto'
    ],
    { cwd: tree, env, allowFailure: true }
  )
  if (b.code !== 0) {
    const tail = existsSync(buildLog)
      ? readFileSync(buildLog, 'utf8').trim().split('\n').slice(-30).join('\n')
      : b.stderr
    throw new FindingError(
      `dpkg-buildpackage failed (exit ${b.code}) for ${source} ${version}; full log: ${buildLog}\n${tail}`
    )
  }
  rmSync(tree, { recursive: true, force: true })

  // Named after the host arch, or `all` when only arch-independent packages were built.
  const changes = [arch, 'all']
    .map(a => join(outDir, `${source}_${fileVersion}_${a}.changes`))
    .find(f => existsSync(f))
  if (!changes)
    throw new FindingError(
      `dpkg-buildpackage succeeded but wrote no ${source}_${fileVersion}_${arch}.changes`
    )
  const debs: BuiltDeb[] = []
  for (const file of await dscFiles(changes)) {
    if (!/\.(deb|udeb|ddeb)$/.test(file)) continue
    const f = parseControlFields(
      (await run('dpkg-deb', ['-f', file, 'Package', 'Version', 'Architecture'])).stdout.toString('utf8')
    )
    debs.push({
      file,
      package: f.get('Package') ?? '',
      version: f.get('Version') ?? '',
      architecture: f.get('Architecture') ?? ''
    })
  }
  return { source, version, dsc, buildLog, changes, debs }
}

function findDsc(outDir: string): string {
  const found = existsSync(outDir) ? readdirSync(outDir).filter(n => n.endsWith('.dsc')) : []
  if (found.length === 1) return join(outDir, found[0])
  if (found.length === 0) {
    throw new InputError(
      `no .dsc in ${outDir}: run 'stable-sync build-source --out ${outDir}' first, or pass --source FILE.dsc`
    )
  }
  throw new InputError(
    `${outDir} holds several .dsc files (${found.join(', ')}): choose one with --source FILE.dsc`
  )
}
