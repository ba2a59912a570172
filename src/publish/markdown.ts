/**
 * Escaping of untrusted upstream text (subjects, author names, reasons) for GitHub-flavoured markdown.
 * The packaging repo's PR must not ping upstream developers (`@name`), link to its own issues (`#123`,
 * `GH-123`, `owner/repo#123`), render HTML, or have its tables broken by a `|`.
 */
const ZWJ = '\u200d'

/** Plain inline text: one line, markdown punctuation escaped, no mentions, no issue links, no HTML. */
export function escapeText(text: string): string {
  return (
    text
      // Control characters and newlines would end a table row or smuggle in a block.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]{}()|~!])/g, '\\$1')
      // A zero-width joiner after @ and # keeps the text readable but stops mentions and auto-links.
      .replace(/@/g, `@${ZWJ}`)
      .replace(/#/g, `#${ZWJ}`)
      .replace(/\b(GH)-(\d)/gi, `$1-${ZWJ}$2`)
      .replace(/^([=+-])/, '\\$1')
      .trim()
  )
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
