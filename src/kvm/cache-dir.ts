import { join } from 'node:path'
import { defaultCacheDir } from '../upstream/cache-dir.js'

/**
 * Where the KVM track caches module builds. In GitHub Actions: the job's own RUNNER_TEMP (emptied
 * by the runner before each job), never the tool cache a self-hosted runner keeps between jobs —
 * the cached modules decide a boot verdict, so a later job must not reuse what an earlier job (which
 * ran proposed code) left there. Elsewhere `<stable-sync cache>/kvm`, beside the upstream clones.
 */
export function kvmCacheDir(env: Record<string, string | undefined>): string {
  if (env.GITHUB_ACTIONS === 'true' && env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'stable-sync-kvm')
  return join(defaultCacheDir(env), 'kvm')
}
