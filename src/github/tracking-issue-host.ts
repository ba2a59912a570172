import type { MilestoneInfo } from '../calendar/resolve.js'
import type { TrackedIssue, TrackingIssueApi } from '../publish/tracking-issue.js'
import type { GitHubRepo } from './client.js'
import { botAuthor } from './identity.js'

/**
 * The GitHub side of the freeze calendar: the tracking issue's calls (TrackingIssueApi over the
 * Octokit) and the repository's milestones (calendar dates by title).
 */
interface IssueLike {
  number: number
  title: string
  body?: string | null
  state: string
  html_url: string
  labels: (string | { name?: string })[]
  pull_request?: unknown
  user?: { login: string } | null
}

function toIssue(i: IssueLike): TrackedIssue {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? null,
    state: i.state === 'open' ? 'open' : 'closed',
    labels: i.labels.map(l => (typeof l === 'string' ? l : (l.name ?? ''))),
    url: i.html_url,
    ...(i.pull_request ? { isPullRequest: true } : {}),
    ...(i.user ? { author: i.user.login } : {})
  }
}

export function trackingIssueApi(gh: GitHubRepo): TrackingIssueApi {
  const repo = { owner: gh.owner, repo: gh.repo }
  return {
    async listIssues({ labels, limit }) {
      const found: TrackedIssue[] = []
      const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listForRepo, {
        ...repo,
        state: 'all',
        ...(labels?.length ? { labels: labels.join(',') } : {}),
        sort: 'created',
        direction: 'desc',
        per_page: 100
      })
      for await (const { data } of pages) {
        found.push(...data.map(toIssue))
        if (found.length >= limit) break
      }
      return found.slice(0, limit)
    },
    async createIssue({ title, body, labels }) {
      const { data } = await gh.octokit.rest.issues.create({ ...repo, title, body, labels })
      return toIssue(data)
    },
    async updateIssue(number, change) {
      const { data } = await gh.octokit.rest.issues.update({
        ...repo,
        issue_number: number,
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.body !== undefined ? { body: change.body } : {}),
        ...(change.state ? { state: change.state } : {}),
        ...(change.stateReason ? { state_reason: change.stateReason } : {})
      })
      return toIssue(data)
    },
    async addComment(number, body) {
      await gh.octokit.rest.issues.createComment({ ...repo, issue_number: number, body })
    },
    isBot: async login => (await botAuthor(gh))(login)
  }
}

/** Every milestone of the repository (open and closed), for the calendar's milestone lookup. */
export async function listMilestones(gh: GitHubRepo): Promise<MilestoneInfo[]> {
  const list = await gh.octokit.paginate(gh.octokit.rest.issues.listMilestones, {
    owner: gh.owner,
    repo: gh.repo,
    state: 'all',
    per_page: 100
  })
  return list.map(m => ({
    title: m.title,
    dueOn: m.due_on ?? null,
    state: m.state === 'closed' ? 'closed' : 'open',
    url: m.html_url
  }))
}
