import type { Logger } from '../log.js'
import { escapeText } from '../markdown.js'
import {
  checkedShas,
  FREEZE_EXCEPTION_LABEL,
  renderTrackingBody,
  TRACKING_LABEL,
  trackingMarker,
  trackingTitle,
  type PendingFix,
  type TrackingIssueContext
} from './tracking-issue-body.js'

/** The issue fields the tracking issue needs (a subset of GitHub's issue object). */
export interface TrackedIssue {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  labels: string[]
  url: string
  isPullRequest?: boolean
  /** The login that opened it: only the bot's own issue is the tracking issue. */
  author?: string
}

/**
 * The GitHub calls the tracking issue makes. The action passes an adapter over the Octokit façade
 * (src/github); tests can pass the same adapter against the local GitHub server.
 */
export interface TrackingIssueApi {
  /** Issues (state all) carrying every one of `labels`, newest first, at most `limit`. */
  listIssues(query: { labels?: string[]; limit: number }): Promise<TrackedIssue[]>
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<TrackedIssue>
  updateIssue(
    number: number,
    change: { title?: string; body?: string; state?: 'open' | 'closed'; stateReason?: 'completed' }
  ): Promise<TrackedIssue>
  addComment(number: number, body: string): Promise<void>
  /** Whether a login is the bot's own account (src/github/identity.ts). */
  isBot(login: string | undefined): Promise<boolean>
}

export interface TrackingIssueInput extends TrackingIssueContext {
  /** The fixes the engine would propose now (frozen mode's `pending`). */
  fixes: PendingFix[]
  dryRun?: boolean
}

export interface TrackingIssueResult {
  operation: 'created' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'none'
  number?: number
  url?: string
  /** A maintainer asked for a pull request of these fixes (label + ticked boxes), still pending. */
  freezeException?: { shas: string[] }
}

/**
 * Find the track's tracking issue: the marker in the body of an issue the bot itself opened is the
 * authority (anyone can open an issue with the marker — and ticked boxes — on a public repository;
 * such an issue must never drive a freeze exception). The label narrows the search; without a hit, a
 * bounded scan of recent issues catches an issue whose label was removed, so the bot never opens a
 * second one.
 */
async function findIssue(
  api: TrackingIssueApi,
  track: string,
  deep: boolean
): Promise<TrackedIssue | undefined> {
  const marker = trackingMarker(track)
  const mine = async (list: TrackedIssue[]): Promise<TrackedIssue | undefined> => {
    const found: TrackedIssue[] = []
    for (const i of list)
      if (!i.isPullRequest && (i.body ?? '').includes(marker) && (await api.isBot(i.author))) found.push(i)
    return found.sort((a, b) => (a.state === 'open' ? -1 : 1) - (b.state === 'open' ? -1 : 1))[0]
  }
  const labelled = await mine(await api.listIssues({ labels: [TRACKING_LABEL], limit: 100 }))
  if (labelled || !deep) return labelled
  return await mine(await api.listIssues({ limit: 300 }))
}

/**
 * Frozen mode's one issue per track, updated in place: created when fixes are pending, its body
 * rewritten when they change (ticked boxes survive), reopened when fixes come back, closed with a
 * comment when nothing is pending. A run that changes nothing makes no write call.
 */
export async function syncTrackingIssue(
  api: TrackingIssueApi,
  input: TrackingIssueInput,
  log: Logger
): Promise<TrackingIssueResult> {
  const pending = input.fixes.length > 0
  const issue = await findIssue(api, input.track, pending)
  const write = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    log.info(`${input.track}: ${input.dryRun ? 'would ' : ''}${what}`)
    return input.dryRun ? undefined : fn()
  }
  if (!pending) {
    if (!issue || issue.state === 'closed')
      return { operation: 'none', ...(issue ? { number: issue.number, url: issue.url } : {}) }
    await write(`close tracking issue #${issue.number}: nothing pending`, async () => {
      await api.addComment(
        issue.number,
        'Nothing is pending upstream any more for this track; closing. stable-sync reopens this issue when new fixes arrive.'
      )
      await api.updateIssue(issue.number, { state: 'closed', stateReason: 'completed' })
    })
    return { operation: 'closed', number: issue.number, url: issue.url }
  }
  const checked = checkedShas(issue?.body)
  const body = renderTrackingBody(input, input.fixes, checked)
  const title = trackingTitle(input.track)
  if (!issue) {
    const created = await write('create tracking issue', () =>
      api.createIssue({ title, body, labels: [TRACKING_LABEL] })
    )
    return { operation: 'created', number: created?.number, url: created?.url }
  }
  const result: TrackingIssueResult = { operation: 'unchanged', number: issue.number, url: issue.url }
  if (issue.state === 'closed') {
    await write(`reopen tracking issue #${issue.number}`, () =>
      api.updateIssue(issue.number, { state: 'open', body, title })
    )
    result.operation = 'reopened'
  } else if (issue.body !== body || issue.title !== title) {
    await write(`update tracking issue #${issue.number}`, () =>
      api.updateIssue(issue.number, { body, title })
    )
    result.operation = 'updated'
  }
  // A freeze exception that cannot be taken is said once in a comment too (a notification), and
  // again only when the reason changes.
  const unresolved = input.freezeException?.unresolved
  if (unresolved && !(issue.body ?? '').includes(escapeText(unresolved))) {
    await write(`comment on tracking issue #${issue.number}: the freeze exception cannot be taken`, () =>
      api.addComment(
        issue.number,
        `**stable-sync cannot take the ticked fixes as a freeze exception**, and opens no pull request: ${escapeText(unresolved)}\n\nTick other fixes (or the fixes they need), or backport by hand.`
      )
    )
  }
  if (issue.state === 'open' && issue.labels.includes(FREEZE_EXCEPTION_LABEL)) {
    const pendingShas = new Set(input.fixes.map(f => f.sha))
    const shas = [...checked].filter(s => pendingShas.has(s))
    // Upstream order, as the series must be.
    shas.sort((a, b) => input.fixes.findIndex(f => f.sha === a) - input.fixes.findIndex(f => f.sha === b))
    if (shas.length) result.freezeException = { shas }
  }
  return result
}

/**
 * What a maintainer asked for on the track's tracking issue before this run: the ticked fixes when
 * the issue is open and carries the `freeze-exception` label, else nothing. Read before the engine
 * runs, so the same run can open the exception's pull request (runWithCalendar's freezeException).
 */
export async function freezeExceptionRequest(api: TrackingIssueApi, track: string): Promise<string[]> {
  const issue = await findIssue(api, track, false)
  if (!issue || issue.state !== 'open' || !issue.labels.includes(FREEZE_EXCEPTION_LABEL)) return []
  return [...checkedShas(issue.body)]
}
