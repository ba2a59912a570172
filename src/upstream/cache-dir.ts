import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * Where upstream clones are cached: the runner's tool cache in GitHub Actions (restorable with
 * @actions/cache), else $XDG_CACHE_HOME/stable-sync, else ~/.cache/stable-sync.
 */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  if (env.GITHUB_ACTIONS === 'true' && env.RUNNER_TOOL_CACHE)
    return join(env.RUNNER_TOOL_CACHE, 'stable-sync')
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'stable-sync')
  return join(env.HOME || homedir(), '.cache', 'stable-sync')
}
