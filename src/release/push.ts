import type { Git } from '../git/gateway.js'
import { FindingError } from '../errors.js'

/**
 * Publish a release's commit and tag to the remote. The branch push is a plain fast-forward (never
 * forced: a release must not rewrite the branch); the tag push never overwrites a remote tag, so a
 * tag that exists remotely on another commit fails here just as it does locally.
 */
export async function pushRelease(
  git: Git,
  opts: { remote: string; branch?: string; tag: string; commit: string }
): Promise<void> {
  if (opts.branch) {
    const r = await git.exec(
      ['push', '--porcelain', opts.remote, `${opts.commit}:refs/heads/${opts.branch}`],
      {
        allowFailure: true
      }
    )
    if (r.code !== 0) {
      throw new FindingError(
        `could not push the release commit to ${opts.remote} ${opts.branch}: ${r.stderr.trim()}. ` +
          'Pull the branch, run the release again, or push the commit by hand'
      )
    }
  }
  const t = await git.exec(
    ['push', '--porcelain', opts.remote, `refs/tags/${opts.tag}:refs/tags/${opts.tag}`],
    {
      allowFailure: true
    }
  )
  if (t.code !== 0) {
    throw new FindingError(
      `could not push the tag ${opts.tag} to ${opts.remote}: ${t.stderr.trim()}. A remote tag on another commit is ` +
        'never replaced: check which commit was released'
    )
  }
}

/**
 * Bring the remote's copy of a tag into the local repository when it has one (a shallow CI checkout
 * has no tags), so an earlier run's release is found instead of tagged again. Never overwrites a
 * local tag.
 */
export async function fetchTag(git: Git, remote: string, tag: string): Promise<void> {
  await git.exec(['fetch', '-q', '--no-tags', remote, `refs/tags/${tag}:refs/tags/${tag}`], {
    allowFailure: true
  })
}

/**
 * The branch as the remote has it, fetched into a private ref (nothing the user sees moves), so a
 * release commit an earlier run pushed without its tag is found. Undefined when the remote has no
 * such branch.
 */
export async function fetchPublishedBranch(
  git: Git,
  remote: string,
  branch: string
): Promise<string | undefined> {
  const into = 'refs/stable-sync/release-branch'
  const r = await git.exec(['fetch', '-q', '--no-tags', remote, `+refs/heads/${branch}:${into}`], {
    allowFailure: true
  })
  return r.code === 0 ? into : undefined
}
