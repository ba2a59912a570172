import type { CalendarTrackResult } from '../calendar/policy.js'
import type { DeclinedCommit, TrackConfig } from '../config/types.js'
import type { PlannedPatch, Problem, SkippedCommit, TrackResult } from '../engine/types.js'
import { codeLink, codeSpan, escapeText, neutralizePlainText } from '../markdown.js'
import { declinedSection, leaveOutSection } from './declines.js'
import { patchSetHash, renderMarker } from './marker.js'
import { moveTitle, renderMoveSections } from './move-body.js'

/**
 * The pull request a maintainer reviews in a minute: patches with upstream links, what needs a human,
 * the verification, the stable range, and (collapsed) what was skipped and why. Deterministic: the
 * same TrackResult always renders the same body, so an idle run compares equal and writes nothing.
 */
export const BODY_LIMIT = 65_536
/** Room left under GitHub's limit for what GitHub itself may add (and for safety with multi-byte text). */
const BUDGET = 60_000

export interface BodyOptions {
  track: TrackConfig
  result: TrackResult
  /** Declines this branch records in the configuration file (ticked "leave out" boxes). */
  declines?: readonly DeclinedCommit[]
}

export function commitUrl(track: TrackConfig, sha: string): string | undefined {
  return track.upstream.commitUrl?.replace('{sha}', sha)
}

const short = (sha: string): string => sha.slice(0, 12)

const moveOf = (result: TrackResult): CalendarTrackResult['move'] =>
  (result as Partial<CalendarTrackResult>).move

export function pullTitle(track: TrackConfig, result: TrackResult, declined = 0): string {
  const move = moveOf(result)
  if (move) return moveTitle(track, move)
  const n = result.patches.length
  if (n === 0 && declined > 0)
    return `${track.name}: record ${declined} declined ${declined === 1 ? 'fix' : 'fixes'} from upstream ${track.upstream.branch}`
  return `${track.name}: ${n} ${n === 1 ? 'fix' : 'fixes'} from upstream ${track.upstream.branch}`
}

export function renderPullBody(opts: BodyOptions): string {
  // Shrink the long lists until the body fits; the marker and the summary always stay (marker first).
  let limit = Math.max(opts.result.patches.length, opts.result.skipped.length)
  for (;;) {
    const body = render(opts, limit)
    if (body.length <= BUDGET) return body
    if (limit === 0) return body.slice(0, BUDGET)
    limit = Math.floor(limit / 2)
  }
}

function render({ track, result, declines = [] }: BodyOptions, limit: number): string {
  const n = result.patches.length
  const move = moveOf(result)
  const proposal = move
    ? renderMoveSections(track, move)
    : [
        `${n} new ${n === 1 ? 'fix' : 'fixes'} from upstream ${codeSpan(track.upstream.branch)} ` +
          `(${codeSpan(result.pin.tag)} → ${codeSpan(short(result.tip.sha))}), ` +
          `added as quilt patches under ${codeSpan(track.patchDir)}.`,
        '',
        ...security(track, result.patches, limit),
        '### Patches',
        '',
        ...patchTable(track, result.patches, limit),
        '',
        ...neededBySelection(track, result),
        ...leaveOutSection(result.patches, limit),
        ...declinedSection(declines)
      ]
  const parts = [
    renderMarker({ track: track.name, patches: patchSetHash(result) }),
    `## stable-sync: ${escapeText(track.name)}`,
    '',
    ...proposal,
    ...problems(track, result.problems),
    '### Verification',
    '',
    verification(result),
    '',
    ...skipped(track, result.skipped, limit),
    '### Stable range',
    '',
    `${codeSpan(result.pin.tag)} (${codeLink(short(result.pin.sha), commitUrl(track, result.pin.sha))}) .. ` +
      `${codeSpan(result.tip.ref)} (${codeLink(short(result.tip.sha), commitUrl(track, result.tip.sha))})`,
    '',
    '---',
    '_Opened by stable-sync. Push your own commits to this branch and stable-sync stops updating it; ' +
      "to decline one fix, tick its 'leave out' box (removing its patch by hand does not decline it); " +
      'close it unmerged to decline this set of fixes (a new upstream fix opens a new pull request)._'
  ]
  return parts.join('\n')
}

