import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { backportRefs } from '../classify/refs.js'
import type { Config, TrackConfig } from '../config/types.js'
import { appendSeries } from '../debian/series.js'
import { resolveVendor } from '../debian/vendor.js'
import { InputError } from '../errors.js'
import { resolveSigner } from '../git/identity.js'
import { planChangelog, writeChangelog } from '../series/changelog.js'
import { renderCommitPatch, renderResidualPatch } from '../series/render.js'
import { cloneDirFor } from '../upstream/fetch.js'
import { withDirLock } from '../upstream/lock.js'
import { startVerify } from '../verify/real.js'
import { DiffStream } from '../walk/diff-stream.js'
import { readDiffs } from '../walk/diffs.js'
import { restrictDiff } from './analyze.js'
import { changelogPatches, lastTaken } from './plan.js'
import { explainer } from './explain.js'
import { StageWriter } from './stage-writer.js'
import { prepareTrack, withTempDir, type Prepared } from './prepare.js'
import { throttled } from './progress.js'
import { trackResult } from './result.js'
import type { EngineOptions, TrackResult, Verification } from './types.js'

/** Write a file by rename, so a reader (or a crash) never sees half of it. */
function writeAtomic(file: string, content: Buffer | string): void {
  mkdirSync(dirname(file), { recursive: true })
  const tmp = `${file}.stable-sync-tmp`
  writeFileSync(tmp, content)
  renameSync(tmp, file)
}

/**
 * The new patches are written into a staging directory beside debian/patches (same filesystem),
 * in the background while the diffs are read and the series is verified, and renamed into place
 * only after it passed: a whole new patch
 * directory in one rename, else file by file. The series and changelog are written after, so an
 * interrupted run never lists a patch that is not there; a failed one leaves debian/ as it was.
 */
function movePatchesIntoPlace(stage: string, patchesDir: string, patches: Map<string, Buffer>): void {
  const tops = new Set([...patches.keys()].map(n => n.split('/')[0]))
  for (const top of tops) {
    const target = join(patchesDir, top)
    if (!existsSync(target) && [...patches.keys()].every(n => n.includes('/'))) {
      renameSync(join(stage, top), target)
      continue
    }
    for (const name of patches.keys()) {
      if (name.split('/')[0] !== top) continue
      mkdirSync(dirname(join(patchesDir, name)), { recursive: true })
      renameSync(join(stage, name), join(patchesDir, name))
    }
  }
}

/** Rendered files handed to the stage writer at a time (and how often rendering yields to I/O). */
const WRITE_BATCH = 64
/** The series is verified in this many slices (one `patch` each), so only the last waits at the end. */
const SLICES = 8
const MIN_SLICE = 250

/** Where rendered patch files go as they are made: the stage writer and the verifier. */
interface RenderSink {
  write(files: [string, Buffer][]): void
  verify(files: [string, Buffer][]): void
}

/**
 * The new patch files (name relative to debian/patches → bytes, in series order), rendered from the
 * upstream diffs as they arrive from `diffs` (git diffs ahead on other cores). Rendering yields to the
 * event loop every few files, so git's output pipes are drained and git never waits for us.
 */
