import type { Identity } from '../config/types.js'
import { prependEntry, readTopEntry } from '../debian/changelog.js'

/**
 * The changelog of a track-mode move. A new entry for the new upstream version goes on top. When the
 * top entry is still UNRELEASED (never uploaded), the move takes its place instead of stacking a second
 * unreleased version: its change lines are kept after the move's, minus the `- <patch>: …` lines of the
 * patches the release made unnecessary (and a `cherry-pick N fixes` bullet recounted, or removed when
 * none of its patches is left).
 */
export function moveChangelog(
  text: string,
  entry: { version: string; items: string[]; distribution: string; maintainer: Identity; date: Date },
  droppedFiles: readonly string[]
): string {
  const top = readTopEntry(text)
  const base = {
    package: top.package,
    version: entry.version,
    distributions: entry.distribution,
    maintainer: entry.maintainer,
    date: entry.date
  }
  if (!top.distributions.includes('UNRELEASED'))
    return prependEntry(text, { ...base, urgency: top.urgency || 'medium', changes: entry.items })
  const lines = text.split('\n')
  const rest = lines
    .slice(top.trailerLine)
    .join('\n')
    .replace(/^\s*\n/, '')
  const kept = withoutDropped(top.changes, new Set(droppedFiles.map(f => f.replace(/^.*\//, ''))))
  const changes = kept.some(l => l.trim() !== '') ? [...entry.items, '', ...kept] : entry.items
  return prependEntry(rest, { ...base, urgency: top.urgency || 'medium', changes })
}

/** Raw change lines without the detail lines naming dropped patches (see moveChangelog). */
export function withoutDropped(changes: readonly string[], dropped: ReadonlySet<string>): string[] {
  // Group the lines by bullet: a `  * ` line and the deeper-indented lines after it.
  const groups: string[][] = []
  for (const line of changes) {
    if (/^ {2}\S/.test(line) || groups.length === 0) groups.push([line])
    else groups[groups.length - 1].push(line)
  }
  const out: string[] = []
  for (const g of groups) {
    const details = g.filter(l => /^\s{4,}- /.test(l))
    // A detail's continuation lines (indented deeper, no `- `) go with it.
    let dropping = false
    const left = g.filter(l => {
      if (/^\s{4,}- /.test(l)) {
        const name = /^\s{4,}- ([^\s:]+):/.exec(l)?.[1]
        dropping = name !== undefined && dropped.has(name)
      } else if (!/^\s{5,}\S/.test(l)) dropping = false
      return !dropping
    })
    const leftDetails = left.filter(l => /^\s{4,}- /.test(l))
    if (details.length > 0 && leftDetails.length === 0) continue
    if (leftDetails.length !== details.length) {
      const n = leftDetails.length
      left[0] = left[0].replace(/cherry-pick \d+ fix(?:es)?/, `cherry-pick ${n} fix${n === 1 ? '' : 'es'}`)
    }
    out.push(...left)
  }
  while (out.length && out[out.length - 1].trim() === '') out.pop()
  while (out.length && out[0].trim() === '') out.shift()
  return out
}
