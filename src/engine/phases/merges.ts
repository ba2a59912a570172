import { join } from 'node:path'
import { isLeftOutReason } from '../../classify/declined.js'
import { reduceFiles, type Decision, type TrackRules } from '../../classify/rules.js'
import type { ShaSet } from '../../classify/refs.js'
import type { Git } from '../../git/gateway.js'
import { ScratchIndex } from '../../verify/index-apply.js'
import { splitFileDiffs, type FileDiff } from '../../walk/diff.js'
import { readTreeDiff } from '../../walk/diffs.js'
import type { CommitInfo, MergeGroup } from '../../walk/types.js'
import type { DiffCache } from './diff-cache.js'
import type { StepState } from './state.js'

const NO_CHANGE_OF_ITS_OWN: Decision = {
  action: 'skip',
  reason: 'merge',
  text: 'merge with no change of its own: the merged commits carry all of it',
  kept: [],
  dropped: []
}

/** Left out by sha: declined in exclude.commits, or not in a freeze exception's selection. */
export function leftOutBySha(d: Decision): boolean {
  return isLeftOutReason(d.reason)
}

/** The merged commits whose diffs resolveMerges needs: those of merges that need a real apply. */
export function mergedCommitsToDiff(merges: Map<string, MergeGroup>): CommitInfo[] {
  return [...merges.values()]
    .filter(g => !cleanMerge(g.merge, g.merged))
    .flatMap(g => g.merged.filter(c => c.parents.length < 2))
}

export interface MergeInput {
  git: Git
  states: StepState[]
  merges: Map<string, MergeGroup>
  byCommit: Map<string, StepState>
  rules: TrackRules
  /** Existing patches by the upstream shas they name. */
  carried: ShaSet<string>
  /** Holds the diffs of mergedCommitsToDiff(merges). */
  diffs: DiffCache
  tmpDir: string
  /** Told how far it is now and then (a throttled Logger.progress). */
  progress?: (message: string) => void
}

/**
 * Phase 5: carry each merged commit that applies on its own (onto the merge's first parent, in
 * order); the rest of the merge's net change (its conflict resolution) becomes a residual patch, so
 * the series reproduces the merge exactly. Merged commits the residual carries are 'folded'.
 */
export async function resolveMerges(input: MergeInput): Promise<void> {
  const { git, states, merges, byCommit, rules, carried, diffs } = input
  let n = 0
  let seen = 0
  for (const s of states) {
    if (s.step.kind !== 'residual') continue
    input.progress?.(`merges: ${seen++} of ${merges.size} resolved, ${n} needed a scratch index`)
    const m = s.step.commit
    const group = merges.get(m.sha)!
    if (cleanMerge(m, group.merged)) {
      // Every merged commit applies exactly (its pre-images are the current blobs) and together
      // they make the merge's tree: no process needed, no residual.
      s.carriedSeparately = group.merged.filter(c => byCommit.get(c.sha)?.decision.action === 'take')
      s.folded = []
      s.decision = NO_CHANGE_OF_ITS_OWN
      continue
    }
    const index = new ScratchIndex(git, join(input.tmpDir, `merge-${n++}.index`))
    await index.readTree(m.parents[0])
    const candidates = group.merged.filter(c => c.parents.length < 2 && (diffs.get(c.sha)?.length ?? 0) > 0)
    const applied = new Set<string>()
    if (await index.tryApply(candidates.map(c => diffs.get(c.sha)!))) {
      for (const c of candidates) applied.add(c.sha)
    } else {
      for (const c of candidates) if (await index.tryApply([diffs.get(c.sha)!])) applied.add(c.sha)
    }
    const folded = group.merged.filter(
      c => !applied.has(c.sha) && (c.parents.length > 1 || (diffs.get(c.sha)?.length ?? 0) > 0)
    )
    for (const c of folded) {
      const cs = byCommit.get(c.sha)
      // A commit left out by sha that only applies inside its merge: the residual carries it anyway.
      if (cs && (cs.decision.action === 'take' || leftOutBySha(cs.decision)))
        cs.decision = { ...cs.decision, action: 'folded' }
    }
    s.folded = folded
    s.carriedSeparately = group.merged.filter(
      c => applied.has(c.sha) && byCommit.get(c.sha)?.decision.action === 'take'
    )
    const x = await index.writeTree()
    if (x === m.tree) {
      s.decision = NO_CHANGE_OF_ITS_OWN
      continue
    }
    const diff = await readTreeDiff(git, x, m.tree)
    s.residualDiff = diff
    s.decision = classifyResidual(m, splitFileDiffs(diff), rules, carried.get(m.sha))
    // A declined commit the residual would carry (it does not apply on its own) is never taken silently.
    const declined = folded.filter(c => byCommit.get(c.sha)?.decision.reason === 'declined')
    if (s.decision.action === 'take' && declined.length) {
      s.decision = {
        ...s.decision,
        action: 'problem',
        kind: 'does-not-apply',
        text: `the merge's resolution carries declined ${declined.map(c => c.sha).join(', ')}, which does not apply on its own inside the merge: decline the merge too (exclude.commits), or backport by hand`
      }
    }
  }
  // A folded commit is already carried when its merge's residual is.
  for (const s of states) {
    if (s.decision.action !== 'folded') continue
    const merge = s.step.merge!
    const ms = states.find(r => r.step.kind === 'residual' && r.step.commit.sha === merge.sha)!
    // Left out with its merge (declined, not selected): reported, never silently lost.
    if (leftOutBySha(ms.decision)) {
      s.decision = {
        ...s.decision,
        action: 'skip',
        reason: ms.decision.reason,
        text: `does not apply on its own inside merge ${merge.sha}, whose residual patch is left out (${ms.decision.text})`
      }
    }
    if (ms.decision.reason === 'already-carried') {
      s.decision = {
        ...s.decision,
        action: 'skip',
        reason: 'already-carried',
        text: `carried by the residual patch of merge ${merge.sha} (${ms.decision.text})`
      }
    }
  }
}

