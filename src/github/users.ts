import type { IdentityCandidate } from '../config/identity.js'
import type { GitHubRepo } from './client.js'

/** Who triggered a workflow run, as the event payload names them. */
export interface EventSender {
  login: string
  id: number
}

/**
 * A GitHub user as a changelog signer, as GitHub itself shows them: the profile's display name (the
 * login when they set none) and their noreply address `<id>+<login>@users.noreply.github.com`, which
 * GitHub attributes to the account whatever email settings they chose. A failed profile read still
 * gives the login: a release never fails for want of a display name.
 */
export async function githubUserIdentity(
  gh: GitHubRepo,
  sender: EventSender,
  source: string
): Promise<IdentityCandidate> {
  let name: string | undefined
  try {
    const { data } = await gh.octokit.rest.users.getByUsername({ username: sender.login })
    name = data.name?.trim() || undefined
  } catch (e) {
    gh.log.warning(
      `could not read the GitHub profile of ${sender.login} (${(e as Error).message}); signing as the login`
    )
  }
  // A changelog trailer name may not hold < or >.
  const display = (name ?? sender.login).replace(/[<>\p{Cc}]/gu, '').trim() || sender.login
  return {
    name: display,
    email: `${sender.id}+${sender.login}@users.noreply.github.com`,
    source: `${source} (${sender.login})`
  }
}

/** The sender of an event payload, when it names one with a numeric id. */
export function eventSender(payload: unknown): EventSender | undefined {
  const s = (payload as { sender?: { login?: unknown; id?: unknown } } | undefined)?.sender
  return typeof s?.login === 'string' && /^[A-Za-z0-9-]+(\[bot\])?$/.test(s.login) && Number.isInteger(s.id)
    ? { login: s.login, id: s.id as number }
    : undefined
}
