import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildTrackSource, type TrackSourceOptions, type TrackSourceResult } from '../build/track-source.js'
import { readTopEntry } from '../debian/changelog.js'
import { FindingError, InputError } from '../errors.js'
import { run } from '../process/run.js'

export interface SourceUploadOptions extends Omit<TrackSourceOptions, 'keepTree'> {
  /** Put the orig tarball in the upload (dpkg-genchanges -sa): needed when the archive lacks it. */
  includeOrig?: boolean
}

export interface SourceUploadResult extends TrackSourceResult {
  /** The `<source>_<version>_source.changes` written beside the .dsc. */
  changes: string
  /** Its distribution (the released changelog entry's). */
  distribution: string
  /** `-v`: the last released version before this one; the .changes covers every entry since. */
  since?: string
}

/** The version of the changelog entry below the top one: the last upload before this release. */
export async function previousVersion(changelog: string): Promise<string | undefined> {
  const r = await run(
    'dpkg-parsechangelog',
    ['-l', changelog, '--offset', '1', '--count', '1', '-S', 'Version'],
    {
      allowFailure: true
    }
  )
  const v = r.stdout.toString('utf8').trim()
  return r.code === 0 && v ? v : undefined
}

/**
 * The source upload of a released package: the source package (as build-source makes it, from the
 * pinned upstream tag) and its `_source.changes` from `dpkg-genchanges -S -v<previous>`, so the
 * upload closes the bugs of every entry since the last one the archive has.
 */
export async function makeSourceUpload(opts: SourceUploadOptions): Promise<SourceUploadResult> {
  const built = await buildTrackSource({ ...opts, keepTree: true })
  const tree = join(opts.outDir, `${built.source}-${built.upstreamVersion}`)
  try {
    const changelog = join(tree, 'debian', 'changelog')
    const top = readTopEntry(readFileSync(changelog, 'utf8'))
    if (top.distributions.includes('UNRELEASED')) {
      throw new InputError(
        `the top changelog entry ${top.version} is UNRELEASED: release it first (stable-sync release), then upload`
      )
    }
    const since = await previousVersion(changelog)
    const changes = join(opts.outDir, `${built.source}_${built.fileVersion}_source.changes`)
    rmSync(changes, { force: true })
    const args = [
      '-S',
      `-u${opts.outDir}`,
      `-O${changes}`,
      ...(since ? [`-v${since}`] : []),
      ...(opts.includeOrig ? ['-sa'] : [])
    ]
    opts.log.info(`dpkg-genchanges ${args.join(' ')}`)
    const r = await run('dpkg-genchanges', args, {
      cwd: tree,
      allowFailure: true,
      env: { LC_ALL: 'C.UTF-8' }
    })
    if (r.code !== 0 || !existsSync(changes)) {
      throw new FindingError(
        `dpkg-genchanges failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-5).join('\n')}`
      )
    }
    return { ...built, changes, distribution: top.distributions.join(' '), ...(since ? { since } : {}) }
  } finally {
    rmSync(tree, { recursive: true, force: true })
  }
}