/**
 * The bug references of a patch as links: CVEs (Debian's security tracker), Debian and Launchpad bugs,
 * upstream tracker URLs, and a stable nomination. A github.com URL stays an unlinked label: a link
 * would make GitHub post "mentioned this" on the upstream issue.
 */
function bugLinks(track: TrackConfig, p: PlannedPatch): string {
  const b = p.bugs
  if (!b) return ''
  const links = [
    ...b.cves.map(c => codeLink(c, `https://security-tracker.debian.org/tracker/${c}`)),
    ...b.debian.map(n => codeLink(`Debian ${n}`, `https://bugs.debian.org/${n}`)),
    ...b.launchpad.map(n => codeLink(`LP ${n}`, `https://launchpad.net/bugs/${n}`)),
    ...b.urls.map(u => {
      const label = u.id ? `bug ${u.id}` : 'bug'
      return codeLink(label, /^https?:\/\/([^/]*\.)?github\.com(\/|$)/i.test(u.url) ? undefined : u.url)
    })
  ]
  // Kernel-style `Fixes: <sha>`: the commit that brought the bug (is it in the package's version?).
  for (const f of b.fixes) links.push(`fixes ${codeLink(f.sha.slice(0, 12), commitUrl(track, f.sha))}`)
  if (b.stable.length) links.push('stable')
  return links.join(' ')
}

/** Security fixes (a CVE in the upstream message) come first, so a reviewer sees them before the rest. */
function security(track: TrackConfig, patches: PlannedPatch[], limit: number): string[] {
  const numbered = patches.map((p, i) => ({ p, n: i + 1 })).filter(x => x.p.bugs?.cves.length)
  if (!numbered.length) return []
  const rows = numbered.slice(0, limit).map(({ p, n }) => {
    const links = p.upstream.map(sha => codeLink(short(sha), commitUrl(track, sha))).join(' ')
    return `- patch ${n}: ${p.bugs!.cves.map(c => codeLink(c, `https://security-tracker.debian.org/tracker/${c}`)).join(' ')} ${links} ${escapeText(p.subject)}`
  })
  return [
    `### Security fixes (${numbered.length})`,
    '',
    ...rows,
    ...more(numbered.length - rows.length, 'security fixes'),
    ''
  ]
}

function patchTable(track: TrackConfig, patches: PlannedPatch[], limit: number): string[] {
  const withBugs = patches.some(p => p.bugs)
  const rows = patches.slice(0, limit).map((p, i) => {
    const links = p.upstream.map(sha => codeLink(short(sha), commitUrl(track, sha))).join(' ')
    const kind =
      p.kind === 'merge-residual'
        ? ' (merge resolution)'
        : p.refreshed
          ? ` (**refreshed** onto ${codeSpan(p.refreshed.onto ?? 'the series')}: review it)`
          : ''
    const bugs = withBugs ? ` ${bugLinks(track, p)} |` : ''
    return `| ${i + 1} | ${links}${kind} | ${escapeText(p.subject)} | ${escapeText(p.author)} |${bugs}`
  })
  return [
    `| # | Upstream | Subject | Author |${withBugs ? ' Bugs |' : ''}`,
    `| ---: | --- | --- | --- |${withBugs ? ' --- |' : ''}`,
    ...rows,
    ...more(patches.length - rows.length, 'patches')
  ]
}

/** A freeze exception's fixes that nobody ticked, but a ticked one needs to apply (and why). */
function neededBySelection(track: TrackConfig, result: TrackResult): string[] {
  const added = result.selection?.added ?? []
  if (!added.length) return []
  return [
    '### Added for the selected fixes',
    '',
    ...added.map(
      a =>
        `- ${codeLink(short(a.sha), commitUrl(track, a.sha))} ${escapeText(a.subject)}: needed by ` +
        `${codeLink(short(a.neededBy), commitUrl(track, a.neededBy))} (${escapeText(a.why)})`
    ),
    ''
  ]
}

