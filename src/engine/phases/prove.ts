import { join } from 'node:path'
import type { Git } from '../../git/gateway.js'
import type { Logger } from '../../log.js'
import type { ExistingSeries } from '../../series/existing.js'
import { applyPart, BlobStore, entryOf, objectFormatOf, type FileState } from '../../verify/memory-files.js'
import { ScratchIndex } from '../../verify/index-apply.js'
import { applyOwnSeries } from '../../verify/own-series.js'
import { doesNotApplyText, refreshFix } from '../../verify/refresh.js'
import { readTreeEntries, rawEntry, sectionImages, TreeState, type Entry } from '../../verify/tree-state.js'
import { restrictDiff, splitFileDiffs } from '../../walk/diff.js'
import type { CommitInfo } from '../../walk/types.js'
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
  /**
   * Read ahead, in one process each, the diffs and blobs the proof will probably need (default: yes).
   * Tests turn it off so every read happens on demand, one at a time.
   */
  readAhead?: boolean
}

/** The verdict, and every file where the series' end state differs from the tip. */
export interface Proof {
  verification: Verification
  /** Empty when the package's own series did not apply (nothing was proven). */
  differing: string[]
  /**
   * Binary or submodule problems whose post-images the series already holds where they come (the
   * pinned tree has the change, e.g. a merged release's BIOS image): nothing for a human to take.
   */
  alreadyThere: Set<StepState>
}

/** A file one taken step changes: its upstream pre- and post-image (pre undefined: not known). */
type Visit = [path: string, pre: Entry | undefined, post: Entry]

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
 * pre-images (the tracked state equals upstream's parent) applies, and leaves its post-images
 * (verify/tree-state.ts). Only a file that diverged from upstream (the own series changed it, or a
 * change to it was left out) is followed by content from then on, in memory, and the patches
 * touching it are applied to it there as `git apply` does (verify/hunk-apply.ts). A patch that does
 * not apply is left out on the spot and the walk goes on: the cost of a failure is one patch's. The
 * git processes do not grow with the number of patches: the own series, one read-ahead of diffs,
 * one cat-file for blobs, the tip's tree; a failure adds at most a read-ahead from there and, when it
 * runs into one of the package's own patches, a refresh.
 */
export async function proveSeries(input: ProveInput): Promise<Proof> {
  const blobs = new BlobStore(input.git)
  try {
    return await prove(input, blobs)
  } finally {
    // A read that failed has already failed the proof; closing only ends the processes (a stream
    // of diffs the proof no longer needed, after it threw).
    await blobs.close().catch(() => undefined)
    await input.diffs.close()
  }
}

async function prove(input: ProveInput, blobs: BlobStore): Promise<Proof> {
  const { git, pinSha, tipSha, states, existing, diffs, log } = input
  const progress = throttled(log)
  const tree = await TreeState.read(git, pinSha)
  const format = objectFormatOf(pinSha)
  // The files followed by content, and what they hold after the patches so far.
  const memory = new Map<string, FileState>()
  if (existing.patches.length) {
    const own = await applyOwnSeries(git, input.tmpDir, pinSha, existing)
    if (own.failed !== undefined) {
      return {
        verification: {
          status: 'failed',
          text: `the package's own series does not apply to the pinned tree at fuzz 0: ${own.failed} fails`
        },
        differing: [],
        alreadyThere: new Set()
      }
    }
    const states = await Promise.all(own.changed.map(([, e]) => blobs.state(e)))
    own.changed.forEach(([path], k) => memory.set(path, states[k]))
  }
  const images = new Map<number, ReturnType<typeof residualImages>>()
  const visits = (i: number): Visit[] => {
    const s = states[i]
    if (s.step.kind === 'commit') {
      const all = s.decision.dropped.length === 0
      const out: Visit[] = []
      for (const f of s.step.commit.files)
        if (all || s.decision.kept.includes(f.path))
          out.push([f.path, rawEntry(f.oldMode, f.oldBlob), rawEntry(f.newMode, f.newBlob)])
      return out
    }
    let imgs = images.get(i)
    if (!imgs) images.set(i, (imgs = residualImages(s)))
    return s.decision.kept.map(f => [f, imgs.get(f)?.pre, imgs.get(f)?.post ?? null])
  }
  const readingAhead = input.readAhead !== false
  if (readingAhead) readAhead(states, visits, tree, new Set(memory.keys()), diffs, 0)

  let checked = 0
  let failures = 0
  const alreadyThere = new Set<StepState>()
  for (let i = 0; i < states.length; i++) {
    const s = states[i]
    if (
      s.decision.action === 'problem' &&
      (s.decision.kind === 'binary' || s.decision.kind === 'submodule')
    ) {
      const files = visits(i)
      const now = (f: string): Entry => (memory.has(f) ? entryOf(memory.get(f)!, format) : tree.get(f))
      if (files.length && files.every(([f, , post]) => now(f) === post)) alreadyThere.add(s)
      continue
    }
    if (s.decision.action !== 'take') continue
    progress(
      `${input.trackName}: proving the series: ${i} of ${states.length} steps, ${checked} patches content-checked, ${failures} do not apply`
    )
    const undo = tree.mark()
    const entered: string[] = []
    const check: string[] = []
    for (const [f, pre, post] of visits(i)) {
      if (memory.has(f)) check.push(f)
      else if (pre !== undefined && tree.get(f) === pre) tree.set(f, post)
      else {
        // The file diverges here: it is followed by content from its state so far.
        entered.push(f)
        check.push(f)
      }
    }
    if (check.length === 0) {
      tree.commit()
      continue
    }
    const seeds = await Promise.all(entered.map(f => blobs.state(tree.get(f))))
    entered.forEach((f, k) => memory.set(f, seeds[k]))
    // Not foreseen (an earlier failure made its files diverge): this one, and what follows from here.
    if (readingAhead && s.step.kind === 'commit' && !s.refreshed && !diffs.known(s.step.commit.sha))
      readAhead(states, visits, tree, new Set(memory.keys()), diffs, i + 1, [s.step.commit])
    const part = restrictDiff(
      s.refreshed?.diff ?? s.residualDiff ?? (await diffs.read(s.step.commit)),
      new Set(check)
    )
    checked++
    const failing = applyPart(memory, part)
    if (failing.length === 0) {
      tree.commit()
      continue
    }
    // Left out: its bookkeeping is undone, and the files it brought in are tracked by blob again.
    tree.rollback(undo)
    tree.commit()
    for (const f of entered) memory.delete(f)
    // Name the package's own patch it runs into, and try a three-way refresh onto it.
    const r = await refreshFix({
      git,
      files: failing,
      index: () =>
        seriesIndex(git, input.tmpDir, pinSha, part, path =>
          memory.has(path) ? memory.get(path)! : tree.get(path)
        ),
      tmpDir: input.tmpDir,
      part,
      whole: restrictDiff(s.residualDiff ?? diffs.get(s.step.commit.sha)!, new Set(s.decision.kept)),
      existing,
      inRange: input.inRange,
      refresh: input.refresh !== false && s.step.kind === 'commit' && !s.refreshed
    })
    if (r.status === 'refreshed') {
      // Proven again from this step, with its refreshed diff (a second failure is final).
      s.refreshed = { diff: r.diff, onto: r.onto?.file }
      log.debug(`${input.trackName}: ${s.step.commit.sha} refreshed onto ${r.onto?.file ?? 'the series'}`)
      i--
      continue
    }
    s.refreshed = undefined
    s.decision = {
      ...s.decision,
      action: 'problem',
      kind: 'does-not-apply',
      text: doesNotApplyText(check, r)
    }
    failures++
    log.debug(`${input.trackName}: ${s.step.commit.sha} does not apply; going on without it`)
  }

  log.debug(
    `${input.trackName}: proved ${states.length} steps: ${checked} patches content-checked in memory (${memory.size} files followed by content), ${failures} do not apply`
  )
  // The end state against the tip: tracked files by entry, the followed ones by their content's blob id.
  const end = new Map<string, Entry>(tree.changed())
  for (const [path, state] of memory) end.set(path, entryOf(state, format))
  const differing = tree.differingPaths(end, await readTreeEntries(git, tipSha))
  return { ...verdict(input, differing), alreadyThere }
}

/** What the end state's differences from the tip mean: ok, or the files that should not differ. */
function verdict(input: ProveInput, differing: string[]): Omit<Proof, 'alreadyThere'> {
  const { states, existing, pinSha, tipSha } = input
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
      text: `the series applies at fuzz 0 onto ${pinSha.slice(0, 12)} and reproduces ${tipSha.slice(0, 12)} except files changed only by skipped commits (checked as git apply does, patch by patch)`
    },
    differing
  }
}

