import { join } from 'node:path'
import { isLeftOutReason } from '../../classify/declined.js'
import { reduceFiles, type Decision, type TrackRules } from '../../classify/rules.js'
import type { ShaSet } from '../../classify/refs.js'
import type { Git } from '../../git/gateway.js'
import { ScratchIndex } from '../../verify/index-apply.js'
import {
  applyPart,
  BlobStore,
  entryOf,
  objectFormatOf,
  opaqueState,
  type FileState
} from '../../verify/memory-files.js'
import { diffsBack, type TreeEdit } from '../../verify/residual-trees.js'
import { entriesAt, plainPath } from '../../verify/tree-entries.js'
import { rawEntry, type Entry } from '../../verify/tree-state.js'
import { splitFileDiffs, type FileDiff } from '../../walk/diff.js'
import { readTreeDiff } from '../../walk/diffs.js'
import type { CommitInfo, FileChange, MergeGroup } from '../../walk/types.js'
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

/** A merge whose merged commits must be applied by content to find its residual. */
interface OpenMerge {
  s: StepState
  merge: CommitInfo
  group: MergeGroup
  /** Merged commits (no merges) with a change: tried in order onto the first parent. */
  candidates: CommitInfo[]
}

/** What applying the merged commits onto the first parent gave. */
interface Outcome {
  applied: Set<string>
  /** The merge's own change, when the merged commits do not make its tree. */
  residual?: Buffer
}

/**
 * Phase 5: carry each merged commit that applies on its own (onto the merge's first parent, in
 * order); the rest of the merge's net change (its conflict resolution) becomes a residual patch, so
 * the series reproduces the merge exactly. Merged commits the residual carries are 'folded'.
 *
 * A merge whose merged commits chain exactly by blob ids is decided without reading a byte. The
 * others are applied in memory as git apply does (verify/memory-files.ts), from the first parent's
 * files read in one `git cat-file` for all merges; the residuals of all merges are diffed by three
 * processes together (verify/residual-trees.ts).
 */
