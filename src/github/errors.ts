import { InputError } from '../errors.js'

/**
 * GitHub API failures a user can fix, turned into messages that say how. Everything else is passed
 * through unchanged (Octokit's RequestError already names the method, URL and status).
 */
interface RequestErrorLike {
  status?: number
  message?: string
  request?: { method?: string; url?: string }
}

export function explainApiError(error: unknown): unknown {
  const e = error as RequestErrorLike
  if (typeof e?.status !== 'number') return error
  const where = e.request ? `${e.request.method} ${e.request.url}` : 'GitHub API'
  // Octokit appends " - <documentation url>" to GitHub's message.
  const message = (e.message ?? '').replace(/ - https?:\/\/\S+$/, '')
  if (e.status === 401) {
    return new InputError(
      `GitHub rejected the token (401 ${message || 'Bad credentials'}) on ${where}. ` +
        'Pass a valid token in the `token` input (default: the workflow token, `github.token`); ' +
        'a personal access token or GitHub App token must not be expired or revoked.'
    )
  }
  if (e.status === 403 && /not accessible by integration|permission/i.test(message)) {
    return new InputError(
      `The token may not do ${where} (403 ${message}). Give the job ` +
        '`permissions: { contents: write, pull-requests: write, issues: write }`, or use a token that has them.'
    )
  }
  const hint =
    e.status >= 500
      ? ' after retries; GitHub is having trouble. The next run continues from where this one stopped'
      : ''
  return new Error(`GitHub API ${where} answered ${e.status} ${message}${hint}.`, { cause: error })
}

/** Is this GitHub's 422 "A pull request already exists for owner:branch."? */
export function isPullAlreadyExists(error: unknown): boolean {
  const e = error as {
    status?: number
    message?: string
    response?: { data?: { errors?: { message?: string }[] } }
  }
  if (e?.status !== 422) return false
  const messages = [e.message ?? '', ...(e.response?.data?.errors ?? []).map(x => x.message ?? '')]
  return messages.some(m => /a pull request already exists/i.test(m))
}
