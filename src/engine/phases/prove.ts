import { join } from 'node:path'
import type { Git } from '../../git/gateway.js'
import type { Logger } from '../../log.js'
import type { ExistingSeries } from '../../series/existing.js'
import { ScratchIndex } from '../../verify/index-apply.js'
import { restrictDiff, splitFileDiffs } from '../../walk/diff.js'
import type { Verification } from '../types.js'
import type { DiffCache } from './diff-cache.js'
import type { StepState } from './state.js'

export interface ProveInput {
  git: Git
  pinSha: string
  tipSha: string
  states: StepState[]
  existing: ExistingSeries
  /** Files the package's own patches change (patches naming no commit of the range). */
  ownOnly: Set<string>
  diffs: DiffCache
  tmpDir: string
  log: Logger
  trackName: string
}

/**
 * Phase 6: prove the series applies: a scratch index with the pinned tree, the package's own series,
 * and every taken patch, at fuzz 0. Only files some non-taken change touches can diverge from
 * upstream, so only the parts of patches touching those files need applying. A taken patch that
 * does not apply becomes a `does-not-apply` problem.
 */
export async function proveSeries(input: ProveInput): Promise<Verification> {
  const { git, pinSha, tipSha, states, existing, diffs, log } = input
  const existingFiles = new Set(existing.patches.flatMap(p => p.files))
  const diverging = new Set(existingFiles)
  for (;;) {
    for (const s of states) {
      if (s.decision.action === 'skip' || s.decision.action === 'problem') {
        const files =
          s.step.kind === 'residual'
            ? splitFileDiffs(s.residualDiff ?? Buffer.alloc(0)).map(f => f.path)
            : s.step.commit.files.map(f => f.path)
        for (const f of files) diverging.add(f)
      }
      for (const f of s.decision.dropped) diverging.add(f)
    }
    const taken = states.filter(
      s => s.decision.action === 'take' && s.decision.kept.some(f => diverging.has(f))
    )
    await diffs.ensure(taken.filter(s => s.step.kind === 'commit').map(s => s.step.commit))
    const index = new ScratchIndex(git, join(input.tmpDir, 'series.index'))
    await index.readTree(pinSha)
    const own = existing.patches.map(p => Buffer.from(p.diff, 'latin1'))
    const failedOwn = await index.applyUntilFailure(own)
    if (failedOwn !== -1) {
      return {
        status: 'failed',
        text: `the package's own series does not apply to the pinned tree at fuzz 0: ${existing.patches[failedOwn].file} fails`
      }
    }
    const parts = taken.map(s => restrictDiff(s.residualDiff ?? diffs.get(s.step.commit.sha)!, diverging))
    const failed = await index.applyUntilFailure(parts)
    if (failed !== -1) {
      const s = taken[failed]
      s.decision = {
        ...s.decision,
        action: 'problem',
        kind: 'does-not-apply',
        text: `does not apply at fuzz 0 after the patches before it (touches ${s.decision.kept.filter(f => diverging.has(f)).join(', ')}); backport it by hand`
      }
      log.debug(`${input.trackName}: ${s.step.commit.sha} does not apply; walking again`)
      continue
    }
    const takenFiles = new Set(states.filter(s => s.decision.action === 'take').flatMap(s => s.decision.kept))
    const differences = (await index.differingPaths(tipSha)).filter(
      f => diverging.has(f) && takenFiles.has(f) && !input.ownOnly.has(f)
    )
    if (differences.length) {
      return {
        status: 'failed',
        text: `the series applies, but ${differences.length} file(s) differ from the stable tip`,
        differences
      }
    }
    return {
      status: 'ok',
      text: `the series applies at fuzz 0 onto ${pinSha.slice(0, 12)} and reproduces ${tipSha.slice(0, 12)} except files changed only by skipped commits (checked with git apply in a scratch index)`
    }
  }
}
