import { join } from 'node:path'
import type { Git } from '../../git/gateway.js'
import type { Logger } from '../../log.js'
import type { ExistingSeries } from '../../series/existing.js'
import { ScratchIndex } from '../../verify/index-apply.js'
import { doesNotApplyText, refreshFix } from '../../verify/refresh.js'
import { rawEntry, sectionImages, TreeState, type Entry } from '../../verify/tree-state.js'
import { restrictDiff, splitFileDiffs } from '../../walk/diff.js'
import { throttled } from '../progress.js'
import type { Verification } from '../types.js'
import type { DiffCache } from './diff-cache.js'
import { leftOutBySha } from './merges.js'
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
  /** Is this upstream sha in the walked range? (A patch naming one is not the package's own.) */
  inRange(sha: string): boolean
  /**
   * Try a three-way refresh of a fix that does not apply onto the package's own patch (default: yes).
   * The differential test turns it off to compare the proof with plain `patch -F0`.
   */
  refresh?: boolean
  /** Patches content-checked per `git apply` (tests make it small to cross batch borders). */
  batchSize?: number
}

/** The verdict, and every file where the series' end state differs from the tip. */
export interface Proof {
  verification: Verification
  /** Empty when the package's own series did not apply (nothing was proven). */
  differing: string[]
}

/** One taken step whose patch must be content-checked, restricted to the files that need it. */
interface Check {
  at: number
  files: string[]
  /** The bookkeeping just before this step (to undo what came after a failure). */
  before: { undo: number; entered: number }
}

/** The pre- and post-image of each kept file of a residual, from its `--full-index` header. */
function residualImages(s: StepState): Map<string, { pre: Entry; post: Entry } | undefined> {
  const out = new Map<string, { pre: Entry; post: Entry } | undefined>()
  const kept = new Set(s.decision.kept)
  for (const f of splitFileDiffs(s.residualDiff ?? Buffer.alloc(0)))
    if (kept.has(f.path)) out.set(f.path, sectionImages(f.bytes))
  return out
}

/**
 * Phase 6: prove the series applies at fuzz 0 after the package's own series, onto the pinned tree,
 * and reproduces the tip except files of commits left out. A taken patch that does not apply
 * becomes a `does-not-apply` problem and the proof goes on without it.
 *
 * The walk's blob ids decide most of it without reading a byte: a patch whose files hold exactly its
 * pre-images (the tracked state equals upstream's parent) applies, and leaves its post-images. Only
 * a file that diverged from upstream (the own series changed it, or a change to it was left out) is
 * followed in a scratch index from then on, and the patches touching it are content-checked there
 * with `git apply --cached`, in batches (growing to `batchSize` while they apply). A batch that fails
 * is narrowed to its first failing patch (from git's complaint, else by bisection within the batch);
 * the patches before it are applied, the bookkeeping after it is rolled back, and the walk goes on
 * right after it. One left-out patch costs a few applies of at most one batch: the cost does not
 * grow with the number of failures.
 */
