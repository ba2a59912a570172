import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * Where the KVM track caches module builds: `<stable-sync cache>/kvm`, with the same rule as the
 * upstream clone cache (the runner's tool cache in Actions, else $XDG_CACHE_HOME or ~/.cache).
 */
export function kvmCacheDir(env: Record<string, string | undefined>): string {
  const base = env.RUNNER_TOOL_CACHE
    ? join(env.RUNNER_TOOL_CACHE, 'stable-sync')
    : join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'stable-sync')
  return join(base, 'kvm')
}
