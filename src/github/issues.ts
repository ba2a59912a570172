import type { GitHubRepo } from './client.js'

/**
 * Issues (the freeze calendar's per-track tracking issue): found by a hidden marker in the body, so a
 * title edit by a maintainer does not make the bot open a second one.
 */
export interface IssueInfo {
  number: number
  url: string
  state: 'open' | 'closed'
  title: string
  body: string
  labels: string[]
}

interface IssueLike {
  number: number
  html_url: string
  state: string
  title: string
  body?: string | null
  labels: (string | { name?: string })[]
  pull_request?: unknown
}

function toInfo(i: IssueLike): IssueInfo {
  return {
    number: i.number,
    url: i.html_url,
    state: i.state === 'open' ? 'open' : 'closed',
    title: i.title,
    body: i.body ?? '',
    labels: i.labels.map(l => (typeof l === 'string' ? l : (l.name ?? '')))
  }
}

/** Issues (not pull requests) whose body contains `marker`, newest first. */
export async function findIssuesByMarker(
  gh: GitHubRepo,
  marker: string,
  state: 'open' | 'closed' | 'all' = 'open'
): Promise<IssueInfo[]> {
  const all = await gh.octokit.paginate(gh.octokit.rest.issues.listForRepo, {
    owner: gh.owner,
    repo: gh.repo,
    state,
    per_page: 100
  })
  return all
    .filter(i => !i.pull_request && (i.body ?? '').includes(marker))
    .map(toInfo)
    .sort((a, b) => b.number - a.number)
}

export async function createIssue(
  gh: GitHubRepo,
  title: string,
  body: string,
  labels: string[] = []
): Promise<IssueInfo> {
  const { data } = await gh.octokit.rest.issues.create({
    owner: gh.owner,
    repo: gh.repo,
    title,
    body,
    labels
  })
  return toInfo(data)
}

export async function updateIssue(
  gh: GitHubRepo,
  number: number,
  fields: { title?: string; body?: string; state?: 'open' | 'closed' }
): Promise<IssueInfo> {
  const { data } = await gh.octokit.rest.issues.update({
    owner: gh.owner,
    repo: gh.repo,
    issue_number: number,
    ...fields
  })
  return toInfo(data)
}
