import type { Prepared } from './prepare.js'
import type { TrackResult, Verification } from './types.js'

/** The JSON contract for one track (see types.ts). */
export function trackResult(
  p: Prepared,
  verification: Verification,
  extra: Partial<TrackResult> = {}
): TrackResult {
  return {
    name: p.track.name,
    pin: { version: p.pin.version, tag: p.pin.tag, sha: p.pin.sha },
    tip: { ref: p.upstream.tipRef, sha: p.upstream.tipSha },
    patches: p.named.map(n => n.patch),
    skipped: p.analysis.skipped,
    problems: p.analysis.problems,
    verification,
    ...(p.selection ? { selection: p.selection } : {}),
    ...extra
  }
}

/** Exit code for results: 1 when a human must look (problems, failed verification), else 0. */
export function exitCodeFor(results: TrackResult[]): number {
  return results.some(r => r.problems.length > 0 || r.verification.status === 'failed') ? 1 : 0
}