/**
 * Stream, in the background, the diffs of the steps from `from` on that will be content-checked if
 * every patch from here on applies: those touching a file followed by content, or one that diverges
 * on the way (git diffs on the other cores while the proof works through the first ones). A failure
 * can make more files diverge; the step that then lacks its diff reads ahead again from there (one
 * more stream per such failure at most, never a process per patch).
 */
function readAhead(
  states: StepState[],
  visits: (i: number) => Visit[],
  tree: TreeState,
  followed: Set<string>,
  diffs: DiffCache,
  from: number,
  also: CommitInfo[] = []
): void {
  const suspect = new Set(followed)
  const commits = [...also]
  const start = tree.mark()
  for (let i = from; i < states.length; i++) {
    const s = states[i]
    if (s.decision.action !== 'take') continue
    let checked = false
    for (const [f, pre, post] of visits(i)) {
      if (suspect.has(f) || pre === undefined || tree.get(f) !== pre) {
        suspect.add(f)
        checked = true
      } else tree.set(f, post)
    }
    if (checked && s.step.kind === 'commit' && !s.refreshed) commits.push(s.step.commit)
  }
  tree.rollback(start)
  diffs.stream(commits)
}

/**
 * A scratch index holding the series' state of the files of `part` (the rest as pinned), for a
 * three-way refresh: git merges there. Followed files changed in memory are written as blobs first
 * (only here: a refresh is rare, the proof itself writes nothing).
 */
async function seriesIndex(
  git: Git,
  tmpDir: string,
  pinSha: string,
  part: Buffer,
  stateOf: (path: string) => FileState | Entry
): Promise<string> {
  const index = new ScratchIndex(git, join(tmpDir, 'refresh-base.index'))
  await index.readTree(pinSha)
  const entries: [string, Entry][] = []
  for (const f of splitFileDiffs(part)) {
    const state = stateOf(f.path)
    entries.push([f.path, typeof state === 'string' || state === null ? state : await index.writeBlob(state)])
  }
  await index.setEntries(entries)
  return index.file
}
