import type { GitHubRepo } from './client.js'

/** A user's role on the repository: `permission` is the legacy base role (admin, write, read, none). */
export interface RepoPermission {
  permission: string
  roleName: string
}

/**
 * GET /repos/{owner}/{repo}/collaborators/{username}/permission. Undefined when GitHub knows no
 * such user (404). Needs only the metadata read permission every workflow token has.
 */
export async function repoPermission(gh: GitHubRepo, username: string): Promise<RepoPermission | undefined> {
  try {
    const { data } = await gh.octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: gh.owner,
      repo: gh.repo,
      username
    })
    return { permission: data.permission, roleName: data.role_name }
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined
    throw e
  }
}
