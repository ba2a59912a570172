import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TrackConfig } from '../config/types.js'
import { resolveVendor, type VendorSetting } from '../debian/vendor.js'
import { planChangelog, type ChangelogPatch } from '../series/changelog.js'
import { prepareTrack, type Prepared } from './prepare.js'
import { trackResult } from './result.js'
import type { EngineOptions, TrackResult } from './types.js'

/** The last upstream commit the series takes (what "up to <sha>" names), not the branch tip. */
export function lastTaken(p: Prepared): string {
  return p.named[p.named.length - 1]?.step.commit.sha ?? p.upstream.tipSha
}

export function changelogPatches(p: Prepared): ChangelogPatch[] {
  return p.named.map(n => ({
    name: n.name,
    subject: n.patch.subject,
    ...(n.patch.bugs ? { refs: n.patch.bugs } : {})
  }))
}

export function changelogFor(p: Prepared, vendor?: VendorSetting): TrackResult['changelog'] {
  if (p.named.length === 0) return undefined
  const file = join(p.packageDir, 'debian', 'changelog')
  if (!existsSync(file)) return undefined
  const text = readFileSync(file, 'utf8')
  const plan = planChangelog(
    text,
    p.track.patchDir,
    p.track.upstream.branch,
    lastTaken(p),
    changelogPatches(p),
    { vendor: resolveVendor(vendor, text) }
  )
  return { version: plan.version, lines: plan.items }
}

/** `stable-sync plan` for one track: read-only; what apply would write, and why each commit is left out. */
export async function planTrack(opts: EngineOptions, track: TrackConfig): Promise<TrackResult> {
  const p = await prepareTrack(opts, track)
  return trackResult(p, p.analysis.verification, { changelog: changelogFor(p, opts.config.vendor) })
}
