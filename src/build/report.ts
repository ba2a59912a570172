import { InputError } from '../errors.js'
import { tableCell } from '../markdown.js'

/**
 * The reusable workflow's report: one markdown table of build and boot results for a track, kept in
 * one sticky PR comment (found again by its hidden marker), and the commit status that sums it up.
 * Pure: the workflow collects one JSON record per matrix job and a `gh api` step posts the result.
 */
export type JobStatus = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface JobRecord {
  kind: 'build' | 'boot'
  id: string
  release: string
  arch: string
  status: JobStatus
  source?: string
  /** build: file names of the .debs produced. */
  debs?: string[]
  /** boot: the harness verdict (pass/fail/skip), its reason and the accelerator used. */
  verdict?: string
  reason?: string
  accel?: string
  /** build: the gate's verdicts (`stable-sync build --json`'s `gate`, see src/build/gate.ts). */
  gate?: GateRecord
}

/** What the report shows of the build gate: lintian's E/W tags and autopkgtest's per-test results. */
export interface GateRecord {
  lintian?: {
    status: 'pass' | 'fail'
    errors: number
    warnings: number
    tags: { severity: 'error' | 'warning'; package: string; tag: string; context?: string }[]
  }
  autopkgtest?: {
    status: 'pass' | 'fail' | 'skip' | 'none'
    tests: { name: string; result: string; detail?: string }[]
  }
}

/** Tags listed per build in the comment (GitHub keeps 65536 characters per comment). */
const MAX_TAGS = 40

export interface ReportInput {
  track: string
  headSha?: string
  runUrl?: string
  records: JobRecord[]
  /** Why no boot job ran at all (e.g. "no KVM runner configured"), said instead of an empty table. */
  bootNotRun?: string
}

export interface Report {
  marker: string
  markdown: string
  /** Commit status state (the statuses API's words). */
  state: 'success' | 'failure' | 'error'
  /** Commit status description (GitHub keeps 140 characters). */
  description: string
}

/** The hidden line that makes the comment findable (and so updated in place) on the next run. */
export const reportMarker = (track: string): string =>
  `<!-- stable-sync-report:${encodeURIComponent(track)} -->`

/** Table cell text (job names, verdicts, guest reasons): the one escaper, at most 200 characters. */
const cell = (text: string | undefined): string => tableCell(text, 200)

const ICON: Record<JobStatus, string> = { success: '✅', failure: '❌', cancelled: '⚪', skipped: '⏭️' }

export function renderReport(input: ReportInput): Report {
  const marker = reportMarker(input.track)
  const builds = input.records.filter(r => r.kind === 'build').sort(byId)
  const boots = input.records.filter(r => r.kind === 'boot').sort(byId)
  const lines = [marker, `### stable-sync: build and boot of \`${cell(input.track)}\``, '']
  if (input.headSha)
    lines.push(`Branch head: ${input.headSha}${input.runUrl ? ` · [workflow run](${input.runUrl})` : ''}`, '')
  lines.push('| Build | Release | Arch | Result | Packages |', '|---|---|---|---|---|')
  if (builds.length === 0) lines.push('| – | – | – | no build ran | |')
  for (const b of builds) {
    const debs = (b.debs ?? []).map(d => `\`${d.replace(/`/g, '')}\``).join(' ')
    lines.push(
      `| ${cell(b.source ?? b.id)} | ${cell(b.release)} | ${cell(b.arch)} | ${ICON[b.status]} ${b.status} | ${debs} |`
    )
  }
  lines.push(...renderGate(builds))
  lines.push('', '| Boot test | Release | Arch | Result | Accel | Reason |', '|---|---|---|---|---|---|')
  if (boots.length === 0 && input.bootNotRun)
    lines.push(`| – | – | – | boot: not run (${cell(input.bootNotRun)}) | | |`)
  else if (boots.length === 0) lines.push('| – | – | – | not run (no bootable package, or a fork PR) | | |')
  for (const b of boots) {
    const verdict = b.verdict ? `${ICON[b.status]} ${cell(b.verdict)}` : `${ICON[b.status]} ${b.status}`
    lines.push(
      `| ${cell(b.source ?? b.id)} | ${cell(b.release)} | ${cell(b.arch)} | ${verdict} | ${cell(b.accel)} | ${cell(b.reason)} |`
    )
  }
  lines.push('', '<sub>Updated in place by stable-sync on every run.</sub>')

  const failed = input.records.filter(r => r.status === 'failure')
  const cancelled = input.records.filter(r => r.status === 'cancelled')
  const state: Report['state'] = failed.length
    ? 'failure'
    : cancelled.length || builds.length === 0
      ? 'error'
      : 'success'
  const count = (kind: JobRecord['kind']): string => {
    const all = input.records.filter(r => r.kind === kind)
    return `${all.filter(r => r.status === 'success').length}/${all.length}`
  }
  const boot =
    input.bootNotRun && boots.length === 0
      ? `boot: not run (${input.bootNotRun})`
      : `boots ${count('boot')} ok`
  const description = `builds ${count('build')} ok, ${boot}`.slice(0, 140)
  return { marker, markdown: lines.join('\n') + '\n', state, description }
}

