import { resolveIdentitySource, type IdentityCandidate, type ResolvedIdentity } from '../config/identity.js'
import type { Config } from '../config/types.js'
import type { Logger } from '../log.js'
import { createGit, type Git } from './gateway.js'

/** git's user.name and user.email as the repository sees them (local, global, system config). */
export async function gitConfigIdentity(git: Git): Promise<IdentityCandidate> {
  const get = async (key: string): Promise<string | undefined> => {
    const r = await git.exec(['config', '--get', key], { allowFailure: true })
    return r.code === 0 ? r.stdout.toString('utf8').trim() || undefined : undefined
  }
  return { name: await get('user.name'), email: await get('user.email'), source: 'git config' }
}

/**
 * Who signs a changelog entry: the config's maintainer, DEBFULLNAME/DEBEMAIL, git's user.name /
 * user.email in `repoDir` (as gbp dch falls back), then the given candidates. The log says which, unless
 * it was the config or the environment (what a maintainer set on purpose).
 */
export async function resolveSigner(opts: {
  config: Pick<Config, 'file' | 'maintainer'>
  env: Record<string, string | undefined>
  repoDir: string
  log: Logger
  candidates?: readonly IdentityCandidate[]
}): Promise<ResolvedIdentity> {
  const git = opts.config.maintainer ? undefined : await gitConfigIdentity(createGit(opts.repoDir, opts.env))
  const r = resolveIdentitySource(opts.config, opts.env, opts.candidates ?? [], git)
  if (r.source !== 'DEBFULLNAME/DEBEMAIL' && !r.source.startsWith('maintainer in '))
    opts.log.info(`changelog signed by ${r.identity.name} <${r.identity.email}> (from ${r.source})`)
  return r
}
