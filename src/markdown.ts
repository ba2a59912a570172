/**
 * The one escaper of untrusted text (upstream subjects and names, guest console lines, build
 * reasons) for GitHub-flavoured markdown: PR and issue bodies, report comments, job summaries.
 * The packaging repo's PR must not ping upstream developers (`@name`), link to its own issues (`#123`,
 * `GH-123`, `owner/repo#123`), back-reference upstream issues (`https://github.com/o/r/issues/1`), render
 * HTML, or have its tables broken by a `|`.
 */
const ZWJ = '\u200d'

/**
 * What GitHub turns into a ping or a link, made inert with a zero-width joiner: `@name` mentions,
 * `#123` / `owner/repo#123` / `GH-123` references, and `github.com` URLs (an upstream issue's URL in
 * a PR or issue body makes GitHub post "mentioned this" on that upstream issue; `github<ZWJ>.com` is
 * no longer a host GitHub links or cross-references). Applied to text nodes: GitHub finds references in
 * the rendered HTML too (job summaries, HTML table cells), where markdown escapes do not apply.
 */
export function neutralizeReferences(text: string): string {
  return text
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#/g, `#${ZWJ}`)
    .replace(/\b(GH)-(\d)/gi, `$1-${ZWJ}$2`)
    .replace(/\b(github)(\.com)\b/gi, `$1${ZWJ}$2`)
}

/**
 * The plain-text variant for git commit messages, which GitHub reads for references but never renders
 * as markdown: merged to the default branch, `Fixes #123`, `GH-12`, `owner/repo#12` or an issue URL
 * closes or links this repository's issues, and `@name` links a user. Only what forms a reference is
 * touched (a `#` before a digit, an `@` before a name, `GH-<digit>`, the `github.com` host), with the
 * same zero-width joiner: `#include`, `a@b` in the middle of a word and everything else stay as written.
 */
export function neutralizePlainText(text: string): string {
  return text
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
    .replace(/\b(GH)-(\d)/gi, `$1-${ZWJ}$2`)
    .replace(/\b(github)(\.com)\b/gi, `$1${ZWJ}$2`)
}

/** Untrusted text for an HTML context (a job-summary table cell): entities escaped, references inert. */
export function escapeHtmlText(text: string): string {
  return neutralizeReferences(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
}

/** Plain inline text: one line, markdown punctuation escaped, no mentions, no issue links or URLs, no HTML. */
export function escapeText(text: string): string {
  const escaped = text
    // Control characters and newlines would end a table row or smuggle in a block.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()|~!])/g, '\\$1')
  // A zero-width joiner keeps the text readable but stops mentions, auto-links and cross-references.
  return neutralizeReferences(escaped)
    .replace(/^([=+-])/, '\\$1')
    .trim()
}

/** A table cell: one line of at most `max` characters, escaped as escapeText. */
export function tableCell(text: string | undefined, max = Infinity): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim()
  return escapeText(line.length > max ? `${line.slice(0, max - 1)}…` : line)
}

/** A code span for machine text (shas, refs, paths): backticks and line breaks removed, `|` escaped for tables. */
export function codeSpan(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[`\u0000-\u001f\u007f]/g, '').replace(/\|/g, '\\|')
  return `\`${clean || ' '}\``
}

/** A link whose label is code and whose URL is percent-encoded where markdown would end it. */
export function codeLink(label: string, url: string | undefined): string {
  if (!url) return codeSpan(label)
  const safeUrl = url.replace(/[\s()<>|]/g, c => encodeURIComponent(c))
  return `[${codeSpan(label)}](${safeUrl})`
}
