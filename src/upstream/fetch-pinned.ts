import type { TrackConfig } from '../config/types.js'
import { pinnedVersion, resolvePin, type Pin } from '../pin/resolve.js'
import { cloneDirFor, fetchUpstream, type FetchOptions, type UpstreamClone } from './fetch.js'
import { withDirLock } from './lock.js'

/**
 * The upstream clone of a track, fetched so that a cold fetch moves only pin..tip, and the pin
 * resolved in it, holding the clone's lock (two runs sharing a cache take turns). The engine, the
 * track-mode move and build-source all start here.
 */
export async function fetchPinned(
  track: TrackConfig,
  opts: Omit<FetchOptions, 'pinTag'>
): Promise<{ upstream: UpstreamClone; pin: Pin }> {
  const { tag } = pinnedVersion(track, opts.repoDir)
  return withDirLock(cloneDirFor(track, opts), opts, async () => {
    const upstream = await fetchUpstream(track, { ...opts, pinTag: tag })
    const pin = await resolvePin(track, upstream, opts.repoDir)
    return { upstream, pin }
  })
}
