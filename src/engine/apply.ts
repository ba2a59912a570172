import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { backportRefs } from '../classify/refs.js'
import { resolveIdentity } from '../config/identity.js'
import type { Config, TrackConfig } from '../config/types.js'
import { appendSeries } from '../debian/series.js'
import { InputError } from '../errors.js'
import { planChangelog, writeChangelog } from '../series/changelog.js'
import { renderCommitPatch, renderResidualPatch } from '../series/render.js'
import { startVerify } from '../verify/real.js'
import { readDiffs } from '../walk/diffs.js'
import { restrictDiff } from './analyze.js'
import { explainer } from './explain.js'
import { StageWriter } from './stage-writer.js'
import { prepareTrack, withTempDir, type Prepared } from './prepare.js'
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

/** Commit diffs are read in a few slices, so rendering and writing one overlaps git diffing the next. */
const SLICES = 8
const MIN_SLICE = 250
const READ_AHEAD = 2

/**
 * The new patch files (name relative to debian/patches → bytes, in series order), rendered from
 * upstream diffs; each slice is handed to `rendered` as soon as it is done.
 */
async function renderPatches(
  p: Prepared,
  today: string,
  rendered: (files: [string, Buffer][]) => void
): Promise<Map<string, Buffer>> {
  const size = Math.max(MIN_SLICE, Math.ceil(p.named.length / SLICES))
  const slices: Prepared['named'][] = []
  for (let i = 0; i < p.named.length; i += size) slices.push(p.named.slice(i, i + size))
  const read = (slice: Prepared['named']): Promise<Map<string, Buffer>> => {
    const commits = slice.filter(n => n.step.kind === 'commit')
    const diffs = readDiffs(
      p.upstream.git,
      commits.map(n => ({ sha: n.step.commit.sha, parent: n.step.commit.parents[0] }))
    )
    diffs.catch(() => undefined) // awaited below; no unhandled rejection while the previous slice renders
    return diffs
  }
  const out = new Map<string, Buffer>()
  const commitUrl = p.track.upstream.commitUrl
  // Two diff-tree processes in flight (diffing is CPU-bound in git; a runner has 2+ cores).
  const reads: Promise<Map<string, Buffer>>[] = slices.slice(0, READ_AHEAD).map(read)
  for (const [i, slice] of slices.entries()) {
    const diffs = await reads[i]
    if (i + READ_AHEAD < slices.length) reads.push(read(slices[i + READ_AHEAD]))
    const files: [string, Buffer][] = []
    for (const { step, name } of slice) {
      const o = { commitUrl, today, dropped: step.dropped }
      const bytes =
        step.kind === 'commit'
          ? renderCommitPatch(
              step.commit,
              backportRefs(step.commit.message),
              keptDiff(diffs.get(step.commit.sha) ?? Buffer.alloc(0), step.kept, step.dropped),
              o
            )
          : renderResidualPatch(step.commit, step.carriedSeparately ?? [], step.folded ?? [], step.diff!, o)
      out.set(name, bytes)
      files.push([name, bytes])
    }
    rendered(files)
  }
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
  const p = await prepareTrack(opts, track)
  lap('plan')
  if (p.named.length === 0) return trackResult(p, p.analysis.verification, { changed: false })
  if (p.analysis.verification.status === 'failed')
    return trackResult(p, p.analysis.verification, { changed: false })
  const now = opts.now ?? new Date()
  const names = p.named.map(n => n.name)
  const patchesDir = join(p.packageDir, 'debian', 'patches')
  for (const name of names) {
    if (existsSync(join(patchesDir, name))) {
      throw new InputError(
        `${join(patchesDir, name)} already exists; stable-sync never rewrites an existing patch. Remove it or list it in the series.`
      )
    }
  }
  const changelogFile = join(p.packageDir, 'debian', 'changelog')
  const changelogText = readFileSync(changelogFile, 'utf8')
  const plan = planChangelog(
    changelogText,
    track.patchDir,
    track.upstream.branch,
    p.upstream.tipSha,
    p.named.map(n => ({ name: n.name, subject: n.patch.subject }))
  )
  const who = resolveIdentity(opts.config as Config, opts.env ?? process.env)
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
        const rendered = await renderPatches(p, now.toISOString().slice(0, 10), files => {
          writer.add(files)
          verifier.add(files.map(([name, bytes]) => ({ name, bytes })))
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
