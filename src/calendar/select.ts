import type { Config, TrackConfig } from '../config/types.js'
import { InputError } from '../errors.js'

/** The tracks named by `--track` (all when none), in config order; an unknown name is bad input. */
export function selectTracks(config: Config, names: readonly string[] | undefined): TrackConfig[] {
  if (!names || names.length === 0) return config.tracks
  const known = config.tracks.map(t => t.name)
  for (const n of names) {
    if (!known.includes(n)) {
      throw new InputError(
        `--track ${n}: no such track in ${config.file}. Known tracks: ${known.join(', ') || '(none)'}`
      )
    }
  }
  return config.tracks.filter(t => names.includes(t.name))
}