export async function proveSeries(input: ProveInput): Promise<Proof> {
  const { git, pinSha, tipSha, states, existing, diffs, log } = input
  const batchSize = input.batchSize ?? 200
  const progress = throttled(log)
  const index = new ScratchIndex(git, join(input.tmpDir, 'series.index'))
  await index.readTree(pinSha)
  const own = existing.patches.map(p => Buffer.from(p.diff, 'latin1'))
  const failedOwn = await index.applyUntilFailure(own)
  if (failedOwn !== -1) {
    return {
      verification: {
        status: 'failed',
        text: `the package's own series does not apply to the pinned tree at fuzz 0: ${existing.patches[failedOwn].file} fails`
      },
      differing: []
    }
  }
  const tree = await TreeState.read(git, pinSha)
  // Files the package's own series changed live in the index from the start.
  const inIndex = new Set<string>(existing.patches.length ? await index.differingPaths(pinSha) : [])

  let checked = 0
  let failures = 0
  let from = 0
  // Batches grow while they apply and start small again after a failure (failures come in runs).
  const smallest = Math.min(8, batchSize)
  let size = smallest
  const images = new Map<number, ReturnType<typeof residualImages>>()
  while (from < states.length) {
    // Book-keep forward until a batch of patches needs a content check.
    const entered: string[] = []
    const seeds: [string, Entry][] = []
    const batch: Check[] = []
    let i = from
    for (; i < states.length && batch.length < size; i++) {
      const s = states[i]
      if (s.decision.action !== 'take') continue
      const undo = tree.mark()
      const enteredBefore = entered.length
      const files: string[] = []
      const visit = (f: string, pre: Entry | undefined, post: Entry): void => {
        if (inIndex.has(f)) files.push(f)
        else if (pre !== undefined && tree.get(f) === pre) tree.set(f, post)
        else {
          // The file diverges here: the index takes it over with its content so far.
          seeds.push([f, tree.get(f)])
          inIndex.add(f)
          entered.push(f)
          files.push(f)
        }
      }
      if (s.step.kind === 'commit') {
        // The walk's --raw data, without a Map per step (10,000 steps: this loop is plan's hot path).
        const all = s.decision.dropped.length === 0
        for (const f of s.step.commit.files)
          if (all || s.decision.kept.includes(f.path))
            visit(f.path, rawEntry(f.oldMode, f.oldBlob), rawEntry(f.newMode, f.newBlob))
      } else {
        let imgs = images.get(i)
        if (!imgs) images.set(i, (imgs = residualImages(s)))
        for (const f of s.decision.kept) visit(f, imgs.get(f)?.pre, imgs.get(f)?.post ?? null)
      }
      if (files.length) batch.push({ at: i, files, before: { undo, entered: enteredBefore } })
    }
    progress(
      `${input.trackName}: proving the series: ${i} of ${states.length} steps, ${checked + batch.length} patches content-checked, ${failures} do not apply`
    )
    if (batch.length === 0) {
      tree.commit()
      from = i
      continue
    }
    await diffs.ensure(
      batch.filter(c => states[c.at].step.kind === 'commit').map(c => states[c.at].step.commit)
    )
    const parts = batch.map(c => {
      const s = states[c.at]
      return restrictDiff(
        s.refreshed?.diff ?? s.residualDiff ?? diffs.get(s.step.commit.sha)!,
        new Set(c.files)
      )
    })
    await index.setEntries(seeds)
    const result = await index.apply(parts)
    if (result.ok) {
      tree.commit()
      checked += batch.length
      size = Math.min(size * 2, batchSize)
      from = i
      continue
    }
    // The first patch of the batch that does not apply is left out; the patches before it are
    // applied (they apply: it is the first failure), the bookkeeping after it is undone, and the
    // walk goes on right after it.
    const k = await firstFailure(index, parts, batch, result.failedPath)
    const failed = batch[k]
    const s = states[failed.at]
    // The index now holds the series up to the failing patch: name the package's own patch it runs
    // into, and try a three-way refresh onto it (verify/refresh.ts).
    const r = await refreshFix({
      git,
      indexFile: index.file,
      tmpDir: input.tmpDir,
      part: parts[k],
      whole: restrictDiff(s.residualDiff ?? diffs.get(s.step.commit.sha)!, new Set(s.decision.kept)),
      existing,
      inRange: input.inRange,
      refresh: input.refresh !== false && s.step.kind === 'commit' && !s.refreshed
    })
    checked += k
    tree.rollback(failed.before.undo)
    tree.commit()
    for (const f of entered.slice(failed.before.entered)) inIndex.delete(f)
    size = smallest
    if (r.status === 'refreshed') {
      // Proven again from this step on, with its refreshed diff (a second failure is final).
      s.refreshed = { diff: r.diff, onto: r.onto?.file }
      log.debug(`${input.trackName}: ${s.step.commit.sha} refreshed onto ${r.onto?.file ?? 'the series'}`)
      from = failed.at
      continue
    }
    s.refreshed = undefined
    s.decision = {
      ...s.decision,
      action: 'problem',
      kind: 'does-not-apply',
      text: doesNotApplyText(failed.files, r)
    }
    failures++
    log.debug(`${input.trackName}: ${s.step.commit.sha} does not apply; going on without it`)
    from = failed.at + 1
  }

  // The end state: the tracked files' entries into the index, then the whole tree against the tip.
  await index.setEntries(tree.changed().filter(([p]) => !inIndex.has(p)))
  const diverging = new Set(existing.patches.flatMap(p => p.files))
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
  const takenFiles = new Set(states.filter(s => s.decision.action === 'take').flatMap(s => s.decision.kept))
  // A commit left out by sha (declined, not selected) makes its files differ from the tip by design.
  const leftOutFiles = new Set(
    states
      .filter(s => s.decision.action === 'skip' && leftOutBySha(s.decision))
      .flatMap(s => [...s.decision.kept, ...s.decision.dropped])
  )
  const differing = await index.differingPaths(tipSha)
  const differences = differing.filter(
    f => diverging.has(f) && takenFiles.has(f) && !input.ownOnly.has(f) && !leftOutFiles.has(f)
  )
  if (differences.length) {
    return {
      verification: {
        status: 'failed',
        text: `the series applies, but ${differences.length} file(s) differ from the stable tip`,
        differences
      },
      differing
    }
  }
  return {
    verification: {
      status: 'ok',
      text: `the series applies at fuzz 0 onto ${pinSha.slice(0, 12)} and reproduces ${tipSha.slice(0, 12)} except files changed only by skipped commits (checked with git apply in a scratch index)`
    },
    differing
  }
}

/**
 * The index in `parts` of the first patch that does not apply, with the patches before it applied
 * (the index is as before the batch when it is called: git apply is all or nothing). git names the
 * file of the first failure: only the patches of the batch touching it are candidates. Without a
 * usable name, bisection over the whole batch.
 */
async function firstFailure(
  index: ScratchIndex,
  parts: Buffer[],
  batch: Check[],
  failedPath: string | undefined
): Promise<number> {
  const named = failedPath ? batch.flatMap((c, k) => (c.files.includes(failedPath) ? [k] : [])) : []
  if (named.length && (await failsThrough(named[named.length - 1]))) {
    // The first named candidate whose prefix (through it) fails: lo's prefix applies, hi's does not.
    let lo = -1
    let hi = named.length - 1
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1
      if (await failsThrough(named[mid])) hi = mid
      else lo = mid
    }
    // Proven only if everything before it applies (git's first complaint may be a consequence):
    // applied for real, which the caller needs anyway (git apply is all or nothing).
    if (named[hi] === 0 || (await index.tryApply(parts.slice(0, named[hi])))) return named[hi]
  }
  const k = await bisectAll()
  if (!(await index.tryApply(parts.slice(0, k))))
    throw new Error('git apply: patches that applied in a check did not apply for real')
  return k

  async function failsThrough(k: number): Promise<boolean> {
    return !(await index.tryApply(parts.slice(0, k + 1), true))
  }
  async function bisectAll(): Promise<number> {
    // The longest prefix that applies: ok applies, bad does not; patch `ok` is the first failure.
    let ok = 0
    let bad = parts.length
    while (bad - ok > 1) {
      const mid = (ok + bad) >> 1
      if (await index.tryApply(parts.slice(0, mid), true)) ok = mid
      else bad = mid
    }
    return ok
  }
}
