import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
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
  /** Milliseconds per unit of the plugins' back-off (retry: n² units; rate limits: retry-after seconds). */
  retryUnitMs?: number
  retries?: number
}

/** How many times a rate-limited request is retried before the run fails. */
const RATE_LIMIT_RETRIES = 3

export function createOctokit(options: ClientOptions): Octokit {
  const { log } = options
  const unit = options.retryUnitMs ?? 1000
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
