import type { DeclinedCommit } from '../config/types.js'
import type { PlannedPatch } from '../engine/types.js'
import { codeSpan, escapeText } from '../markdown.js'

/**
 * The review path for declining one fix: every patch of the bot's pull request has a "leave out"
 * task-list box; the next run reads the boxes a maintainer ticked (only in the bot's own PR), drops
 * those patches and records the decline in the configuration file on the bot branch
 * (src/config/declines-write.ts), where it is reviewed and merged with the rest.
 */

const marker = (sha: string): string => `<!-- stable-sync:leave-out ${sha} -->`

/** The PR body's "leave out" boxes, one per patch (keyed by the first upstream commit it carries). */
export function leaveOutSection(patches: readonly PlannedPatch[], limit: number): string[] {
  if (!patches.length) return []
  const rows = patches
    .slice(0, limit)
    .filter(p => p.upstream.length > 0)
    .map(
      p =>
        `- [ ] leave out ${codeSpan(p.upstream[0].slice(0, 12))} ${escapeText(p.subject)} ${marker(p.upstream[0])}`
    )
  return [
    '<details><summary>Leave out a fix</summary>',
    '',
    'Tick a fix to decline it: the next run drops its patch and records the decline in ' +
      '`exclude.commits` of the configuration file on this branch, so it is never proposed again.',
    '',
    ...rows,
    '',
    '</details>',
    ''
  ]
}

/** Full shas whose "leave out" box is ticked in a PR body, in body order. */
export function tickedLeaveOuts(body: string | null | undefined): string[] {
  const shas: string[] = []
  for (const m of (body ?? '').matchAll(
    /^\s*[-*] \[[xX]\] .*<!-- stable-sync:leave-out ([0-9a-f]{40}) -->\s*$/gm
  ))
    if (!shas.includes(m[1])) shas.push(m[1])
  return shas
}

/** The decline a ticked box records. GitHub does not say who edited a PR body: the PR is named instead. */
export function reviewDecline(sha: string, pull: number, subject?: string): DeclinedCommit {
  return {
    sha,
    ...(subject !== undefined ? { subject } : {}),
    reason: 'left out in review',
    by: `a maintainer via PR #${pull}`
  }
}

/** The PR body's list of declines this branch records (they take effect when it is merged). */
export function declinedSection(declines: readonly DeclinedCommit[]): string[] {
  if (!declines.length) return []
  return [
    '### Declined in review',
    '',
    'Recorded in `exclude.commits` of the configuration file by this pull request; never proposed again:',
    '',
    ...declines.map(
      d =>
        `- ${codeSpan(d.sha.slice(0, 12))}${d.subject ? ` ${escapeText(d.subject)}` : ''}: ${escapeText(d.reason)}` +
        `${d.by ? ` (${escapeText(d.by)})` : ''}`
    ),
    ''
  ]
}