async function renderPatches(
  p: Prepared,
  today: string,
  diffs: DiffStream | undefined,
  sink: RenderSink
): Promise<Map<string, Buffer>> {
  // Commits the stream was not asked for (none, normally) are read up front in one process.
  const unstreamed = p.named.filter(n => n.step.kind === 'commit' && !diffs?.get(n.step.commit.sha))
  const extra = unstreamed.length
    ? await readDiffs(
        p.upstream.git,
        unstreamed.map(n => ({ sha: n.step.commit.sha, parent: n.step.commit.parents[0] }))
      )
    : new Map<string, Buffer>()
  const sliceSize = Math.max(MIN_SLICE, Math.ceil(p.named.length / SLICES))
  const out = new Map<string, Buffer>()
  const commitUrl = p.track.upstream.commitUrl
  let toWrite: [string, Buffer][] = []
  let toVerify: [string, Buffer][] = []
  for (const { step, name, patch } of p.named) {
    const o = { commitUrl, today, dropped: step.dropped, bugs: patch.bugs, gbp: p.gbp !== undefined }
    let bytes: Buffer
    if (step.kind === 'commit') {
      const sha = step.commit.sha
      // A refreshed fix carries its own diff, made against the series before it (verify/refresh.ts).
      const diff = step.refreshed?.diff ?? (await diffs?.get(sha)) ?? extra.get(sha) ?? Buffer.alloc(0)
      // git diff-tree --stdin skips a commit it cannot read without a word: never write a hollow patch.
      if (diff.length === 0 && step.kept.length)
        throw new Error(
          `git printed no diff for ${sha}, which changes ${step.kept.join(', ')}: the upstream cache ` +
            `${p.upstream.dir} may be damaged; remove it and run again`
        )
      bytes = renderCommitPatch(
        step.commit,
        backportRefs(step.commit.message),
        step.refreshed ? diff : keptDiff(diff, step.kept, step.dropped),
        step.refreshed ? { ...o, refreshedOnto: step.refreshed.onto ?? 'the patches before it' } : o
      )
    } else {
      bytes = renderResidualPatch(step.commit, step.carriedSeparately ?? [], step.folded ?? [], step.diff!, o)
    }
    out.set(name, bytes)
    toWrite.push([name, bytes])
    toVerify.push([name, bytes])
    if (toVerify.length >= sliceSize) {
      sink.verify(toVerify)
      toVerify = []
    }
    if (toWrite.length >= WRITE_BATCH) {
      sink.write(toWrite)
      toWrite = []
      await yieldToEventLoop()
    }
  }
  if (toVerify.length) sink.verify(toVerify)
  if (toWrite.length) sink.write(toWrite)
  return out
}

/** A commit's diff reduced to its kept files; a commit that drops nothing is taken as is (no re-split). */
function keptDiff(diff: Buffer, kept: readonly string[], dropped: readonly string[]): Buffer {
  return dropped.length === 0 ? diff : restrictDiff(diff, new Set(kept))
}

/**
 * `stable-sync apply` for one track: write the new patches, the series and the changelog entry —
 * first into a staging copy of debian/, verified with patch -F0 onto the pinned tree; only a
 * verified result is moved into the working tree. Nothing new upstream: nothing is written.
 */
export async function applyTrack(opts: EngineOptions, track: TrackConfig): Promise<TrackResult> {
  const started = Date.now()
  const lap = (what: string): void =>
    opts.log.debug(`${track.name}: ${what} after ${Date.now() - started} ms`)
  // The clone's lock for the whole run: git reads the clone until the series is verified.
  return withDirLock(cloneDirFor(track, opts), opts, async () => {
    // git starts diffing the candidate commits while the analysis still runs (a second core is idle then).
    const prefetch: { diffs?: DiffStream } = {}
    try {
      const p = await prepareTrack(opts, track, {
        onCandidates: (git, commits) => (prefetch.diffs = new DiffStream(git, commits))
      })
      lap('plan')
      return await applyPrepared(opts, p, prefetch.diffs, lap)
    } finally {
      await prefetch.diffs?.cancel() // a run that ends early stops git; one that read everything has nothing left
    }
  })
}

/** A patch file apply would create that is already there (stable-sync never rewrites a patch). */
function firstExisting(patchesDir: string, names: readonly string[]): string | undefined {
  const listings = new Map<string, Set<string>>()
  for (const name of names) {
    const file = join(patchesDir, name)
    const dir = dirname(file)
    let listing = listings.get(dir)
    if (!listing) {
      listing = new Set(existsSync(dir) ? readdirSync(dir) : [])
      listings.set(dir, listing)
    }
    if (listing.has(basename(file))) return file
  }
  return undefined
}

