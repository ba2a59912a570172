import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { selectTracks } from '../calendar/select.js'
import type { Config } from '../config/types.js'
import { InputError } from '../errors.js'

/**
 * Which package directory a release is for: the named track's, else the one all tracks share, else
 * the repository root when there is no configuration. Several packages need --track.
 */
export function releasePackageDir(
  repoDir: string,
  config: Config | undefined,
  track: string[] | undefined
): string {
  if (!config) return repoDir
  const tracks = selectTracks(config, track)
  const dirs = [...new Set(tracks.map(t => resolve(repoDir, t.package)))]
  if (dirs.length === 1) return dirs[0]
  if (dirs.length === 0) return repoDir
  throw new InputError(
    `the tracks in ${config.file} hold ${dirs.length} packages; say which to release with --track NAME ` +
      `(one of: ${tracks.map(t => t.name).join(', ')})`
  )
}

/** The config file to use, or undefined when none is given and the default one does not exist. */
export function optionalConfigPath(
  repoDir: string,
  explicit: string | undefined,
  defaultPath: string
): string | undefined {
  if (explicit) return explicit
  return existsSync(defaultPath) ? defaultPath : undefined
}
