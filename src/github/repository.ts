import { InputError } from '../errors.js'
import type { RepoRef } from './client.js'

/**
 * The one reader of `owner/name` repository names (GITHUB_REPOSITORY, the CLI's --repository): both
 * parts present, nothing more, no characters GitHub does not allow in them.
 */
const PART = /^[A-Za-z0-9_.-]+$/

export function parseRepository(text: string | undefined, source = 'GITHUB_REPOSITORY'): RepoRef {
  const value = (text ?? '').trim()
  if (!value) {
    throw new InputError(
      `${source} is not set: it names the repository as OWNER/NAME (GitHub Actions sets it; set it yourself for local runs)`
    )
  }
  const parts = value.split('/')
  if (parts.length !== 2 || !parts.every(p => PART.test(p) && p !== '.' && p !== '..')) {
    throw new InputError(`${source} '${value}' is not OWNER/NAME (e.g. octo-org/qemu-packaging)`)
  }
  return { owner: parts[0], repo: parts[1] }
}

/**
 * STABLE_SYNC_TIME_UNIT_MS: milliseconds per second of the waits GitHub asks for (retry back-off,
 * `retry-after`, write spacing). Unset in real runs (1000); tests shrink it. A value that is not a
 * whole number from 1 to 1000 is an error rather than a silent NaN that would disable every wait.
 */
export const TIME_UNIT_VARIABLE = 'STABLE_SYNC_TIME_UNIT_MS'

export function apiTimeUnitMs(env: Record<string, string | undefined>): number | undefined {
  const raw = env[TIME_UNIT_VARIABLE]
  if (raw === undefined || raw === '') return undefined
  const n = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n < 1 || n > 1000) {
    throw new InputError(
      `${TIME_UNIT_VARIABLE}='${raw}' must be a whole number of milliseconds from 1 to 1000 (it scales GitHub's waits; unset it for real runs)`
    )
  }
  return n
}
