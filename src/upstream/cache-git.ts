import { createGit, type Git } from '../git/gateway.js'

/**
 * The environment of every git call on an upstream cache. A cache can be restored from another
 * job (a less trusted one, or another machine), so nothing in it or around it may run code or
 * change what git reads: no system or global config (a user's `log.*` or `fetch.*` settings must not
 * change a result either), no hooks, no fsmonitor, no replace refs. The clone's own config is
 * checked against what stable-sync writes (see cache-check.ts) before git reads it.
 */
export const CACHE_GIT_ENV: Readonly<Record<string, string>> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_NO_REPLACE_OBJECTS: '1',
  // Config from the environment outranks the repository's own (git ≥ 2.31).
  GIT_CONFIG_COUNT: '3',
  GIT_CONFIG_KEY_0: 'core.hooksPath',
  GIT_CONFIG_VALUE_0: '/dev/null',
  GIT_CONFIG_KEY_1: 'core.fsmonitor',
  GIT_CONFIG_VALUE_1: 'false',
  GIT_CONFIG_KEY_2: 'protocol.ext.allow',
  GIT_CONFIG_VALUE_2: 'never'
}

/** The git gateway for an upstream cache repository, with the clean environment above. */
export function cacheGit(dir: string, env: Record<string, string | undefined> = {}): Git {
  return createGit(dir, { ...env, ...CACHE_GIT_ENV })
}

/** The config file of a cache repository, exactly as stable-sync writes it. */
export const CACHE_CONFIG =
  '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n[gc]\n\tauto = 0\n'
