import type { PlannedPatch } from '../engine/types.js'
import { codeLink, codeSpan, escapeText } from '../markdown.js'

/**
 * The frozen-mode tracking issue's body: a hidden marker naming the track (how the bot finds its
 * issue again, whatever the title becomes), the pending fixes as task-list checkboxes, and how to ask
 * for a freeze exception. Pure functions: render, and read back which boxes a maintainer ticked.
 */
export const FREEZE_EXCEPTION_LABEL = 'freeze-exception'
export const TRACKING_LABEL = 'stable-sync'

export function trackingMarker(track: string): string {
  return `<!-- stable-sync:tracking-issue track=${encodeURIComponent(track)} -->`
}

/** GitHub's limit on an issue body. */
const MAX_BODY = 65_536

export interface PendingFix {
  /** Full upstream sha (the first one the patch carries). */
  sha: string
  subject: string
  author: string
  /** Web link to the upstream commit, when the config gives a commit URL template. */
  url?: string
}

export function pendingFixes(patches: readonly PlannedPatch[], commitUrl?: string): PendingFix[] {
  return patches
    .filter(p => p.upstream.length > 0)
    .map(p => ({
      sha: p.upstream[0],
      subject: p.subject,
      author: p.author,
      ...(commitUrl ? { url: commitUrl.replace('{sha}', p.upstream[0]) } : {})
    }))
}

export interface TrackingIssueContext {
  track: string
  branch: string
  /** Pin and tip of the stable range the fixes come from. */
  range: { from: string; to: string }
  /** Why the track is frozen, e.g. "beta freeze since 2026-12-01". */
  reason: string
  /** The requested freeze exception, resolved by content: what it needs, or why it cannot be taken. */
  freezeException?: FreezeExceptionStatus
}

export interface FreezeExceptionStatus {
  /** Fixes added because a ticked one needs them to apply (src/engine/selection.ts). */
  added: { sha: string; subject: string; neededBy: string; why: string }[]
  /** Why the ticked fixes cannot be taken (no pull request is opened), when they cannot. */
  unresolved?: string
}

/** The tracking issue's freeze-exception section (empty when there is nothing to say). */
export function freezeExceptionSection(status: FreezeExceptionStatus | undefined): string[] {
  if (!status || (!status.added.length && !status.unresolved)) return []
  const added = status.added.map(
    a =>
      `- ${codeSpan(a.sha.slice(0, 12))} ${escapeText(a.subject)}: needed by ${codeSpan(a.neededBy.slice(0, 12))} (${escapeText(a.why)})`
  )
  return [
    '',
    '### Freeze exception',
    '',
    ...(status.unresolved
      ? [`**Cannot be taken as ticked; no pull request is opened:** ${escapeText(status.unresolved)}`, '']
      : []),
    ...(added.length ? ['Added because a ticked fix needs them to apply:', '', ...added] : [])
  ]
}

export function trackingTitle(track: string): string {
  return `stable-sync: fixes pending for a stable release update (${track})`
}

/** One task-list line; the full sha in a trailing HTML comment is what `checkedShas` reads back. */
function fixLine(f: PendingFix, checked: boolean): string {
  const commit = codeLink(f.sha.slice(0, 12), f.url)
  return `- [${checked ? 'x' : ' '}] ${commit} ${escapeText(f.subject)} (${escapeText(f.author)}) <!-- sha:${f.sha} -->`
}

export function renderTrackingBody(
  ctx: TrackingIssueContext,
  fixes: readonly PendingFix[],
  checked: ReadonlySet<string>
): string {
  const head = [
    trackingMarker(ctx.track),
    `The package is frozen (${escapeText(ctx.reason)}): stable-sync proposes no pull request for the track ` +
      `${codeSpan(ctx.track)}. These upstream fixes from ${codeSpan(ctx.branch)} ` +
      `(${codeSpan(`${ctx.range.from.slice(0, 12)}..${ctx.range.to.slice(0, 12)}`)}) are pending for a stable release update.`,
    '',
    `**Freeze exception:** tick the fixes you want and add the label \`${FREEZE_EXCEPTION_LABEL}\` to this issue; ` +
      'the next run opens a pull request with exactly those fixes (and the patches before them they need to apply).',
    '',
    `### Pending fixes (${fixes.length})`,
    ''
  ]
  const foot = [
    ...freezeExceptionSection(ctx.freezeException),
    '',
    'This issue is updated in place by stable-sync and closed when nothing is pending.'
  ]
  const lines: string[] = []
  let size = [...head, ...foot].join('\n').length
  for (const [i, f] of fixes.entries()) {
    const line = fixLine(f, checked.has(f.sha))
    if (size + line.length + 200 > MAX_BODY) {
      lines.push(`- … and ${fixes.length - i} more (see \`stable-sync plan\`)`)
      break
    }
    lines.push(line)
    size += line.length + 1
  }
  return [...head, ...lines, ...foot].join('\n')
}

/** Full shas whose box is ticked (`- [x]` or `- [X]`) in a tracking issue body. */
export function checkedShas(body: string | null | undefined): Set<string> {
  const shas = new Set<string>()
  for (const m of (body ?? '').matchAll(/^\s*[-*] \[[xX]\] .*<!-- sha:([0-9a-f]{40}) -->\s*$/gm))
    shas.add(m[1])
  return shas
}
