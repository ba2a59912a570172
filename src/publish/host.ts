/**
 * What the publish core needs from the code host, as a port: src/github implements it with Octokit,
 * so the branch/PR algorithm stays free of @actions/* and can be reasoned about on its own.
 */
export interface PullInfo {
  number: number
  url: string
  state: 'open' | 'closed'
  merged: boolean
  title: string
  body: string
  draft: boolean
  /** The login that opened the PR (the bot, for its own PRs); comments it wrote are the bot's. */
  author?: string
}

export interface CommentInfo {
  id: number
  body: string
  /** The comment's author login: a marker in an outsider's comment is not the bot's. */
  author?: string
}

export interface NewPull {
  head: string
  base: string
  title: string
  body: string
  draft: boolean
}

export interface PullRequestHost {
  /** The open PR from `head` into `base`, if any. */
  openPull(head: string, base: string): Promise<PullInfo | undefined>
  /** Closed PRs from `head` into `base`, newest first. */
  closedPulls(head: string, base: string): Promise<PullInfo[]>
  /** Create the PR; when GitHub says one already exists (a retried or raced create), find and update it. */
  createOrFindPull(pull: NewPull): Promise<{ pull: PullInfo; created: boolean }>
  updatePull(
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' }
  ): Promise<PullInfo>
  comments(issue: number): Promise<CommentInfo[]>
  comment(issue: number, body: string): Promise<void>
  addLabels(issue: number, labels: string[]): Promise<void>
  requestReviewers(pull: number, reviewers: string[], teamReviewers: string[]): Promise<void>
  /**
   * Whether a login is the bot's own account (src/github/identity.ts): only ticks in the bot's own PR
   * decline a fix. Without it, no tick is trusted.
   */
  isBot?(login: string | undefined): Promise<boolean>
}
