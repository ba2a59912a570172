import * as core from '@actions/core'
import { escapeHtmlText } from '../markdown.js'
import type { PublishResult } from '../publish/sync-track.js'

/** One job-summary table row per track: what happened to its pull request and why. */
export async function writeSummary(results: readonly TrackResultRow[], dryRun: boolean): Promise<void> {
  const rows = results.map(r => [
    r.track,
    r.error ? 'failed' : r.operation + (dryRun ? ' (dry run)' : ''),
    r.pullRequest ? `<a href="${encodeURI(r.pullRequest.url)}">#${r.pullRequest.number}</a>` : '',
    String(r.patches),
    r.headSha ? `<code>${r.headSha.slice(0, 12)}</code>` : '',
    escapeHtmlText(r.error ?? r.reason)
  ])
  await core.summary
    .addHeading('stable-sync', 2)
    .addTable([
      [
        { data: 'Track', header: true },
        { data: 'Operation', header: true },
        { data: 'Pull request', header: true },
        { data: 'Patches', header: true },
        { data: 'Head', header: true },
        { data: 'Note', header: true }
      ],
      ...rows
    ])
    .write()
}

export type TrackResultRow = PublishResult & { error?: string }
