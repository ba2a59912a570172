import { InputError } from '../errors.js'
import type { Config, Identity } from './types.js'

const EMAIL = /^[^@\s<>]+@[^@\s<>]+$/

/** A later candidate for the identity, with where it came from (said in the log). */
export interface IdentityCandidate {
  name?: string
  email?: string
  /** e.g. "git config user.name/user.email", "the GitHub user who closed the milestone (jane)". */
  source: string
}

/** An identity and where it came from. */
export interface ResolvedIdentity {
  identity: Identity
  source: string
}

function fromEnvironment(env: Record<string, string | undefined>): Partial<Identity> & { emailVar?: string } {
  // As dch does: DEBEMAIL (or EMAIL) may carry the name too, "Jane Doe <jane@example.org>".
  const emailVar = env.DEBEMAIL?.trim() ? 'DEBEMAIL' : env.EMAIL?.trim() ? 'EMAIL' : undefined
  const raw = emailVar ? (env[emailVar] ?? '').trim() : ''
  const combined = /^(.*?)\s*<([^<>]+)>$/.exec(raw)
  const name = env.DEBFULLNAME?.trim() || env.NAME?.trim() || combined?.[1]?.trim() || undefined
  const email = combined ? combined[2].trim() : raw || undefined
  return { name, email, emailVar }
}

/**
 * Who signs debian/changelog entries and commits: the config's `maintainer`, else DEBFULLNAME and
 * DEBEMAIL from the environment (with dch's fallbacks NAME, EMAIL and "Name <email>" in DEBEMAIL).
 */
export function resolveIdentity(
  config: Pick<Config, 'file' | 'maintainer'>,
  env: Record<string, string | undefined>,
  candidates: readonly IdentityCandidate[] = []
): Identity {
  return resolveIdentitySource(config, env, candidates).identity
}

/**
 * resolveIdentity with its source, and the later candidates in order: `git` (git's user.name and
 * user.email, which fill in a field the environment leaves empty, as `gbp dch` does), then whole
 * identities such as the GitHub user who triggered a release. The first complete one wins; with none,
 * the error says how to set one.
 */
export function resolveIdentitySource(
  config: Pick<Config, 'file' | 'maintainer'>,
  env: Record<string, string | undefined>,
  candidates: readonly IdentityCandidate[] = [],
  git?: IdentityCandidate
): ResolvedIdentity {
  if (config.maintainer) return { identity: { ...config.maintainer }, source: `maintainer in ${config.file}` }
  const found = fromEnvironment(env)
  const howTo =
    `Set 'maintainer: { name: Jane Doe, email: jane@example.org }' in ${config.file}, ` +
    `or export DEBFULLNAME='Jane Doe' and DEBEMAIL=jane@example.org`
  if (found.email && !EMAIL.test(found.email)) {
    throw new InputError(`${found.emailVar}='${found.email}' is not an email address. ${howTo}.`)
  }
  if (found.name && found.email)
    return { identity: { name: found.name, email: found.email }, source: 'DEBFULLNAME/DEBEMAIL' }
  // As gbp dch: each field the environment leaves empty comes from git's user.name / user.email.
  const gitEmail = git?.email?.trim() && EMAIL.test(git.email.trim()) ? git.email.trim() : undefined
  const name = found.name ?? (git?.name?.trim() || undefined)
  const email = found.email ?? gitEmail
  if (name && email) {
    const parts = [
      found.name ? 'DEBFULLNAME' : 'git user.name',
      found.email ? found.emailVar : 'git user.email'
    ]
    return { identity: { name, email }, source: parts.join(' and ') }
  }
  for (const c of candidates) {
    const n = c.name?.trim()
    const e = c.email?.trim()
    if (n && e && EMAIL.test(e)) return { identity: { name: n, email: e }, source: c.source }
  }
  const gitHint = ', or set git config user.name and user.email'
  if (!name && !email) {
    throw new InputError(`No maintainer identity for debian/changelog entries. ${howTo}${gitHint}.`)
  }
  if (!name)
    throw new InputError(
      `No maintainer name: ${found.emailVar ?? 'git user.email'} is set but DEBFULLNAME is not. ${howTo}${gitHint}.`
    )
  throw new InputError(
    `No maintainer email: ${found.name ? 'DEBFULLNAME' : 'git user.name'} is set but DEBEMAIL is not. ${howTo}${gitHint}.`
  )
}