function problems(track: TrackConfig, list: Problem[]): string[] {
  if (!list.length) return []
  return [
    '### Needs a human',
    '',
    ...list.map(
      p => `- ${codeLink(short(p.sha), commitUrl(track, p.sha))} **${p.kind}**: ${escapeText(p.text)}`
    ),
    ''
  ]
}

function verification(result: TrackResult): string {
  const v = result.verification
  const icon = v.status === 'ok' ? '✅' : v.status === 'failed' ? '❌' : '➖'
  const diffs = v.differences?.length
    ? ` Differences: ${v.differences.slice(0, 20).map(codeSpan).join(', ')}${v.differences.length > 20 ? ', …' : ''}`
    : ''
  return `${icon} **${v.status}**: ${escapeText(v.text)}${diffs}`
}

function skipped(track: TrackConfig, list: SkippedCommit[], limit: number): string[] {
  if (!list.length) return []
  const rows = list
    .slice(0, limit)
    .map(
      s =>
        `| ${codeLink(short(s.sha), commitUrl(track, s.sha))} | ${escapeText(s.subject)} | ${escapeText(s.text || s.reason)} |`
    )
  return [
    `<details><summary>Skipped upstream commits (${list.length})</summary>`,
    '',
    '| Upstream | Subject | Reason |',
    '| --- | --- | --- |',
    ...rows,
    ...more(list.length - rows.length, 'commits'),
    '',
    '</details>',
    ''
  ]
}

function more(count: number, what: string): string[] {
  return count > 0 ? ['', `… and ${count} more ${what} (run \`stable-sync plan\` for the full list).`] : []
}

/**
 * The bot commit's message: a summary line, then every upstream commit carried. Upstream subjects and
 * tag names are untrusted: their references are made inert (neutralizePlainText), so merging the bot
 * commit closes, links or pings nothing in this repository.
 */
export function commitMessage(track: TrackConfig, result: TrackResult): string {
  const lines = result.patches.map(
    p => `  ${p.upstream.map(short).join(',')} ${p.subject.replace(/\s+/g, ' ')}`
  )
  // The whole message: the title of a pin move names upstream tags too.
  return neutralizePlainText(
    [
      pullTitle(track, result),
      '',
      `Upstream ${track.upstream.branch}: ${result.pin.tag} (${result.pin.sha}) .. ${result.tip.sha}`,
      '',
      ...lines,
      ''
    ].join('\n')
  )
}

export function pausedComment(
  branch: string,
  foreign: { sha: string; author: string }[],
  removed: readonly string[] = []
): string {
  const list = foreign.slice(0, 10).map(c => `- ${codeSpan(short(c.sha))} by ${escapeText(c.author)}`)
  // A patch removed by hand is not a decline: say so now, not when it is proposed again after the merge.
  const dropped = removed.length
    ? [
        `These commits remove ${removed.map(codeSpan).join(', ')}. Removing a patch by hand does not decline its fix: ` +
          'once this is merged, stable-sync proposes it again. To decline it for good, add it to `exclude.commits` ' +
          "in the configuration file on this branch (full sha and a reason), or restore it and tick its 'leave out' box.",
        ''
      ]
    : []
  return [
    '<!-- stable-sync:paused -->',
    `**stable-sync paused updates to this pull request**: the branch ${codeSpan(branch)} has commits that stable-sync did not make, and it never force-pushes over them.`,
    '',
    ...list,
    '',
    ...dropped,
    'To resume automatic updates, remove those commits from the branch (reset it to the last stable-sync commit), or merge this pull request: stable-sync then proposes the remaining fixes in a new one.'
  ].join('\n')
}

export function closingComment(result: TrackResult): string {
  return [
    '**stable-sync closed this pull request**: no upstream fix is pending any more ' +
      `(the base branch already carries them, or upstream reverted them; upstream tip ${codeSpan(short(result.tip.sha))}).`,
    '',
    'The branch is deleted; a new upstream fix opens a new pull request.'
  ].join('\n')
}
