import type { CalendarTrackResult } from '../calendar/policy.js'
import type { TrackMove } from '../calendar/track-mode.js'
import type { TrackConfig } from '../config/types.js'
import { codeLink, codeSpan, escapeText } from '../markdown.js'

/**
 * The pull request for a track-mode move (before Feature Freeze): which release the package moves to,
 * which patches go (and why: by content), which stay, and the verification on the new tag. body.ts
 * renders fix PRs; a result with `move` renders these sections instead of the patch table.
 */
const short = (sha: string): string => sha.slice(0, 12)
// Not body.ts's commitUrl: body.ts renders these sections, and imports stay one-way.
const commitUrl = (track: TrackConfig, sha: string): string | undefined =>
  track.upstream.commitUrl?.replace('{sha}', sha)

export function moveTitle(track: TrackConfig, move: TrackMove): string {
  return `${track.name}: move to upstream stable release ${move.to.version}`
}

/** The sections of a move PR (the caller adds its marker, verification and footer). */
export function renderMoveSections(track: TrackConfig, move: TrackMove): string[] {
  const link = (sha: string): string => codeLink(short(sha), commitUrl(track, sha))
  const dropped = move.dropped.map(d => {
    const why =
      d.how === 'patch-id' && d.upstream
        ? `same change as upstream ${link(d.upstream)}`
        : 'contained in the release (reverse-applies)'
    return `| ${codeSpan(d.file)} | ${why} |`
  })
  return [
    `Before feature freeze: move ${codeSpan(track.name)} from ${codeSpan(move.from.tag)} (${link(move.from.sha)}) ` +
      `to the newest stable release ${codeSpan(move.to.tag)} (${link(move.to.sha)}), as ${codeSpan(move.version)}.`,
    '',
    `### Dropped patches (${move.dropped.length})`,
    '',
    ...(dropped.length
      ? ['| Patch | Why |', '| --- | --- |', ...dropped]
      : ['None: the release contains none of the series.']),
    '',
    `### Kept patches (${move.kept.length})`,
    '',
    ...(move.kept.length ? move.kept.map(k => `- ${codeSpan(k)}`) : ['None.']),
    '',
    '### Changelog',
    '',
    ...move.changelog.map(l => (/^ {2}/.test(l) ? `  ${escapeText(l.trim())}` : `- ${escapeText(l)}`)),
    ''
  ]
}

/** A key for the "declined" marker: a move is the same proposal only for the same release and drops. */
export function moveSetKey(result: Pick<CalendarTrackResult, 'move'>): string | undefined {
  const m = result.move
  return m ? [m.to.sha, ...m.dropped.map(d => d.file).sort()].join('\n') : undefined
}
