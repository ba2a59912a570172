import { InputError } from '../errors.js'
import type { SyncTrackOutput } from './workflow-plan.js'

/**
 * The reusable workflow's inputs as workflow-plan receives them (strings from `${{ }}` through
 * env): each parsed strictly, so a typo is an error that names the input, never a guess.
 */

/** The `boot-runs-on` input: a JSON list of labels, one label, or empty (no boot job). */
export function parseRunsOn(text: string): string[] {
  const t = text.trim()
  if (t === '') return []
  if (!t.startsWith('[') && !t.startsWith('"')) return [t]
  let data: unknown
  try {
    data = JSON.parse(t)
  } catch (e) {
    throw new InputError(
      `boot-runs-on is not JSON (${(e as Error).message}): give a list of runner labels, e.g. ["self-hosted", "linux", "x64", "kvm"], or leave it empty to skip the boot test`
    )
  }
  const labels = typeof data === 'string' ? [data] : data
  if (!Array.isArray(labels) || !labels.every(l => typeof l === 'string' && l.trim() !== '')) {
    throw new InputError(
      `boot-runs-on must be a JSON list of runner labels, e.g. ["self-hosted", "linux", "x64", "kvm"], not ${t}`
    )
  }
  return labels as string[]
}

/** The sync action's `tracks` output, checked: the plan must not guess from a malformed one. */
export function parseSyncTracks(text: string): SyncTrackOutput[] | undefined {
  if (text.trim() === '') return undefined
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new InputError(`the sync action's tracks output is not JSON (${(e as Error).message})`)
  }
  if (
    !Array.isArray(data) ||
    !data.every(r => r && typeof r.track === 'string' && typeof r.operation === 'string')
  ) {
    throw new InputError(
      "the sync action's tracks output is not a list of {track, operation, headSha, pullRequest}"
    )
  }
  return data as SyncTrackOutput[]
}

const FULL_SHA = /^[0-9a-f]{40}$/
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/

/**
 * Where the workflow runs stable-sync from: a repository and a full commit, never a branch or tag
 * that its owner (or whoever takes it over) can move under the caller.
 */
export function checkCodeSource(repository: string, ref: string): void {
  if (!REPOSITORY.test(repository)) {
    throw new InputError(
      `stable-sync-repository '${repository}' is not OWNER/NAME: pass the repository your \`uses:\` line names (e.g. stable-sync/stable-sync or your fork)`
    )
  }
  if (/^0{40}$/.test(ref)) {
    throw new InputError(
      `stable-sync-ref is the example's placeholder (40 zeros): replace it, and the one in your \`uses:\` line, with a commit of ${repository} (README, "In GitHub Actions", has the command)`
    )
  }
  if (!FULL_SHA.test(ref)) {
    throw new InputError(
      `stable-sync-ref '${ref}' is not a full 40-hex commit: pin the same commit as your \`uses: ${repository}/.github/workflows/stable-sync.yml@<sha>\` line (git ls-remote https://github.com/${repository} <tag> prints it)`
    )
  }
}

/** A workflow boolean ('true'/'false', '' = false): anything else is a mistake worth an error. */
export function workflowBool(name: string, text: string | undefined): boolean {
  const v = (text ?? '').trim()
  if (v === '' || v === 'false') return false
  if (v === 'true') return true
  throw new InputError(`--${name} must be true or false, not '${text}'`)
}
