import type { Git } from '../git/gateway.js'

/** Where an existing tag points, peeled to its commit; undefined when there is no such tag. */
export async function tagCommit(git: Git, tag: string): Promise<string | undefined> {
  const r = await git.exec(['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`], {
    allowFailure: true
  })
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined
}

/** How to sign the tag (src/upload/tag-signer.ts): git options, `tag` flags, environment. */
export interface TagSigning {
  gitConfig: string[]
  tagArgs: string[]
  env: Record<string, string>
}

/** Create an annotated (or, with `signing`, signed) tag on a commit; never moves an existing one. */
export async function createAnnotatedTag(
  git: Git,
  tag: string,
  commit: string,
  message: string,
  identityEnv: Record<string, string>,
  signing?: TagSigning
): Promise<void> {
  await git.exec(
    [...(signing?.gitConfig ?? []), 'tag', ...(signing?.tagArgs ?? ['-a']), '-m', message, '--', tag, commit],
    { env: { ...identityEnv, ...signing?.env } }
  )
}
