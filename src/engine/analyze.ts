import { join } from 'node:path'
import type { TrackConfig } from '../config/types.js'
import type { Git } from '../git/gateway.js'
import type { Logger } from '../log.js'
import { binaryBlobs } from '../classify/binary.js'
import { patchIds } from '../classify/patch-id.js'
import { backportRefs, revertedRefs, ShaSet } from '../classify/refs.js'
import {
  classifyByMetadata,
  compileRules,
  reduceFiles,
  reductionNeedsReview,
  type Decision,
  type TrackRules
} from '../classify/rules.js'
import type { ExistingSeries } from '../series/existing.js'
import { ScratchIndex } from '../verify/index-apply.js'
import { doesNotApplyText, refreshedText, refreshFix } from '../verify/refresh.js'
import { splitFileDiffs, type FileDiff } from '../walk/diff.js'
import type { DiffRequest } from '../walk/diff-stream.js'
import { readDiffs, readTreeDiff } from '../walk/diffs.js'
import { readCommitsCached } from '../walk/cache.js'
import { shapeRange } from '../walk/structure.js'
import type { CommitInfo, Step } from '../walk/types.js'
import type { Problem, SkippedCommit, Verification } from './types.js'

/** One patch the series will get, in order. */
export interface PlannedStep {
  kind: 'commit' | 'merge-residual'
  /** The commit, or the merge for a residual. */
  commit: CommitInfo
  /** Every upstream commit whose change the patch carries (full shas). */
  upstream: string[]
  kept: string[]
  dropped: string[]
  /** Residuals: merged commits with their own patches, and those folded into the residual. */
  carriedSeparately?: CommitInfo[]
  folded?: CommitInfo[]
  /** Residuals carry their diff; commit diffs are read when patches are written. */
  diff?: Buffer
  /** A fix refreshed onto the package's own patch `onto` (three-way): its new diff (see verify/refresh.ts). */
  refreshed?: Refreshed
}

export interface Refreshed {
  diff: Buffer
  onto?: string
}

export interface Analysis {
  commits: CommitInfo[]
  steps: PlannedStep[]
  skipped: SkippedCommit[]
  problems: Problem[]
  verification: Verification
}

export interface AnalyzeInput {
  git: Git
  pinSha: string
  tipSha: string
  track: TrackConfig
  existing: ExistingSeries
  log: Logger
  /** Scratch directory for temporary index files. */
  tmpDir: string
  /** The upstream cache clone: walk metadata and binary verdicts are kept there between runs. */
  cloneDir?: string
  /**
   * Told, as soon as the metadata has decided, which commits the series may take (in walk order), so
   * apply can start git diffing them on another core while the rest of the analysis runs.
   */
  onCandidates?: (commits: DiffRequest[]) => void
}

/** Keep only the sections of a diff for the given files. */
export function restrictDiff(diff: Buffer, files: Set<string>): Buffer {
  const sections = splitFileDiffs(diff).filter(s => files.has(s.path))
  return Buffer.concat(sections.map(s => s.bytes))
}

interface StepState {
  step: Step
  decision: Decision
  residualDiff?: Buffer
  folded?: CommitInfo[]
  carriedSeparately?: CommitInfo[]
  refreshed?: Refreshed
}

/**
 * The walk: decide for every commit in pin..tip whether the series takes it, and prove (in a scratch
 * index, with git apply at fuzz 0) that the taken ones apply in order after the package's own
 * series. Diffs are read only where a decision needs them; everything else is decided from one
 * `git log --raw` over the range.
 */
