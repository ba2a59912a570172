/**
 * The server's memory: what a small GitHub repository knows besides its git refs (those live in the
 * bare repo used as `origin`). Issues and pull requests share one number sequence, as on GitHub.
 */
export interface PullState {
  number: number
  id: number
  title: string
  body: string | null
  head: string
  base: string
  /** Head sha remembered when the branch goes away (GitHub keeps showing it). */
  headSha: string
  state: 'open' | 'closed'
  merged: boolean
  draft: boolean
  user: string
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

export interface IssueState {
  number: number
  id: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | null
  user: string
  labels: string[]
  assignees: string[]
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

export interface CommentState {
  id: number
  issue: number
  body: string
  user: string
  createdAt: string
  updatedAt: string
}

export interface AssetState {
  id: number
  name: string
  label: string | null
  contentType: string
  data: Buffer
}

export interface ReleaseState {
  id: number
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  createdAt: string
  assets: AssetState[]
}

export interface MilestoneState {
  number: number
  title: string
  state: 'open' | 'closed'
  dueOn: string | null
}

export interface StatusState {
  id: number
  sha: string
  state: 'error' | 'failure' | 'pending' | 'success'
  context: string
  description: string | null
  targetUrl: string | null
}

export interface CheckRunState {
  id: number
  name: string
  headSha: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion: string | null
  title: string | null
  summary: string | null
  text: string | null
  detailsUrl: string | null
}

/** A repository role, as GitHub names them (role_name); custom roles are not modelled. */
export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read'

export class RepoState {
  /** Collaborators by login; anyone else reads this public repository (role 'read'). */
  collaborators = new Map<string, RepoRole>()
  pulls = new Map<number, PullState>()
  issues = new Map<number, IssueState>()
  comments: CommentState[] = []
  releases: ReleaseState[] = []
  milestones: MilestoneState[] = []
  statuses: StatusState[] = []
  checkRuns: CheckRunState[] = []
  /** Display names of users (GET /users/{username}); a login not listed has none (null). */
  userNames = new Map<string, string>()
  private nextNumber = 1
  private nextId = 1000
  private tick = 0

  number(): number {
    return this.nextNumber++
  }

  id(): number {
    return this.nextId++
  }

  /** A clock that moves one second per write, so created/updated times are ordered and deterministic. */
  now(): string {
    this.tick++
    return new Date(Date.UTC(2026, 10, 25, 12, 0, this.tick)).toISOString().replace('.000Z', 'Z')
  }

  commentsOn(issue: number): CommentState[] {
    return this.comments.filter(c => c.issue === issue)
  }
}
