import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import type { Logger } from '../log.js'

/**
 * The one Octokit of stable-sync: @actions/github's (base URL from GITHUB_API_URL, proxy support)
 * with the retry plugin (5xx and lost connections are retried) and the throttling plugin (primary and
 * secondary rate limits wait for `retry-after`, as GitHub asks). Nothing else builds an Octokit.
 */
export type Octokit = ReturnType<typeof getOctokit>

export interface RepoRef {
  owner: string
  repo: string
}

export interface GitHubRepo extends RepoRef {
  octokit: Octokit
  log: Logger
}

export interface ClientOptions {
  token: string
  log: Logger
  /** API base URL; default GITHUB_API_URL (then https://api.github.com). */
  baseUrl?: string
  /**
   * Milliseconds per second of every wait the plugins make (retry back-off n², `retry-after`, and the
   * spacing GitHub asks for between writes: 1 s, 3 s before notifying ones). 1000 in real runs.
   */
  timeUnitMs?: number
  retries?: number
}

/** How many times a rate-limited request is retried before the run fails. */
const RATE_LIMIT_RETRIES = 3

export function createOctokit(options: ClientOptions): Octokit {
  const { log } = options
  const unit = options.timeUnitMs ?? 1000
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      log: {
        debug: m => log.debug(m),
        info: m => log.debug(m),
        warn: m => log.warning(m),
        error: m => log.error(m)
      },
      retry: { retryAfterBaseValue: unit, retries: options.retries ?? 3 },
      throttle: {
        retryAfterBaseValue: unit,
        // GitHub's guidance, as the plugin's own defaults (1 s between writes, 3 s between writes that
        // notify), but on our time unit so tests are not slowed by real-world spacing.
        write: spacedGroup(unit),
        notifications: spacedGroup(3 * unit),
        onRateLimit: (
          retryAfter: number,
          opts: { method: string; url: string },
          _o: unknown,
          retryCount: number
        ) => {
          log.warning(`GitHub rate limit on ${opts.method} ${opts.url}; retrying after ${retryAfter}s`)
          return retryCount < RATE_LIMIT_RETRIES
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          opts: { method: string; url: string },
          _o: unknown,
          retryCount: number
        ) => {
          log.warning(
            `GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying after ${retryAfter}s`
          )
          return retryCount < RATE_LIMIT_RETRIES
        }
      }
    },
    retry,
    throttling
  )
}

export function createGitHubRepo(repo: RepoRef, options: ClientOptions): GitHubRepo {
  return { ...repo, octokit: createOctokit(options), log: options.log }
}

/**
 * A stand-in for the plugin's Bottleneck groups (`group.key(id).schedule(opts, fn, ...args)`): runs
 * jobs one at a time, at least `minTimeMs` apart.
 */
function spacedGroup(minTimeMs: number): ThrottlingOptions['write'] {
  let last = 0
  let queue: Promise<void> = Promise.resolve()
  const limiter = {
    schedule<T>(_opts: unknown, fn: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
      const turn = queue.then(async () => {
        const wait = last + minTimeMs - Date.now()
        if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
        last = Date.now()
      })
      queue = turn.catch(() => undefined)
      return turn.then(() => fn(...args))
    }
  }
  return { key: () => limiter } as unknown as ThrottlingOptions['write']
}
