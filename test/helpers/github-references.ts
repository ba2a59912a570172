/**
 * What GitHub reads as references in a commit message merged to the default branch (its documented
 * autolink and closing-keyword grammar): `#N`, `GH-N`, `owner/repo#N` and issue/pull URLs link
 * issues; one of close/closes/closed/fix/fixes/fixed/resolve/resolves/resolved (optionally with `:`)
 * right before such a reference closes the issue; `@name` links a user. Tests use it to prove a text
 * references nothing: it errs on the side of finding too much.
 */
const REFERENCE = String.raw`(?:(?<![\w/])#\d+|\bGH-\d+|\b[\w.-]+/[\w.-]+#\d+|https?://(?:www\.)?github\.com/[\w.-]+/[\w.-]+/(?:issues|pull)/\d+)\b`
const CLOSING = new RegExp(String.raw`\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?):?\s+(${REFERENCE})`, 'gi')
const ANY = new RegExp(REFERENCE, 'gi')
const MENTION = /(?<![\w`])@[A-Za-z0-9][A-Za-z0-9-]*/g

export interface GitHubReferences {
  closes: string[]
  references: string[]
  mentions: string[]
}

export function githubReferences(text: string): GitHubReferences {
  return {
    closes: [...text.matchAll(CLOSING)].map(m => m[1]),
    references: [...text.matchAll(ANY)].map(m => m[0]),
    mentions: [...text.matchAll(MENTION)].map(m => m[0])
  }
}
