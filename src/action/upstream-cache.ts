import * as cache from '@actions/cache'
import { createHash } from 'node:crypto'
import type { TrackConfig } from '../config/types.js'
import type { Logger } from '../log.js'
import { forgetDerivedFiles } from '../upstream/derived-files.js'

/**
 * The upstream clones live in the tool cache (RUNNER_TOOL_CACHE/stable-sync) and travel between runs
 * with @actions/cache: restored from the newest earlier save, saved under a per-run key (GitHub evicts
 * old entries). Without the cache service (local runs, tests, GHES without it) both steps are skipped.
 */
export function cacheKeyPrefix(tracks: readonly TrackConfig[]): string {
  const id = createHash('sha256')
    .update(tracks.map(t => `${t.upstream.url}\n${t.upstream.branch}`).join('\n'))
    .digest('hex')
    .slice(0, 16)
  return `stable-sync-upstream-${id}-`
}

/**
 * Restore the newest earlier save of the upstream cache, then drop every file stable-sync derived
 * in it (upstream/derived-files.ts): the save may come from a less trusted job, and a forged walk,
 * verdict or analysis would change a result. Done whether or not anything was restored: on a
 * self-hosted runner the tool cache may hold what another job left. The git side is checked by the
 * engine itself before use (upstream/cache-check.ts).
 */
export async function restoreUpstreamCache(
  dir: string,
  prefix: string,
  log: Logger
): Promise<string | undefined> {
  const hit = await restore(dir, prefix, log)
  const removed = forgetDerivedFiles(dir)
  if (removed.length)
    log.info(
      `Upstream cache: ${removed.length} derived file(s) from an earlier job removed (walks, verdicts, analyses: recomputed by this job)`
    )
  return hit
}

async function restore(dir: string, prefix: string, log: Logger): Promise<string | undefined> {
  if (!cache.isFeatureAvailable()) {
    log.info('Upstream cache: the Actions cache service is not available here; fetching upstream fresh')
    return undefined
  }
  try {
    const hit = await cache.restoreCache([dir], `${prefix}${runId()}`, [prefix])
    log.info(hit ? `Upstream cache: restored ${hit}` : 'Upstream cache: no earlier save; cold fetch')
    return hit
  } catch (e) {
    log.warning(`Upstream cache: restore failed (${(e as Error).message}); fetching upstream fresh`)
    return undefined
  }
}

export async function saveUpstreamCache(
  dir: string,
  prefix: string,
  restoredKey: string | undefined,
  log: Logger
): Promise<void> {
  if (!cache.isFeatureAvailable()) return
  const key = `${prefix}${runId()}`
  if (restoredKey === key) return
  // The next restore drops derived files anyway (see restoreUpstreamCache): they are not uploaded.
  forgetDerivedFiles(dir)
  try {
    await cache.saveCache([dir], key)
    log.info(`Upstream cache: saved ${key}`)
  } catch (e) {
    log.warning(`Upstream cache: save failed (${(e as Error).message}); the next run fetches more`)
  }
}

function runId(): string {
  return `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`
}