async function applyPrepared(
  opts: EngineOptions,
  p: Prepared,
  diffs: DiffStream | undefined,
  lap: (what: string) => void
): Promise<TrackResult> {
  const track = p.track
  if (p.named.length === 0) return trackResult(p, p.analysis.verification, { changed: false })
  if (p.analysis.verification.status === 'failed')
    return trackResult(p, p.analysis.verification, { changed: false })
  // A selection its fixes' needs could not complete is never written as a partial series.
  if (p.selection?.unresolved.length) return trackResult(p, p.analysis.verification, { changed: false })
  const now = opts.now ?? new Date()
  const names = p.named.map(n => n.name)
  const patchesDir = join(p.packageDir, 'debian', 'patches')
  const clash = firstExisting(patchesDir, names)
  if (clash) {
    throw new InputError(
      `${clash} already exists; stable-sync never rewrites an existing patch. Remove it or list it in the series.`
    )
  }
  const changelogFile = join(p.packageDir, 'debian', 'changelog')
  const changelogText = readFileSync(changelogFile, 'utf8')
  const plan = planChangelog(
    changelogText,
    track.patchDir,
    track.upstream.branch,
    lastTaken(p),
    changelogPatches(p),
    { vendor: resolveVendor(opts.config.vendor, changelogText) }
  )
  const { identity: who } = await resolveSigner({
    config: opts.config as Config,
    env: opts.env ?? process.env,
    repoDir: opts.repoDir,
    log: opts.log
  })
  const newChangelog = writeChangelog(changelogText, plan, who, now, opts.config.distribution)
  const newSeries = appendSeries(p.existing.seriesText, names)
  const seriesRel = relative(p.packageDir, p.existing.seriesFile)

  // Verify the whole series (existing + new) from memory before anything touches debian/; the new
  // patches are staged meanwhile.
  const createdPatchesDir = !existsSync(patchesDir)
  mkdirSync(patchesDir, { recursive: true })
  const stage = mkdtempSync(join(patchesDir, '.stable-sync-'))
  const writer = new StageWriter(stage)
  let written = false
  try {
    // Each rendered slice is staged and applied (patch -F0 in a scratch tree) while git diffs the next.
    const progress = throttled(opts.log)
    let verified = 0
    const [patches, verification] = await withTempDir(async tmp => {
      const verifier = startVerify({
        git: p.upstream.git,
        pinSha: p.pin.sha,
        tipSha: p.upstream.tipSha,
        tmpDir: tmp,
        ...explainer(p)
      })
      verifier.add(p.existing.patches.map(e => ({ name: e.name, bytes: e.bytes })))
      try {
        const rendered = await renderPatches(p, now.toISOString().slice(0, 10), diffs, {
          write: files => writer.add(files),
          verify: files => {
            verified += files.length
            progress(
              `${track.name}: ${verified} of ${p.named.length} new patches rendered and handed to patch -F0`
            )
            verifier.add(files.map(([name, bytes]) => ({ name, bytes })))
          }
        })
        lap(`rendered ${rendered.size} patches`)
        return [rendered, await verifier.finish()] as const
      } finally {
        await verifier.idle()
      }
    })
    lap(`verified (${verification.status})`)
    if (verification.status === 'ok') {
      await writer.done()
      lap(`staged ${patches.size} patches`)
    }
    return finish(verification, stage, patches)
  } finally {
    await writer.cancel()
    rmSync(stage, { recursive: true, force: true })
    if (createdPatchesDir && !written) rmSync(patchesDir, { recursive: true, force: true })
  }

  function finish(verification: Verification, stage: string, patches: Map<string, Buffer>): TrackResult {
    const changelog = { version: plan.version, lines: plan.items }
    if (verification.status !== 'ok') return trackResult(p, verification, { changed: false, changelog })
    movePatchesIntoPlace(stage, patchesDir, patches)
    written = true
    writeAtomic(p.existing.seriesFile, newSeries)
    writeAtomic(changelogFile, newChangelog)
    opts.log.info(
      `${track.name}: wrote ${patches.size} patch(es), ${seriesRel} and debian/changelog (${plan.version})`
    )
    lap('written')
    return trackResult(p, verification, { changed: true, changelog })
  }
}
