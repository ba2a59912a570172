import { basename } from 'node:path'
import type { JobRecord, JobStatus } from './report.js'

/**
 * One matrix job's record for the report (report.ts reads them back): what the workflow's build and
 * boot jobs used to assemble with `node -e` from step outcomes, decided here instead. Pure: the
 * command reads the files (the build's --json, kvm-test's --json) and passes their contents.
 */
export interface JobRecordInput {
  kind: 'build' | 'boot'
  id: string
  source?: string
  release: string
  arch: string
  /** The deciding step's outcome (steps.<id>.outcome): success, failure, cancelled, skipped or ''. */
  outcome: string
  /** job.status: success, failure or cancelled. */
  jobStatus: string
  /** build: `stable-sync build --json` output. */
  build?: unknown
  /** boot (deb): the boot-test action's result, reason and accel outputs. */
  boot?: { result?: string; reason?: string; accel?: string }
  /** boot (dkms): `stable-sync kvm-test --json` output. */
  kvm?: unknown
}

export function jobRecord(i: JobRecordInput): JobRecord {
  const base = {
    kind: i.kind,
    id: i.id,
    release: i.release,
    arch: i.arch,
    ...(i.source ? { source: i.source } : {})
  }
  const fallback: JobStatus =
    i.outcome === 'success'
      ? 'success'
      : i.jobStatus === 'cancelled' || i.outcome === 'cancelled'
        ? 'cancelled'
        : 'failure'
  if (i.kind === 'build') {
    const build = i.build as { debs?: { file?: unknown }[]; gate?: unknown } | undefined
    const debs = build?.debs
    // The build gate's verdicts (lintian, autopkgtest) go to the report as the build wrote them;
    // report.ts's parseRecord checks their shape when it reads the record back.
    const gate = build?.gate && typeof build.gate === 'object' ? (build.gate as JobRecord['gate']) : undefined
    return {
      ...base,
      status: fallback,
      debs: Array.isArray(debs) ? debs.map(d => basename(String(d?.file ?? ''))).filter(Boolean) : [],
      ...(gate ? { gate } : {})
    }
  }
  const kvm = i.kvm as
    | {
        exitCode?: number
        verdict?: string
        label?: string
        reason?: string
        boot?: { accel?: { used?: string } }
      }
    | undefined
  const result = kvm
    ? kvm.exitCode === 77
      ? 'skip'
      : kvm.verdict === 'pass'
        ? 'pass'
        : 'fail'
    : i.boot?.result
  const verdict = kvm ? kvm.label : i.boot?.result
  const reason = kvm ? kvm.reason : i.boot?.reason
  const accel = kvm ? kvm.boot?.accel?.used : i.boot?.accel
  const one = (s: string | undefined): string =>
    String(s ?? '')
      .replace(/\s+/g, ' ')
      .trim()
  return {
    ...base,
    // A guest that cannot virtualize at all (exit 77, or the harness's skip) is a skip, not a failure.
    status: result === 'skip' ? 'skipped' : fallback,
    ...(one(verdict) ? { verdict: one(verdict) } : {}),
    ...(one(reason) ? { reason: one(reason) } : {}),
    ...(one(accel) ? { accel: one(accel) } : {})
  }
}
