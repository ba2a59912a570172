import type { Identity } from '../config/types.js'
import type { Git } from '../git/gateway.js'
import { parseRecords } from '../git/text.js'

/**
 * The bot branch as free functions over the git gateway (after peter-evans/create-pull-request):
 * the branch is always base + ONE bot commit; "anything new?" is decided by comparing trees, never
 * commit ids; pushes use --force-with-lease against the sha we saw, and a branch carrying commits
 * that are not the bot's is never overwritten.
 */

/** The remote's current sha of a branch, or undefined when it does not exist. Read-only (ls-remote). */
export async function remoteBranchSha(git: Git, remote: string, branch: string): Promise<string | undefined> {
  const out = await git.text(['ls-remote', '--heads', remote, `refs/heads/${branch}`])
  const line = out.split('\n').find(l => l.endsWith(`\trefs/heads/${branch}`))
  return line ? line.split('\t')[0] : undefined
}

/** Fetch branches into private refs (refs/stable-sync/…) so nothing the user sees moves. */
export async function fetchBranch(git: Git, remote: string, branch: string, into: string): Promise<string> {
  await git.exec(['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${branch}:${into}`])
  return git.text(['rev-parse', '--verify', `${into}^{commit}`])
}

export async function treeOf(git: Git, rev: string): Promise<string> {
  return git.text(['rev-parse', '--verify', `${rev}^{tree}`])
}

/** A detached worktree of `rev` in `dir` (the engine writes into it; the user's checkout stays untouched). */
export async function addWorktree(git: Git, dir: string, rev: string): Promise<Git> {
  await git.exec(['worktree', 'add', '--detach', '--quiet', dir, rev])
  return git.at(dir)
}

export async function removeWorktree(git: Git, dir: string): Promise<void> {
  await git.exec(['worktree', 'remove', '--force', dir], { allowFailure: true })
  await git.exec(['worktree', 'prune'], { allowFailure: true })
}

function identityEnv(who: Identity, date?: Date): Record<string, string> {
  const when = date ? `${Math.floor(date.getTime() / 1000)} +0000` : undefined
  return {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {})
  }
}

/**
 * Stage everything the engine wrote in the worktree and make ONE commit on top of `parent`, without
 * touching any branch. Returns the commit and its tree.
 */
export async function commitWorktree(
  worktree: Git,
  parent: string,
  message: string,
  author: Identity,
  date?: Date
): Promise<{ commit: string; tree: string }> {
  await worktree.exec(['add', '-A', '--', '.'])
  const tree = await worktree.text(['write-tree'])
  const commit = await worktree.text(['commit-tree', tree, '-p', parent, '-F', '-'], {
    input: message,
    env: identityEnv(author, date)
  })
  return { commit, tree }
}

export interface ForeignCommit {
  sha: string
  author: string
  email: string
}

/**
 * Commits on the branch (not on base) that the bot did not make: author or committer is someone else.
 * A maintainer's fix-up, a merge of base through the web UI, a rebase: any of them pauses the bot.
 */
export async function foreignCommits(
  git: Git,
  branchRev: string,
  baseRev: string,
  bot: Identity
): Promise<ForeignCommit[]> {
  const r = await git.exec(['log', '--format=%H%x00%an%x00%ae%x00%ce%x00', branchRev, '--not', baseRev])
  const botEmail = bot.email.toLowerCase()
  return parseRecords(r.stdout, 4)
    .filter(([, , ae, ce]) => ae.toLowerCase() !== botEmail || ce.toLowerCase() !== botEmail)
    .map(([sha, author, email]) => ({ sha, author, email }))
}

/**
 * Push `commit` to `branch`, only if the remote still has `expected` there (undefined: the branch must
 * not exist). A concurrent push by anyone makes this fail instead of overwriting their work.
 */
export async function pushWithLease(
  git: Git,
  remote: string,
  branch: string,
  commit: string,
  expected: string | undefined
): Promise<void> {
  await git.exec([
    'push',
    '--quiet',
    '--no-verify',
    `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
    remote,
    `${commit}:refs/heads/${branch}`
  ])
}

/** Delete the remote branch, only if it still points at `expected`. */
export async function deleteWithLease(
  git: Git,
  remote: string,
  branch: string,
  expected: string
): Promise<void> {
  await git.exec([
    'push',
    '--quiet',
    '--no-verify',
    `--force-with-lease=refs/heads/${branch}:${expected}`,
    remote,
    `:refs/heads/${branch}`
  ])
}
