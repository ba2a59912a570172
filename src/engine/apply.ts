import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { backportRefs } from '../classify/refs.js'
import { resolveIdentity } from '../config/identity.js'
import type { Config, TrackConfig } from '../config/types.js'
import { appendSeries } from '../debian/series.js'
import { InputError } from '../errors.js'
import { planChangelog, writeChangelog } from '../series/changelog.js'
import { renderCommitPatch, renderResidualPatch } from '../series/render.js'
import { verifyWithPatch } from '../verify/real.js'
import { readDiffs } from '../walk/diffs.js'
import { restrictDiff } from './analyze.js'
import { explainer } from './explain.js'
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
 * The new patches are written into a staging directory beside debian/patches (same filesystem)
 * and renamed into place only after it passed: a whole new patch
 * directory in one rename, else file by file. The series and changelog are written after, so an
 * interrupted run never lists a patch that is not there; a failed one leaves debian/ as it was.
 */
function stagePatches(stage: string, patches: Map<string, Buffer>): void {
  // Synchronous: thousands of small files are written faster this way than through the thread pool.
  for (const d of new Set([...patches.keys()].map(n => dirname(join(stage, n)))))
    mkdirSync(d, { recursive: true })
  for (const [name, bytes] of patches) writeFileSync(join(stage, name), bytes)
}

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

/** The new patch files (name relative to debian/patches → bytes), rendered from upstream diffs. */
async function renderPatches(p: Prepared, today: string): Promise<Map<string, Buffer>> {
  const commitSteps = p.named.filter(n => n.step.kind === 'commit')
  const diffs = await readDiffs(
    p.upstream.git,
    commitSteps.map(n => ({ sha: n.step.commit.sha, parent: n.step.commit.parents[0] }))
  )
  const out = new Map<string, Buffer>()
  const commitUrl = p.track.upstream.commitUrl
  for (const { step, name } of p.named) {
    const o = { commitUrl, today, dropped: step.dropped }
    if (step.kind === 'commit') {
      const diff = restrictDiff(diffs.get(step.commit.sha) ?? Buffer.alloc(0), new Set(step.kept))
      out.set(name, renderCommitPatch(step.commit, backportRefs(step.commit.message), diff, o))
    } else {
      out.set(
        name,
        renderResidualPatch(step.commit, step.carriedSeparately ?? [], step.folded ?? [], step.diff!, o)
      )
    }
  }
  return out
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
  const patches = await renderPatches(p, now.toISOString().slice(0, 10))
  lap(`rendered ${patches.size} patches`)
  const patchesDir = join(p.packageDir, 'debian', 'patches')
  for (const name of patches.keys()) {
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
  const newSeries = appendSeries(p.existing.seriesText, [...patches.keys()])
  const seriesRel = relative(p.packageDir, p.existing.seriesFile)

  // Verify the whole series (existing + new) from memory before anything touches debian/.
  const createdPatchesDir = !existsSync(patchesDir)
  mkdirSync(patchesDir, { recursive: true })
  const stage = mkdtempSync(join(patchesDir, '.stable-sync-'))
  let written = false
  try {
    stagePatches(stage, patches)
    lap(`staged ${patches.size} patches`)
    const verification = await withTempDir(async tmp =>
      verifyWithPatch({
        git: p.upstream.git,
        pinSha: p.pin.sha,
        tipSha: p.upstream.tipSha,
        patches: [
          ...p.existing.patches.map(e => ({ name: e.name, bytes: e.bytes })),
          ...[...patches].map(([name, bytes]) => ({ name, bytes }))
        ],
        tmpDir: tmp,
        ...explainer(p)
      })
    )
    return finish(verification, stage)
  } finally {
    rmSync(stage, { recursive: true, force: true })
    if (createdPatchesDir && !written) rmSync(patchesDir, { recursive: true, force: true })
  }

  function finish(verification: Verification, stage: string): TrackResult {
    lap(`verified (${verification.status})`)
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
