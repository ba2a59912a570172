import { join } from 'node:path'
import type { TrackConfig } from '../config/types.js'
import type { Git } from '../git/gateway.js'
import type { Logger } from '../log.js'
import { ShaSet } from '../classify/refs.js'
import { compileRules } from '../classify/rules.js'
import type { ExistingSeries } from '../series/existing.js'
import type { DiffRequest } from '../walk/diff-stream.js'
import { readCommitsCached } from '../walk/cache.js'
import { shapeRange } from '../walk/structure.js'
import type { CommitInfo } from '../walk/types.js'
import { markBinary } from './phases/binary.js'
import { candidatesByContent, markCarriedByContent } from './phases/carried-content.js'
import { classifyMetadata } from './phases/classify-metadata.js'
import { DiffCache } from './phases/diff-cache.js'
import { mergedCommitsToDiff, resolveMerges } from './phases/merges.js'
import { throttled } from './progress.js'
import { keepNetChangesOnly } from './phases/net-effect.js'
import { proveSeries } from './phases/prove.js'
import { collectResults } from './phases/results.js'
import { cancelReverts } from './phases/reverts.js'
import { initialStates, isTakenCommit, statesByCommit, type StepState } from './phases/state.js'
import type { PlannedStep } from './planned-step.js'
import type { Problem, SkippedCommit, Verification } from './types.js'

export { restrictDiff } from '../walk/diff.js'
export { cleanMerge } from './phases/merges.js'
export type { Refreshed } from './phases/state.js'
export type { PlannedStep } from './planned-step.js'

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

/** Every step of the range decided, before the proof: what analyzeRange proves and reports. */
export interface Decided {
  commits: CommitInfo[]
  states: StepState[]
  diffs: DiffCache
  /** Files the package's own patches change (patches naming no commit of the range). */
  ownOnly: Set<string>
  /** Is this upstream sha in the walked range? */
  inRange(sha: string): boolean
}

/**
 * The walk: decide for every commit in pin..tip whether the series takes it, and prove (from blob
 * ids, and in memory as git apply at fuzz 0 would: phases/prove.ts) that the taken ones apply in
 * order after the package's own series. Diffs are read only where a decision needs them; everything
 * else is decided from one `git log --raw` over the range. Each phase is a function of its own (src/engine/phases/).
 */
export async function analyzeRange(input: AnalyzeInput): Promise<Analysis> {
  const { commits, states, diffs, ownOnly, inRange } = await decideSteps(input)
  const { verification, differing, alreadyThere } = await proveSeries({
    git: input.git,
    pinSha: input.pinSha,
    tipSha: input.tipSha,
    states,
    existing: input.existing,
    ownOnly,
    inRange,
    diffs,
    tmpDir: input.tmpDir,
    log: input.log,
    trackName: input.track.name
  })
  // Only a proof that ran knows the end state (the own series may not have applied).
  if (verification.status === 'ok' || verification.differences)
    keepNetChangesOnly(states, new Set(differing), alreadyThere)
  return { commits, ...collectResults(states, commits), verification }
}

/** The phases before the proof: walk, metadata, reverts, binary, carried by content, merges. */
export async function decideSteps(input: AnalyzeInput): Promise<Decided> {
  const { git, pinSha, tipSha, track, existing, log } = input
  const rules = compileRules(track)

  // The walk: every commit of the range, shaped into steps along the first-parent line.
  const commits = await readCommitsCached(git, input.cloneDir, pinSha, tipSha)
  const shape = shapeRange(commits, tipSha)
  log.progress(
    `${track.name}: walked ${commits.length} commits (${shape.chain.length} on the first-parent line)`
  )
  const carried = new ShaSet<string>()
  for (const p of existing.patches) for (const r of p.refs) carried.add(r, p.file)
  const inRange = new ShaSet<CommitInfo>()
  for (const c of commits) inRange.add(c.sha, c)
  const states = initialStates(shape.steps)
  const byCommit = statesByCommit(states)

  classifyMetadata(states, rules, carried)
  cancelReverts(states, inRange, byCommit)
  input.onCandidates?.(
    states.filter(isTakenCommit).map(s => ({ sha: s.step.commit.sha, parent: s.step.commit.parents[0] }))
  )
  // -2: verdicts since a NUL anywhere (not only in the first 8,000 bytes) counts as binary.
  await markBinary(git, states, input.cloneDir && join(input.cloneDir, 'stable-sync', 'blob-verdicts-2'))

  // Diffs are read once, in one process, for the commits the next two phases need.
  const diffs = new DiffCache(git)
  const existingFiles = new Set(existing.patches.flatMap(p => p.files))
  const byContent = candidatesByContent(states, existingFiles)
  await diffs.ensure([...byContent.map(s => s.step.commit), ...mergedCommitsToDiff(shape.merges)])
  await markCarriedByContent(git, byContent, existing, diffs)
  await resolveMerges({
    git,
    states,
    merges: shape.merges,
    byCommit,
    rules,
    carried,
    diffs,
    tmpDir: input.tmpDir,
    progress: throttled(log)
  })

  const ownOnly = new Set(
    existing.patches.filter(p => !p.refs.some(r => inRange.get(r))).flatMap(p => p.files)
  )
  return { commits, states, diffs, ownOnly, inRange: sha => inRange.get(sha) !== undefined }
}
