/**
 * Release notes from a changelog entry. The entry is preformatted text that may mention `LP: #123`
 * or `@someone`; inside a fenced block GitHub neither links `#123` to this repository's issues nor
 * pings anyone, and the layout stays as dch wrote it. The fence is longer than any backtick run inside.
 */
export function releaseNotes(entry: {
  package: string
  version: string
  distributions: string[]
  changes: string[]
}): string {
  const body = entry.changes.join('\n').replace(/^\n+|\n+$/g, '')
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map(r => r.length))
  const fence = '`'.repeat(longest + 1)
  return `${entry.package} (${entry.version}) ${entry.distributions.join(' ')}\n\n${fence}text\n${body}\n${fence}\n`
}
