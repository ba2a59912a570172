import { join } from 'node:path'
import type { Config, TrackConfig } from '../config/types.js'
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { fetchPinned } from '../upstream/fetch-pinned.js'
import { pinnedVersion, type Pin } from '../pin/resolve.js'
import type { OrigCompression } from './orig-tarball.js'
import { buildSourcePackage, type SourcePackageResult } from './source-package.js'

export interface TrackSourceOptions {
  repoDir: string
  config: Config
  /** The track to build; may be omitted when the config has exactly one. */
  track?: string
  outDir: string
  cacheDir: string
  log: Logger
  env?: Record<string, string | undefined>
  compression?: OrigCompression
  origTarball?: string
  keepTree?: boolean
}

export interface TrackSourceResult extends SourcePackageResult {
  track: string
  pin: Pin
}

/** The one track a build is for: named, or the only one. */
export function selectTrack(config: Config, name: string | undefined): TrackConfig {
  const names = config.tracks.map(t => t.name).join(', ')
  if (name) {
    const track = config.tracks.find(t => t.name === name)
    if (!track) throw new InputError(`no track named '${name}' in ${config.file}; it has: ${names}`)
    return track
  }
  if (config.tracks.length !== 1)
    throw new InputError(`${config.file} has several tracks (${names}): choose one with --track NAME`)
  return config.tracks[0]
}

/**
 * What the workflow's build job runs: fetch the track's upstream (shallow, into the cache), resolve
 * the pin from debian/changelog through the tag template, and assemble the source package of the
 * package directory from that commit, restricted to the track's `paths` when it has them.
 */
export async function buildTrackSource(opts: TrackSourceOptions): Promise<TrackSourceResult> {
  const track = selectTrack(opts.config, opts.track)
  const { tag } = pinnedVersion(track, opts.repoDir)
  const { upstream, pin } = await opts.log.group(
    `fetch ${track.upstream.url} (${track.upstream.branch}, pin ${tag})`,
    () =>
      fetchPinned(track, {
        repoDir: opts.repoDir,
        cacheDir: opts.cacheDir,
        log: opts.log,
        env: opts.env
      })
  )
  const result = await buildSourcePackage({
    packageDir: join(opts.repoDir, track.package),
    upstream: upstream.git,
    pin: { sha: pin.sha, tag: pin.tag },
    paths: track.paths,
    outDir: opts.outDir,
    log: opts.log,
    compression: opts.compression,
    origTarball: opts.origTarball,
    keepTree: opts.keepTree
  })
  return { ...result, track: track.name, pin }
}
