import type { Report } from './report.js'

/** The few GitHub calls the report needs (src/github/report-host.ts implements them with Octokit). */
export interface ReportHost {
  listComments(issue: number): Promise<{ id: number; body: string; author?: string }[]>
  /** Whether a login is the bot's own account (src/github/identity.ts): only its comments are edited. */
  isBot(login: string | undefined): Promise<boolean>
  addComment(issue: number, body: string): Promise<{ id: number }>
  updateComment(id: number, body: string): Promise<void>
  setStatus(
    sha: string,
    status: { state: Report['state']; context: string; description: string; targetUrl?: string }
  ): Promise<void>
}

export interface PublishOptions {
  pr: number
  /** The PR head the builds ran on: gets the commit status. */
  headSha?: string
  /** Status context, e.g. `stable-sync/qemu`. */
  context: string
  targetUrl?: string
  report: Report
}

export interface PublishResult {
  comment: 'created' | 'updated' | 'unchanged'
  commentId: number
  status: boolean
}

/**
 * One sticky comment per track: the bot's comment whose body starts with the report's marker is edited
 * in place (and left alone when the text is the same), never duplicated; an outsider's comment that
 * starts with the marker is not the bot's (it could not be edited) and is ignored. The commit status
 * goes on the head sha the builds ran on.
 */
export async function publishReport(host: ReportHost, o: PublishOptions): Promise<PublishResult> {
  let existing: { id: number; body: string } | undefined
  for (const c of await host.listComments(o.pr)) {
    if (c.body.startsWith(o.report.marker) && (await host.isBot(c.author))) {
      existing = c
      break
    }
  }
  let comment: PublishResult['comment']
  let commentId: number
  if (!existing) {
    commentId = (await host.addComment(o.pr, o.report.markdown)).id
    comment = 'created'
  } else {
    commentId = existing.id
    comment = existing.body === o.report.markdown ? 'unchanged' : 'updated'
    if (comment === 'updated') await host.updateComment(existing.id, o.report.markdown)
  }
  if (o.headSha) {
    await host.setStatus(o.headSha, {
      state: o.report.state,
      context: o.context,
      description: o.report.description,
      ...(o.targetUrl ? { targetUrl: o.targetUrl } : {})
    })
  }
  return { comment, commentId, status: Boolean(o.headSha) }
}
