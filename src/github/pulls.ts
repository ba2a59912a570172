import type { CommentInfo, NewPull, PullInfo, PullRequestHost } from '../publish/host.js'
import type { GitHubRepo } from './client.js'
import { isPullAlreadyExists } from './errors.js'
import { botAuthor } from './identity.js'

/**
 * Pull requests, comments, labels and reviewers: small typed functions over the Octokit, and the
 * PullRequestHost the publish core uses.
 */
interface PullLike {
  number: number
  html_url: string
  state: string
  merged_at: string | null
  title: string
  body: string | null
  draft?: boolean
  user?: { login: string } | null
}

function toInfo(p: PullLike): PullInfo {
  return {
    number: p.number,
    url: p.html_url,
    state: p.state === 'open' ? 'open' : 'closed',
    merged: p.merged_at !== null,
    title: p.title,
    body: p.body ?? '',
    draft: p.draft ?? false,
    ...(p.user ? { author: p.user.login } : {})
  }
}

export async function listPulls(
  gh: GitHubRepo,
  head: string,
  base: string,
  state: 'open' | 'closed' | 'all'
): Promise<PullInfo[]> {
  const pulls = await gh.octokit.paginate(gh.octokit.rest.pulls.list, {
    owner: gh.owner,
    repo: gh.repo,
    head: `${gh.owner}:${head}`,
    base,
    state,
    per_page: 100
  })
  return pulls.map(toInfo).sort((a, b) => b.number - a.number)
}

export async function findOpenPull(
  gh: GitHubRepo,
  head: string,
  base: string
): Promise<PullInfo | undefined> {
  return (await listPulls(gh, head, base, 'open'))[0]
}

export async function updatePull(
  gh: GitHubRepo,
  number: number,
  fields: { title?: string; body?: string; state?: 'open' | 'closed' }
): Promise<PullInfo> {
  const { data } = await gh.octokit.rest.pulls.update({
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number,
    ...fields
  })
  return toInfo(data)
}

/**
 * Create the PR. A create whose response was lost (502 after the write, a reset connection) is retried
 * by the retry plugin and then meets GitHub's 422 "already exists": find that PR and bring its title and
 * body up to date, so a crash between calls never yields two PRs.
 */
export async function createOrFindPull(
  gh: GitHubRepo,
  p: NewPull
): Promise<{ pull: PullInfo; created: boolean }> {
  try {
    const { data } = await gh.octokit.rest.pulls.create({
      owner: gh.owner,
      repo: gh.repo,
      head: p.head,
      base: p.base,
      title: p.title,
      body: p.body,
      draft: p.draft
    })
    return { pull: toInfo(data), created: true }
  } catch (e) {
    if (!isPullAlreadyExists(e)) throw e
    const existing = await findOpenPull(gh, p.head, p.base)
    if (!existing) throw e
    gh.log.info(`pull request #${existing.number} already exists for ${p.head}; updating it`)
    if (existing.title === p.title && existing.body === p.body) return { pull: existing, created: false }
    return { pull: await updatePull(gh, existing.number, { title: p.title, body: p.body }), created: false }
  }
}

export async function listComments(gh: GitHubRepo, issue: number): Promise<CommentInfo[]> {
  const comments = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issue,
    per_page: 100
  })
  return comments.map(c => ({ id: c.id, body: c.body ?? '', ...(c.user ? { author: c.user.login } : {}) }))
}

export async function addComment(gh: GitHubRepo, issue: number, body: string): Promise<CommentInfo> {
  const { data } = await gh.octokit.rest.issues.createComment({
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issue,
    body
  })
  return { id: data.id, body: data.body ?? '' }
}

export async function updateComment(gh: GitHubRepo, id: number, body: string): Promise<void> {
  await gh.octokit.rest.issues.updateComment({ owner: gh.owner, repo: gh.repo, comment_id: id, body })
}

export async function addLabels(gh: GitHubRepo, issue: number, labels: string[]): Promise<void> {
  await gh.octokit.rest.issues.addLabels({ owner: gh.owner, repo: gh.repo, issue_number: issue, labels })
}

export async function requestReviewers(
  gh: GitHubRepo,
  pull: number,
  reviewers: string[],
  teamReviewers: string[]
): Promise<void> {
  await gh.octokit.rest.pulls.requestReviewers({
    owner: gh.owner,
    repo: gh.repo,
    pull_number: pull,
    reviewers,
    team_reviewers: teamReviewers
  })
}

/** The PullRequestHost port of the publish core, backed by GitHub. */
export function pullRequestHost(gh: GitHubRepo): PullRequestHost {
  return {
    openPull: (head, base) => findOpenPull(gh, head, base),
    closedPulls: (head, base) => listPulls(gh, head, base, 'closed'),
    createOrFindPull: p => createOrFindPull(gh, p),
    updatePull: (n, f) => updatePull(gh, n, f),
    comments: n => listComments(gh, n),
    comment: async (n, body) => void (await addComment(gh, n, body)),
    addLabels: (n, l) => addLabels(gh, n, l),
    requestReviewers: (n, r, t) => requestReviewers(gh, n, r, t),
    isBot: async login => (await botAuthor(gh))(login)
  }
}
