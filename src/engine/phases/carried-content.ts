import { patchIds } from '../../classify/patch-id.js'
import type { Git } from '../../git/gateway.js'
import type { ExistingSeries } from '../../series/existing.js'
import { restrictDiff } from '../../walk/diff.js'
import type { DiffCache } from './diff-cache.js'
import type { StepState } from './state.js'

/**
 * Phase 4: a taken commit whose patch-id (as is, or of the changed lines alone, context ignored)
 * equals an existing patch's is already carried. Only commits sharing a file with an existing patch
 * are candidates; their diffs are in `diffs` (see candidatesByContent), all ids in one process.
 */
export async function markCarriedByContent(
  git: Git,
  candidates: StepState[],
  existing: ExistingSeries,
  diffs: DiffCache
): Promise<void> {
  if (candidates.length === 0 || existing.patches.length === 0) return
  const input = new Map<string, string>()
  existing.patches.forEach((p, i) => input.set(`existing:${i}`, p.diff))
  for (const s of candidates) {
    input.set(
      s.step.commit.sha,
      restrictDiff(diffs.get(s.step.commit.sha)!, new Set(s.decision.kept)).toString('latin1')
    )
  }
  const ids = await patchIds(git, input)
  const byFull = new Map<string, string>()
  const byChanges = new Map<string, string>()
  existing.patches.forEach((p, i) => {
    const id = ids.get(`existing:${i}`)
    if (id?.full) byFull.set(id.full, p.file)
    if (id?.changes) byChanges.set(id.changes, p.file)
  })
  for (const s of candidates) {
    const id = ids.get(s.step.commit.sha)
    const hit = (id?.full && byFull.get(id.full)) || (id?.changes && byChanges.get(id.changes))
    if (hit) {
      const how =
        id?.full && byFull.get(id.full) ? 'patch-id' : 'patch-id of the changed lines, context ignored'
      s.decision = {
        ...s.decision,
        action: 'skip',
        reason: 'already-carried',
        text: `already carried as ${hit} (same ${how})`
      }
    }
  }
}

/** The taken commits that share a file with an existing patch: only they can be carried by content. */
export function candidatesByContent(states: StepState[], existingFiles: Set<string>): StepState[] {
  return states.filter(
    s =>
      s.step.kind === 'commit' &&
      s.decision.action === 'take' &&
      s.decision.kept.some(f => existingFiles.has(f))
  )
}
