import type { GitHubRepo } from './client.js'
import { isStatus } from './errors.js'

/** Delete a ref through the API (`heads/<branch>` or `tags/<tag>`); false when it was already gone. */
export async function deleteRef(gh: GitHubRepo, ref: string): Promise<boolean> {
  try {
    await gh.octokit.rest.git.deleteRef({ owner: gh.owner, repo: gh.repo, ref })
    return true
  } catch (e) {
    if (isStatus(e, 422) || isStatus(e, 404)) return false
    throw e
  }
}

/** The sha a ref points at, or undefined. */
export async function getRefSha(gh: GitHubRepo, ref: string): Promise<string | undefined> {
  try {
    const { data } = await gh.octokit.rest.git.getRef({ owner: gh.owner, repo: gh.repo, ref })
    return data.object.sha
  } catch (e) {
    if (isStatus(e, 404)) return undefined
    throw e
  }
}
