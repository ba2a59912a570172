import { createGitHubRepo, type GitHubRepo } from '../github/client.js'
import { apiTimeUnitMs, parseRepository } from '../github/repository.js'
import { InputError } from '../errors.js'
import type { CommandContext } from './command.js'

/**
 * The GitHub façade for a CLI command that writes or reads GitHub (report --post, release-gate): the
 * repository from --repository or GITHUB_REPOSITORY, the token from GITHUB_TOKEN (or GH_TOKEN), the
 * API from GITHUB_API_URL (the local server in tests), the waits scaled by STABLE_SYNC_TIME_UNIT_MS.
 * Kept out of command.ts so that commands without GitHub never load Octokit. `noToken` is the error
 * when no token is set: what it is for and where to put it.
 */
export function cliGitHubRepo(ctx: CommandContext, noToken: string): GitHubRepo {
  const given = ctx.values.repository as string | undefined
  const { owner, repo } = given
    ? parseRepository(given, '--repository')
    : parseRepository(ctx.env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY (or --repository)')
  const token = ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN
  if (!token) throw new InputError(noToken)
  return createGitHubRepo(
    { owner, repo },
    {
      token,
      log: ctx.log,
      ...(ctx.env.GITHUB_API_URL ? { baseUrl: ctx.env.GITHUB_API_URL } : {}),
      // Tests shrink the waits GitHub asks for (retry back-off, write spacing), as the actions do.
      timeUnitMs: apiTimeUnitMs(ctx.env)
    }
  )
}
