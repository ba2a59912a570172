import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TrackConfig } from '../config/types.js'
import { planChangelog } from '../series/changelog.js'
import { prepareTrack, type Prepared } from './prepare.js'
import { trackResult } from './result.js'
import type { EngineOptions, TrackResult } from './types.js'

export function changelogFor(p: Prepared): TrackResult['changelog'] {
  if (p.named.length === 0) return undefined
  const file = join(p.packageDir, 'debian', 'changelog')
  if (!existsSync(file)) return undefined
  const plan = planChangelog(
    readFileSync(file, 'utf8'),
    p.track.patchDir,
    p.track.upstream.branch,
    p.upstream.tipSha,
    p.named.map(n => ({ name: n.name, subject: n.patch.subject }))
  )
  return { version: plan.version, lines: plan.items }
}

/** `stable-sync plan` for one track: read-only; what apply would write, and why each commit is left out. */
export async function planTrack(opts: EngineOptions, track: TrackConfig): Promise<TrackResult> {
  const p = await prepareTrack(opts, track)
  return trackResult(p, p.analysis.verification, { changelog: changelogFor(p) })
}