/** The build gate table and each build's lintian tags; nothing when no build ran the gate. */
function renderGate(builds: JobRecord[]): string[] {
  const gated = builds.filter(b => b.gate && (b.gate.lintian || b.gate.autopkgtest))
  if (gated.length === 0) return []
  const lines = ['', '| Build gate | Release | Arch | Lintian | autopkgtest |', '|---|---|---|---|---|']
  for (const b of gated) {
    const l = b.gate!.lintian
    const a = b.gate!.autopkgtest
    const lintian = l
      ? `${l.status === 'pass' ? '✅' : '❌'} errors ${l.errors}, warnings ${l.warnings}`
      : 'not run'
    const tests = a
      ? a.status === 'none'
        ? 'no debian/tests'
        : `${a.status === 'pass' ? '✅' : a.status === 'fail' ? '❌' : '⏭️'} ${
            a.tests.map(t => `${t.name} ${t.result}`).join(', ') || a.status
          }`
      : 'not run'
    lines.push(
      `| ${cell(b.source ?? b.id)} | ${cell(b.release)} | ${cell(b.arch)} | ${cell(lintian)} | ${cell(tests)} |`
    )
  }
  for (const b of gated) {
    const tags = b.gate!.lintian?.tags ?? []
    if (tags.length === 0) continue
    const errorsFirst = [...tags].sort((x, y) =>
      x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1
    )
    lines.push(
      '',
      `<details><summary>lintian: ${cell(b.source ?? b.id)} on ${cell(b.release)} ${cell(b.arch)}</summary>`,
      '',
      '| | Package | Tag | Where |',
      '|---|---|---|---|'
    )
    for (const t of errorsFirst.slice(0, MAX_TAGS)) {
      lines.push(
        `| ${t.severity === 'error' ? 'E' : 'W'} | ${cell(t.package)} | ${cell(t.tag)} | ${cell(t.context)} |`
      )
    }
    if (tags.length > MAX_TAGS) lines.push('', `…and ${tags.length - MAX_TAGS} more in the job log.`)
    lines.push('', '</details>')
  }
  return lines
}

const byId = (a: JobRecord, b: JobRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Validate one record read from a results file (written by the workflow, so shapes are checked). */
export function parseRecord(data: unknown, file: string): JobRecord {
  const r = data as Partial<JobRecord>
  const statuses: JobStatus[] = ['success', 'failure', 'cancelled', 'skipped']
  if (
    !r ||
    (r.kind !== 'build' && r.kind !== 'boot') ||
    typeof r.id !== 'string' ||
    !statuses.includes(r.status as JobStatus)
  ) {
    throw new InputError(
      `${file}: not a stable-sync job record (kind build|boot, id, status success|failure|cancelled|skipped)`
    )
  }
  return {
    kind: r.kind,
    id: r.id,
    release: String(r.release ?? ''),
    arch: String(r.arch ?? ''),
    status: r.status as JobStatus,
    ...(r.source ? { source: String(r.source) } : {}),
    ...(Array.isArray(r.debs) ? { debs: r.debs.map(String) } : {}),
    ...(r.verdict ? { verdict: String(r.verdict) } : {}),
    ...(r.reason ? { reason: String(r.reason) } : {}),
    ...(r.accel ? { accel: String(r.accel) } : {}),
    ...(r.gate !== undefined ? { gate: parseGate(r.gate, file) } : {})
  }
}

function parseGate(data: unknown, file: string): GateRecord {
  const g = data as GateRecord
  const bad = (): never => {
    throw new InputError(
      `${file}: 'gate' is not a build gate record (lintian, autopkgtest as stable-sync build --json writes)`
    )
  }
  if (!g || typeof g !== 'object') bad()
  const out: GateRecord = {}
  if (g.lintian !== undefined) {
    const l = g.lintian
    if (!l || !Array.isArray(l.tags) || (l.status !== 'pass' && l.status !== 'fail')) bad()
    out.lintian = {
      status: l.status,
      errors: Number(l.errors) || 0,
      warnings: Number(l.warnings) || 0,
      tags: l.tags.map(t => ({
        severity: t.severity === 'error' ? 'error' : 'warning',
        package: String(t.package ?? ''),
        tag: String(t.tag ?? ''),
        ...(t.context ? { context: String(t.context) } : {})
      }))
    }
  }
  if (g.autopkgtest !== undefined) {
    const a = g.autopkgtest
    if (!a || !Array.isArray(a.tests) || !['pass', 'fail', 'skip', 'none'].includes(a.status)) bad()
    out.autopkgtest = {
      status: a.status,
      tests: a.tests.map(t => ({
        name: String(t.name ?? ''),
        result: String(t.result ?? ''),
        ...(t.detail ? { detail: String(t.detail) } : {})
      }))
    }
  }
  return out
}
