import { InputError } from '../errors.js'
import type { MatrixEntry } from './matrix.js'

/**
 * The reusable workflow's decisions, made once in tested code (the YAML only wires): which tracks of
 * this run are built, boot-tested and reported, at which commit, whether a release follows, and why
 * anything is skipped. Input: the sync action's per-track `tracks` output, the triggering event, the
 * release gate's verdict and the build matrix of the selected tracks.
 */

/** One element of the sync action's `tracks` output (action.yml), as far as the plan reads it. */
export interface SyncTrackOutput {
  track: string
  operation: string
  reason?: string
  headSha?: string | null
  pullRequest?: { number: number; url?: string } | null
  dryRun?: boolean
  error?: string
}

export interface PlanInput {
  /** GITHUB_EVENT_NAME, the payload's `action`, GITHUB_SHA. */
  event: { name: string; action?: string; sha: string }
  /** The sync action's `tracks` output; undefined when the sync step did not run (a milestone event). */
  syncTracks?: SyncTrackOutput[]
  /** Build matrix of every selected track (build-matrix), before the plan filters it. */
  matrix: MatrixEntry[]
  buildUnchanged: boolean
  dryRun: boolean
  /** Runner labels of the boot job; empty: no KVM runner configured, no boot job. */
  bootRunsOn: string[]
  /** The `boot-kernel` input: `distro` (the release's own kernel) or a kernel package name. */
  bootKernel?: string
  /** The release gate (release-gate), for a closed milestone. */
  release?: { release: boolean; reason: string }
}

/** A matrix entry of this run: the commit its track is built at. */
export type PlannedEntry = MatrixEntry & { sha: string }

/**
 * A boot entry also names the guest kernel package: the release's meta package (`kernelMeta`: the
 * job downloads the versioned image it depends on) or the package the caller named.
 */
export type BootEntry = PlannedEntry & { kernelPackage: string; kernelMeta: boolean }

export interface TrackPlan {
  track: string
  build: boolean
  /** The commit built (the bot branch head, or the event's sha for a release). */
  sha?: string
  pullRequest?: number
  /** Why the track is or is not built, in words for the job summary. */
  reason: string
}

/** One report job: a track's sticky comment and commit status on its pull request. */
export interface ReportEntry {
  track: string
  pr: number
  headSha: string
}

export interface WorkflowPlan {
  release: boolean
  tracks: TrackPlan[]
  build: PlannedEntry[]
  boot: BootEntry[]
  report: ReportEntry[]
  /** JSON runner labels of the boot job ('' when boot is off). */
  bootRunsOn: string[]
  /** Why the boot job does not run at all ('' when it does). */
  bootNote: string
}

export const NO_KVM_RUNNER = 'no KVM runner configured'

export function planWorkflow(input: PlanInput): WorkflowPlan {
  const trackNames = [...new Set(input.matrix.map(e => e.track))]
  const tracks =
    input.event.name === 'milestone'
      ? trackNames.map(name => releasePlan(name, input))
      : trackNames.map(name => syncPlan(name, input))
  const built = new Map(tracks.filter(t => t.build).map(t => [t.track, t]))
  const build = input.matrix
    .filter(e => built.has(e.track))
    .map(e => ({ ...e, sha: built.get(e.track)?.sha ?? '' }))
  const bootRunsOn = input.bootRunsOn
  const boot = bootRunsOn.length
    ? build.filter(e => e.boot).map(e => ({ ...e, ...bootKernel(e.release, input.bootKernel) }))
    : []
  const release = input.event.name === 'milestone' && build.length > 0
  const report = release
    ? []
    : tracks
        .filter(t => t.build && t.pullRequest)
        .map(t => ({ track: t.track, pr: t.pullRequest as number, headSha: t.sha as string }))
  return {
    release,
    tracks,
    build,
    boot,
    report,
    bootRunsOn,
    bootNote: bootRunsOn.length ? '' : NO_KVM_RUNNER
  }
}