export function classifyResidual(
  merge: CommitInfo,
  files: FileDiff[],
  rules: TrackRules,
  carriedAs: string | undefined
): Decision {
  const paths = files.map(f => f.path)
  const { kept, outside, excluded } = reduceFiles(paths, rules)
  const dropped = [...outside, ...excluded]
  const left = rules.leftOut(merge.sha)
  if (left && kept.length) return { action: 'skip', reason: left.reason, text: left.text, kept, dropped }
  if (carriedAs) {
    return {
      action: 'skip',
      reason: 'already-carried',
      text: `the merge's resolution is already carried as ${carriedAs}`,
      kept,
      dropped
    }
  }
  if (kept.length === 0) {
    return excluded.length
      ? {
          action: 'skip',
          reason: 'excluded-path',
          text: `the merge's own change only touches excluded paths`,
          kept,
          dropped
        }
      : {
          action: 'skip',
          reason: 'outside-paths',
          text: `the merge's own change touches no file under the track's paths`,
          kept,
          dropped
        }
  }
  const gitlinks = files.filter(f => kept.includes(f.path) && f.submodule)
  if (gitlinks.length) {
    return {
      action: 'problem',
      kind: 'submodule',
      text: `the merge's own change updates submodule ${gitlinks.map(f => f.path).join(', ')}`,
      kept,
      dropped
    }
  }
  const bin = files.filter(f => kept.includes(f.path) && f.binary)
  if (bin.length) {
    return {
      action: 'problem',
      kind: 'binary',
      text: `the merge's own change touches binary file(s) ${bin.map(f => f.path).join(', ')}`,
      kept,
      dropped
    }
  }
  return { action: 'take', kept, dropped }
}

/**
 * A merge whose merged commits (no merges among them) chain exactly from the first parent's blobs to
 * the merge's blobs, file by file, and touch exactly the files the merge changes: decided from the
 * `--raw` data alone.
 */
export function cleanMerge(merge: CommitInfo, merged: CommitInfo[]): boolean {
  if (merged.some(c => c.parents.length > 1)) return false
  const start = new Map(merge.files.map(f => [f.path, `${f.oldMode} ${f.oldBlob}`]))
  const end = new Map(merge.files.map(f => [f.path, `${f.newMode} ${f.newBlob}`]))
  const current = new Map<string, string>()
  for (const c of merged) {
    for (const f of c.files) {
      if (!start.has(f.path)) return false
      const before = current.get(f.path) ?? start.get(f.path)
      if (`${f.oldMode} ${f.oldBlob}` !== before) return false
      current.set(f.path, `${f.newMode} ${f.newBlob}`)
    }
  }
  if (current.size !== end.size) return false
  for (const [p, blob] of end) if (current.get(p) !== blob) return false
  return true
}
