import type { ReportHost } from '../build/report-publish.js'
import type { GitHubRepo } from './client.js'
import { botAuthor } from './identity.js'
import { addComment, listComments, updateComment } from './pulls.js'

/** The workflow report's GitHub calls: PR comments (issues API) and commit statuses. */
export function reportApi(gh: GitHubRepo): ReportHost {
  return {
    listComments: issue => listComments(gh, issue),
    isBot: async login => (await botAuthor(gh))(login),
    addComment: (issue, body) => addComment(gh, issue, body),
    updateComment: (id, body) => updateComment(gh, id, body),
    async setStatus(sha, s) {
      await gh.octokit.rest.repos.createCommitStatus({
        owner: gh.owner,
        repo: gh.repo,
        sha,
        state: s.state,
        context: s.context,
        description: s.description,
        ...(s.targetUrl ? { target_url: s.targetUrl } : {})
      })
    }
  }
}
