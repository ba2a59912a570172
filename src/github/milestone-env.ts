import { milestoneLookupFrom, type MilestoneInfo, type MilestoneLookup } from '../calendar/resolve.js'
import type { Logger } from '../log.js'
import { parseRepository } from './repository.js'
import { listMilestones } from './tracking-issue-host.js'

/**
 * Milestone dates for the CLI (`status`, `plan`, `apply`): read through the façade when GITHUB_TOKEN
 * (or GH_TOKEN) and GITHUB_REPOSITORY are set, once per run and only when a calendar names a
 * milestone. Undefined without them: the calendar then says how to give dates instead.
 * The GitHub client is imported only then, so `plan`/`apply` without milestones do not load Octokit.
 */
export function milestoneLookupFromEnv(
  env: Record<string, string | undefined>,
  log: Logger
): MilestoneLookup | undefined {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN
  if (!token || !env.GITHUB_REPOSITORY) return undefined
  let list: Promise<MilestoneInfo[]> | undefined
  return async title => {
    // Parsed when a milestone is first needed: a malformed value is an error only for a run that uses it.
    const { owner, repo } = parseRepository(env.GITHUB_REPOSITORY)
    list ??= import('./client.js').then(({ createGitHubRepo }) =>
      listMilestones(
        createGitHubRepo(
          { owner, repo },
          { token, log, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}) }
        )
      )
    )
    return milestoneLookupFrom(await list)(title)
  }
}
