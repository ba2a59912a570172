import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { TrackConfig } from '../config/types.js'
import { readSeriesPatches, verifyWithPatch } from '../verify/real.js'
import { explainer } from './explain.js'
import { prepareTrack, withTempDir } from './prepare.js'
import { trackResult } from './result.js'
import type { EngineOptions, TrackResult } from './types.js'

/**
 * `stable-sync verify` for one track: the package's whole series, applied with patch -F0 onto the
 * pinned tree, must reproduce the stable tip except files changed only by skipped commits. Upstream
 * fixes not in the series yet (`patches` in the result) make it fail: run apply.
 */
export async function verifyTrack(opts: EngineOptions, track: TrackConfig): Promise<TrackResult> {
  const p = await prepareTrack(opts, track)
  const verification = await withTempDir(async tmp => {
    const scratch = join(tmp, 'verify')
    mkdirSync(scratch)
    return verifyWithPatch({
      git: p.upstream.git,
      pinSha: p.pin.sha,
      tipSha: p.upstream.tipSha,
      patches: readSeriesPatches(p.packageDir, p.existing.seriesFile),
      tmpDir: scratch,
      ...explainer(p)
    })
  })
  if (verification.status === 'failed' && p.named.length) {
    verification.text += `; ${p.named.length} upstream fix(es) are not in the series yet (run stable-sync apply)`
  }
  return trackResult(p, verification)
}
