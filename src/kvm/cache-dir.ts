import { join } from 'node:path'
import { defaultCacheDir } from '../upstream/cache-dir.js'

/**
 * Where the KVM track caches module builds: `<stable-sync cache>/kvm`, beside the upstream clones
 * (the runner's tool cache in Actions, else $XDG_CACHE_HOME or ~/.cache).
 */
export function kvmCacheDir(env: Record<string, string | undefined>): string {
  return join(defaultCacheDir(env), 'kvm')
}
