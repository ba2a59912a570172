import type { Git } from '../git/gateway.js'

/** Where an existing tag points, peeled to its commit; undefined when there is no such tag. */
export async function tagCommit(git: Git, tag: string): Promise<string | undefined> {
  const r = await git.exec(['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`], {
    allowFailure: true
  })
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined
}

/** Create an annotated tag on a commit; never moves an existing one (git refuses without -f). */
export async function createAnnotatedTag(
  git: Git,
  tag: string,
  commit: string,
  message: string,
  identityEnv: Record<string, string>
): Promise<void> {
  await git.exec(['tag', '-a', '-m', message, '--', tag, commit], { env: identityEnv })
}
