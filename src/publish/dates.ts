import type { Git } from '../git/gateway.js'
import { splitNul } from '../git/text.js'

/**
 * The engine stamps what it writes with today's date (the changelog trailer, DEP-3 `Last-Update:`).
 * An hourly run with nothing new upstream must still produce the SAME tree as the branch, or it would
 * push every day. So where a file differs from the remote branch only in those dates, the remote's
 * version is kept; a real change (a new patch, a new changelog line) gets today's date as it should.
 */
const DATE_LINES: [RegExp, string][] = [
  // debian/changelog trailer: " -- Name <email>  Wed, 25 Nov 2026 21:00:00 +0000"
  [/^( -- .*? {2})[A-Z][a-z]{2}, +\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$/gm, '$1<date>'],
  // DEP-3
  [/^(Last-Update: *)\d{4}-\d{2}-\d{2}$/gm, '$1<date>']
]

export function withoutDates(text: string): string {
  return DATE_LINES.reduce((t, [re, to]) => t.replace(re, to), text)
}

/**
 * In `worktree` (under `pathspec`), put back the remote branch's version of every file whose only
 * difference from it is a date. Returns the paths restored.
 */
export async function keepDatesOfUnchangedFiles(
  worktree: Git,
  remoteSha: string,
  pathspec: string
): Promise<string[]> {
  await worktree.exec(['add', '-A', '--', '.'])
  const diff = await worktree.exec([
    'diff',
    '--cached',
    '--name-only',
    '--diff-filter=M',
    '-z',
    remoteSha,
    '--',
    pathspec
  ])
  const restored: string[] = []
  for (const path of splitNul(diff.stdout).filter(Boolean)) {
    const ours = await worktree.exec(['show', `:${path}`])
    const theirs = await worktree.exec(['show', `${remoteSha}:${path}`])
    const a = ours.stdout.toString('latin1')
    const b = theirs.stdout.toString('latin1')
    if (a !== b && withoutDates(a) === withoutDates(b)) {
      await worktree.exec(['checkout', remoteSha, '--', path])
      restored.push(path)
    }
  }
  return restored
}
