import type { GitHubRepo } from './client.js'

/**
 * Whose marker comments and issues the bot may trust as its own. On a public repository anyone can
 * write a comment or issue that contains the bot's hidden marker; only the bot's own account counts.
 *
 * - A personal access token (or any user token): `GET /user` names the account, and only it is trusted.
 * - An installation token (the workflow's GITHUB_TOKEN, or a GitHub App's token): `GET /user` is
 *   refused, and the author shows as `github-actions[bot]` or `<app-slug>[bot]`. Then any `[bot]`
 *   account is trusted: a GitHub account name cannot contain `[`, and an App can only write to a
 *   repository whose admins installed it, so no outsider can author as one.
 */
export type AuthorCheck = (login: string | undefined) => boolean

const cache = new WeakMap<GitHubRepo, Promise<AuthorCheck>>()

export function botAuthor(gh: GitHubRepo): Promise<AuthorCheck> {
  let found = cache.get(gh)
  if (!found) {
    found = learnBotAuthor(gh)
    cache.set(gh, found)
  }
  return found
}

async function learnBotAuthor(gh: GitHubRepo): Promise<AuthorCheck> {
  try {
    const { data } = await gh.octokit.rest.users.getAuthenticated()
    gh.log.debug(`marker comments and issues are trusted when written by ${data.login}`)
    return login => login === data.login
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status !== 401 && status !== 403 && status !== 404) throw e
    gh.log.debug(
      'installation token (GET /user refused): marker comments and issues trusted from [bot] accounts'
    )
    return login => login !== undefined && login.endsWith('[bot]')
  }
}