export async function resolveMerges(input: MergeInput): Promise<void> {
  const { states, merges, byCommit, diffs } = input
  const open: OpenMerge[] = []
  for (const s of states) {
    if (s.step.kind !== 'residual') continue
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
    const candidates = group.merged.filter(c => c.parents.length < 2 && (diffs.get(c.sha)?.length ?? 0) > 0)
    open.push({ s, merge: m, group, candidates })
  }
  const outcomes = await applyMerged(input, open)
  open.forEach((o, k) => settle(input, o, outcomes[k]))
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

/** The merged commits applied onto each open merge's first parent: which apply, and the residual. */
async function applyMerged(input: MergeInput, open: OpenMerge[]): Promise<Outcome[]> {
  const { git, diffs } = input
  const paths = open.map(o => [
    ...new Set(o.candidates.flatMap(c => splitFileDiffs(diffs.get(c.sha)!).map(f => f.path)))
  ])
  const changed = open.map(o => new Map(o.merge.files.map(f => [f.path, f])))
  // The first parent's entry of each file: from the merge's own --raw data, else from git's trees.
  const asked = open.flatMap((o, k) =>
    paths[k].filter(p => !changed[k].has(p)).map(p => [o.merge.parents[0], p] as const)
  )
  const looked = await entriesAt(git, asked)
  const firsts = open.map((o, k) => {
    const out = new Map<string, Entry>()
    for (const p of paths[k]) {
      const f = changed[k].get(p)
      const e = f ? rawEntry(f.oldMode, f.oldBlob) : looked.get(`${o.merge.parents[0]} ${p}`)
      if (e === undefined) return undefined
      out.set(p, e)
    }
    return out
  })
  const blobs = new BlobStore(git)
  try {
    // Every first-parent file asked for at once: git answers while the first merges are applied.
    const contents = firsts.map(first =>
      first
        ? [...first].map(([p, e]) => {
            const state = blobs.state(e)
            state.catch(() => undefined) // awaited in its turn; a merge failing first must not leave it unhandled
            return [p, state] as const
          })
        : undefined
    )
    return await applyAll(input, open, changed, firsts, contents)
  } finally {
    await blobs.close().catch(() => undefined)
  }
}

/** Each open merge's merged commits applied in memory onto its first parent's files (`contents`). */
async function applyAll(
  input: MergeInput,
  open: OpenMerge[],
  changed: Map<string, FileChange>[],
  firsts: (Map<string, Entry> | undefined)[],
  contents: (readonly (readonly [string, Promise<FileState>])[] | undefined)[]
): Promise<Outcome[]> {
  const { git, diffs } = input
  const outcomes: Outcome[] = []
  const format = objectFormatOf(open[0]?.merge.sha ?? '')
  const edits: TreeEdit[] = []
  const editOf: number[] = []
  for (const [k, o] of open.entries()) {
    input.progress?.(`merges: ${k} of ${open.length} merges applied by content`)
    const first = firsts[k]
    const content = contents[k]
    if (!first || !content) {
      // A path git's trees cannot be asked about here (see plainPath): the merge goes through git apply.
      outcomes.push(await applyWithIndex(input, o, k))
      continue
    }
    const memory = new Map<string, FileState>()
    for (const [p, state] of content) memory.set(p, await state)
    const applied = new Set<string>()
    for (const c of o.candidates) if (applyPart(memory, diffs.get(c.sha)!).length === 0) applied.add(c.sha)
    // Where the result differs from the merge's tree (files the merged commits do not touch keep
    // the first parent's content, and differ where the merge changed them).
    const differing: [string, FileState][] = []
    for (const [p, state] of memory) {
      const f = changed[k].get(p)
      if (entryOf(state, format) !== (f ? rawEntry(f.newMode, f.newBlob) : first.get(p)))
        differing.push([p, state])
    }
    for (const [p, f] of changed[k])
      if (!memory.has(p)) differing.push([p, opaqueState(rawEntry(f.oldMode, f.oldBlob))])
    outcomes.push({ applied })
    if (differing.length && differing.every(([p]) => plainPath(p))) {
      editOf.push(k)
      edits.push({ commit: o.merge.sha, files: differing })
    } else if (differing.length) outcomes[k] = await applyWithIndex(input, o, k)
  }
  const residuals = await diffsBack(git, input.tmpDir, edits)
  editOf.forEach((k, i) => (outcomes[k].residual = residuals[i]))
  return outcomes
}

/** The same as applyMerged for one merge, in a scratch index with git apply (paths not plain). */
async function applyWithIndex(input: MergeInput, o: OpenMerge, k: number): Promise<Outcome> {
  const { git, diffs } = input
  const index = new ScratchIndex(git, join(input.tmpDir, `merge-${k}.index`))
  await index.readTree(o.merge.parents[0])
  const applied = new Set<string>()
  for (const c of o.candidates) if (await index.tryApply([diffs.get(c.sha)!])) applied.add(c.sha)
  const x = await index.writeTree()
  return x === o.merge.tree ? { applied } : { applied, residual: await readTreeDiff(git, x, o.merge.tree) }
}

/** The merge's decision from what its merged commits did, and theirs (folded: the residual carries them). */
function settle(input: MergeInput, o: OpenMerge, outcome: Outcome): void {
  const { byCommit, rules, carried } = input
  const { s, merge: m, group } = o
  const { applied } = outcome
  const folded = group.merged.filter(
    c => !applied.has(c.sha) && (c.parents.length > 1 || (input.diffs.get(c.sha)?.length ?? 0) > 0)
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
  if (!outcome.residual?.length) {
    s.decision = NO_CHANGE_OF_ITS_OWN
    return
  }
  s.residualDiff = outcome.residual
  s.decision = classifyResidual(m, splitFileDiffs(outcome.residual), rules, carried.get(m.sha))
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