/** The guest kernel of a boot entry: Debian's cloud kernel, Ubuntu's generic one, or the caller's package. */
export function bootKernel(
  release: string,
  kernel = 'distro'
): { kernelPackage: string; kernelMeta: boolean } {
  if (kernel === '' || kernel === 'distro') {
    return {
      kernelPackage: release.startsWith('debian:') ? 'linux-image-cloud-amd64' : 'linux-image-generic',
      kernelMeta: true
    }
  }
  if (!/^linux-image-[a-z0-9][a-z0-9+.-]*$/.test(kernel)) {
    throw new InputError(
      `boot-kernel '${kernel}' is neither 'distro' nor a kernel package name (e.g. linux-image-6.1.0-28-cloud-amd64)`
    )
  }
  return { kernelPackage: kernel, kernelMeta: false }
}

function releasePlan(track: string, input: PlanInput): TrackPlan {
  const gate = input.release
  if (input.event.action !== 'closed')
    return { track, build: false, reason: `milestone ${input.event.action ?? 'changed'}: nothing to release` }
  if (!gate) return { track, build: false, reason: 'the release gate was not evaluated: nothing is released' }
  if (!gate.release) return { track, build: false, reason: `no release: ${gate.reason}` }
  if (input.dryRun) return { track, build: false, reason: `dry run: ${gate.reason}, nothing is released` }
  return { track, build: true, sha: input.event.sha, reason: `release build: ${gate.reason}` }
}

function syncPlan(track: string, input: PlanInput): TrackPlan {
  const row = input.syncTracks?.find(r => r.track === track)
  if (!row) return { track, build: false, reason: 'the sync step reported nothing for this track' }
  const pr = row.pullRequest?.number
  const base = { track, ...(pr ? { pullRequest: pr } : {}) }
  const why = row.reason ? `: ${row.reason}` : ''
  if (row.error) return { ...base, build: false, reason: `sync failed: ${row.error}` }
  if (input.dryRun || row.dryRun) return { ...base, build: false, reason: `dry run (${row.operation})` }
  if (!row.headSha) return { ...base, build: false, reason: `no bot branch (${row.operation}${why})` }
  if (row.operation === 'created' || row.operation === 'updated')
    return { ...base, build: true, sha: row.headSha, reason: `pull request ${row.operation}` }
  if (row.operation === 'closed') return { ...base, build: false, reason: `pull request closed${why}` }
  if (input.buildUnchanged)
    return { ...base, build: true, sha: row.headSha, reason: `${row.operation}, built (build-unchanged)` }
  return {
    ...base,
    build: false,
    reason: `${row.operation}${why} (set build-unchanged: true to build it anyway)`
  }
}

/** The job summary's markdown: one line per track, saying what runs and why the rest does not. */
export function renderPlanSummary(plan: WorkflowPlan, cell: (s: string) => string): string {
  const lines = [
    '### stable-sync: what this run builds',
    '',
    '| Track | Build | Commit | Why |',
    '|---|---|---|---|'
  ]
  for (const t of plan.tracks) {
    lines.push(
      `| ${cell(t.track)} | ${t.build ? 'yes' : 'no'} | ${t.sha ? `\`${t.sha.slice(0, 12)}\`` : ''} | ${cell(t.reason)} |`
    )
  }
  if (plan.tracks.length === 0) lines.push('| – | no | | no track selected |')
  lines.push('')
  if (plan.build.length === 0) lines.push('Nothing is built in this run.')
  else {
    lines.push(`Builds: ${plan.build.length}; boot tests: ${plan.boot.length}.`)
    if (plan.bootNote) lines.push(`boot: not run (${plan.bootNote}); set boot-runs-on to enable it.`)
  }
  if (plan.release) lines.push('A release follows when the builds succeed.')
  return lines.join('\n') + '\n'
}

/** `key=value` lines for $GITHUB_OUTPUT (values are single-line JSON or words). */
export function planOutputs(plan: WorkflowPlan): string {
  const kv: [string, string][] = [
    ['build-matrix', JSON.stringify(plan.build)],
    ['boot-matrix', JSON.stringify(plan.boot)],
    ['report-matrix', JSON.stringify(plan.report)],
    ['boot-runs-on', JSON.stringify(plan.bootRunsOn)],
    ['boot-note', plan.bootNote],
    ['release', String(plan.release)],
    ['changed', String(plan.build.length > 0)]
  ]
  return kv.map(([k, v]) => `${k}=${v}\n`).join('')
}