export async function analyzeRange(input: AnalyzeInput): Promise<Analysis> {
  const { git, pinSha, tipSha, track, existing, log } = input
  const rules = compileRules(track)
  const commits = await readCommitsCached(git, input.cloneDir, pinSha, tipSha)
  const shape = shapeRange(commits, tipSha)
  log.debug(
    `${track.name}: ${commits.length} commits in range, ${shape.chain.length} on the first-parent line`
  )

  const carried = new ShaSet<string>()
  for (const p of existing.patches) for (const r of p.refs) carried.add(r, p.file)
  const inRange = new ShaSet<CommitInfo>()
  for (const c of commits) inRange.add(c.sha, c)

  const states: StepState[] = shape.steps.map(step => ({
    step,
    decision: { action: 'take', kept: [], dropped: [] }
  }))
  const byCommit = new Map<string, StepState>()
  for (const s of states) if (s.step.kind === 'commit') byCommit.set(s.step.commit.sha, s)

  // 1. Metadata: empty, version bump, excluded, outside paths, submodule, already carried by name.
  for (const s of states) {
    if (s.step.kind !== 'commit') continue
    const c = s.step.commit
    if (c.parents.length > 1) {
      s.decision = {
        action: 'skip',
        reason: 'merge',
        text: `a merge inside the branch merged by ${s.step.merge?.sha}; its own change, if any, is in that merge's residual patch`,
        kept: [],
        dropped: []
      }
      continue
    }
    s.decision = classifyByMetadata(c, rules)
    if (s.decision.action !== 'take') continue
    if (carried.empty) continue
    const direct = carried.get(c.sha)
    const viaBackport = backportRefs(c.message).find(r => carried.get(r) !== undefined)
    if (direct || viaBackport) {
      s.decision = {
        ...s.decision,
        action: 'skip',
        reason: 'already-carried',
        text: direct
          ? `already carried as ${direct} (it names this commit)`
          : `already carried as ${carried.get(viaBackport!)} (both name upstream commit ${viaBackport})`
      }
    }
  }

  // 2. Reverts within the range cancel out: both are skipped.
  for (const s of states) {
    if (s.step.kind !== 'commit' || s.decision.action !== 'take') continue
    for (const ref of revertedRefs(s.step.commit.message)) {
      const target = inRange.get(ref)
      const ts = target && byCommit.get(target.sha)
      if (!ts || ts.decision.action !== 'take') continue
      ts.decision = {
        ...ts.decision,
        action: 'skip',
        reason: 'reverted',
        text: `reverted by ${s.step.commit.sha} in the same range`
      }
      s.decision = {
        ...s.decision,
        action: 'skip',
        reason: 'reverted',
        text: `reverts ${target.sha} from the same range`
      }
      break
    }
  }

  input.onCandidates?.(
    states
      .filter(s => s.step.kind === 'commit' && s.decision.action === 'take')
      .map(s => ({ sha: s.step.commit.sha, parent: s.step.commit.parents[0] }))
  )

  // 3. Binary changes (a NUL byte anywhere in a blob), all blobs in one cat-file.
  const blobsOf = (c: CommitInfo, kept: string[]): string[] =>
    c.files.filter(f => kept.includes(f.path)).flatMap(f => [f.oldBlob, f.newBlob])
  const takenCommits = states.filter(s => s.step.kind === 'commit' && s.decision.action === 'take')
  const binary = await binaryBlobs(
    git,
    takenCommits.flatMap(s => blobsOf(s.step.commit, s.decision.kept)),
    // -2: verdicts since a NUL anywhere (not only in the first 8,000 bytes) counts as binary.
    input.cloneDir ? join(input.cloneDir, 'stable-sync', 'blob-verdicts-2') : undefined
  )
  for (const s of takenCommits) {
    const c = s.step.commit
    const bin = c.files.filter(
      f => s.decision.kept.includes(f.path) && (binary.has(f.oldBlob) || binary.has(f.newBlob))
    )
    if (bin.length) {
      s.decision = {
        ...s.decision,
        action: 'problem',
        kind: 'binary',
        text: `changes binary file${bin.length > 1 ? 's' : ''} ${bin.map(f => f.path).join(', ')}: a quilt patch cannot carry it; take it by hand`
      }
    }
  }

  // Diffs are read once, in one process, for the commits that need them below.
  const diffCache = new Map<string, Buffer>()
  const ensureDiffs = async (cs: CommitInfo[]): Promise<void> => {
    const missing = cs.filter(c => !diffCache.has(c.sha))
    const read = await readDiffs(
      git,
      missing.map(c => ({ sha: c.sha, parent: c.parents[0] }))
    )
    for (const c of missing) diffCache.set(c.sha, read.get(c.sha) ?? Buffer.alloc(0))
  }

  // 4. Already carried by content: patch-id (as is, and without context) equal to an existing patch.
  const existingFiles = new Set(existing.patches.flatMap(p => p.files))
  const idCandidates = states.filter(
    s =>
      s.step.kind === 'commit' &&
      s.decision.action === 'take' &&
      s.decision.kept.some(f => existingFiles.has(f))
  )
  // Merged commits of merges that need a real apply (see cleanMerge) have their diffs read now too.
  const mergedCommits = [...shape.merges.values()]
    .filter(g => !cleanMerge(g.merge, g.merged))
    .flatMap(g => g.merged.filter(c => c.parents.length < 2))
  await ensureDiffs([...idCandidates.map(s => s.step.commit), ...mergedCommits])
  if (idCandidates.length && existing.patches.length) {
    const input = new Map<string, string>()
    existing.patches.forEach((p, i) => input.set(`existing:${i}`, p.diff))
    for (const s of idCandidates) {
      input.set(
        s.step.commit.sha,
        restrictDiff(diffCache.get(s.step.commit.sha)!, new Set(s.decision.kept)).toString('latin1')
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
    for (const s of idCandidates) {
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

  // 5. Merges: carry each merged commit that applies on its own; the rest of the merge's net change
  //    (its conflict resolution) becomes a residual patch, so the series reproduces the merge exactly.
  let n = 0
  for (const s of states) {
    if (s.step.kind !== 'residual') continue
    const m = s.step.commit
    const group = shape.merges.get(m.sha)!
    if (cleanMerge(m, group.merged)) {
      // Every merged commit applies exactly (its pre-images are the current blobs) and together
      // they make the merge's tree: no process needed, no residual.
      s.carriedSeparately = group.merged.filter(c => byCommit.get(c.sha)?.decision.action === 'take')
      s.folded = []
      s.decision = {
        action: 'skip',
        reason: 'merge',
        text: 'merge with no change of its own: the merged commits carry all of it',
        kept: [],
        dropped: []
      }
      continue
    }
    const index = new ScratchIndex(git, join(input.tmpDir, `merge-${n++}.index`))
    await index.readTree(m.parents[0])
    const candidates = group.merged.filter(
      c => c.parents.length < 2 && (diffCache.get(c.sha)?.length ?? 0) > 0
    )
    const applied = new Set<string>()
    if (await index.tryApply(candidates.map(c => diffCache.get(c.sha)!))) {
      for (const c of candidates) applied.add(c.sha)
    } else {
      for (const c of candidates) if (await index.tryApply([diffCache.get(c.sha)!])) applied.add(c.sha)
    }
    const folded = group.merged.filter(
      c => !applied.has(c.sha) && (c.parents.length > 1 || (diffCache.get(c.sha)?.length ?? 0) > 0)
    )
    for (const c of folded) {
      const cs = byCommit.get(c.sha)
      // A commit left out by sha that only applies inside its merge: the residual carries it anyway.
      const leftOut = cs?.decision.reason === 'declined' || cs?.decision.reason === 'not-selected'
      if (cs && (cs.decision.action === 'take' || leftOut)) cs.decision = { ...cs.decision, action: 'folded' }
    }
    s.folded = folded
    s.carriedSeparately = group.merged.filter(
      c => applied.has(c.sha) && byCommit.get(c.sha)?.decision.action === 'take'
    )
    const x = await index.writeTree()
    if (x === m.tree) {
      s.decision = {
        action: 'skip',
        reason: 'merge',
        text: 'merge with no change of its own: the merged commits carry all of it',
        kept: [],
        dropped: []
      }
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
  for (const s of states) {
    if (s.decision.action === 'folded') {
      const merge = s.step.merge!
      const ms = states.find(r => r.step.kind === 'residual' && r.step.commit.sha === merge.sha)!
      // Left out with its merge (declined, not selected): reported, never silently lost.
      if (ms.decision.reason === 'declined' || ms.decision.reason === 'not-selected') {
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

  // 6. Prove the series applies: a scratch index with the pinned tree, the package's own series, and
  //    every taken patch, at fuzz 0. Only files some non-taken change touches can diverge from
  //    upstream, so only the parts of patches touching those files need applying.
  const problems: Problem[] = []
  const verification = await simulate()

  async function simulate(): Promise<Verification> {
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
      await ensureDiffs(taken.filter(s => s.step.kind === 'commit').map(s => s.step.commit))
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
      const parts = taken.map(s =>
        restrictDiff(s.refreshed?.diff ?? s.residualDiff ?? diffCache.get(s.step.commit.sha)!, diverging)
      )
      const failed = await index.applyUntilFailure(parts)
      if (failed !== -1) {
        const s = taken[failed]
        const r = await refreshFix({
          git,
          indexFile: index.file,
          tmpDir: input.tmpDir,
          part: parts[failed],
          whole: restrictDiff(s.residualDiff ?? diffCache.get(s.step.commit.sha)!, new Set(s.decision.kept)),
          existing,
          inRange: sha => inRange.get(sha) !== undefined,
          refresh: s.step.kind === 'commit' && !s.refreshed
        })
        if (r.status === 'refreshed') {
          s.refreshed = { diff: r.diff, onto: r.onto?.file }
          log.debug(`${track.name}: ${s.step.commit.sha} refreshed onto ${r.onto?.file ?? 'the series'}`)
          continue
        }
        s.refreshed = undefined
        s.decision = {
          ...s.decision,
          action: 'problem',
          kind: 'does-not-apply',
          text: doesNotApplyText(
            s.decision.kept.filter(f => diverging.has(f)),
            r
          )
        }
        log.debug(`${track.name}: ${s.step.commit.sha} does not apply; walking again`)
        continue
      }
      const takenFiles = new Set(
        states.filter(s => s.decision.action === 'take').flatMap(s => s.decision.kept)
      )
      // A commit left out by sha (declined, not selected) makes its files differ from the tip by design.
      const leftOutFiles = new Set(
        states
          .filter(
            s =>
              s.decision.action === 'skip' &&
              (s.decision.reason === 'declined' || s.decision.reason === 'not-selected')
          )
          .flatMap(s => [...s.decision.kept, ...s.decision.dropped])
      )
      const ownOnly = new Set(
        existing.patches.filter(p => !p.refs.some(r => inRange.get(r))).flatMap(p => p.files)
      )
      const differences = (await index.differingPaths(tipSha)).filter(
        f => diverging.has(f) && takenFiles.has(f) && !ownOnly.has(f) && !leftOutFiles.has(f)
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

  // Results, in walk order.
  const steps: PlannedStep[] = []
  const skipped: SkippedCommit[] = []
  for (const s of states) {
    const c = s.step.commit
    const d = s.decision
    if (d.action === 'take') {
      if (s.step.kind === 'residual') {
        steps.push({
          kind: 'merge-residual',
          commit: c,
          upstream: [c.sha, ...(s.folded ?? []).map(f => f.sha)],
          kept: d.kept,
          dropped: d.dropped,
          carriedSeparately: s.carriedSeparately,
          folded: s.folded,
          diff: restrictDiff(s.residualDiff!, new Set(d.kept))
        })
      } else {
        steps.push({
          kind: 'commit',
          commit: c,
          upstream: [c.sha],
          kept: d.kept,
          dropped: d.dropped,
          ...(s.refreshed ? { refreshed: s.refreshed } : {})
        })
        if (s.refreshed)
          problems.push({ sha: c.sha, kind: 'refreshed', text: refreshedText(s.refreshed.onto) })
      }
      const review = reductionNeedsReview(d.kept, d.dropped)
      if (review)
        problems.push({
          sha: c.sha,
          kind: 'reduced',
          text: `reduced to the track's paths, and ${review}; check the patch`
        })
    } else if (d.action === 'skip') {
      skipped.push({ sha: c.sha, subject: c.subject, reason: d.reason!, text: d.text ?? '' })
    } else if (d.action === 'problem') {
      problems.push({ sha: c.sha, kind: d.kind!, text: d.text ?? '' })
    }
  }
  return { commits, steps, skipped, problems: sortProblems(problems, commits), verification }
}

function sortProblems(problems: Problem[], commits: CommitInfo[]): Problem[] {
  const order = new Map(commits.map((c, i) => [c.sha, i]))
  return problems.sort((a, b) => (order.get(a.sha) ?? 0) - (order.get(b.sha) ?? 0))
}

function classifyResidual(
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
