import { InputError } from '../errors.js'
import type { Config, Identity } from './types.js'

const EMAIL = /^[^@\s<>]+@[^@\s<>]+$/

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
  env: Record<string, string | undefined>
): Identity {
  if (config.maintainer) return { ...config.maintainer }
  const found = fromEnvironment(env)
  const howTo =
    `Set 'maintainer: { name: Jane Doe, email: jane@example.org }' in ${config.file}, ` +
    `or export DEBFULLNAME='Jane Doe' and DEBEMAIL=jane@example.org`
  if (!found.name && !found.email) {
    throw new InputError(`No maintainer identity for debian/changelog entries. ${howTo}.`)
  }
  if (!found.name)
    throw new InputError(`No maintainer name: ${found.emailVar} is set but DEBFULLNAME is not. ${howTo}.`)
  if (!found.email)
    throw new InputError(`No maintainer email: DEBFULLNAME is set but DEBEMAIL is not. ${howTo}.`)
  if (!EMAIL.test(found.email)) {
    throw new InputError(`${found.emailVar}='${found.email}' is not an email address. ${howTo}.`)
  }
  return { name: found.name, email: found.email }
}
