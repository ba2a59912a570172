import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TrackConfig } from '../../src/config/types.js'
import { applyTrack } from '../../src/engine/apply.js'
import { planTrack } from '../../src/engine/plan.js'
import { prepareTrack } from '../../src/engine/prepare.js'
import type { TrackResult } from '../../src/engine/types.js'
import { makeQemuLikeFixture, type QemuLikeFixture, fixtureOptions } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

/**
 * The analysis cache (src/engine/analysis-cache.ts) on a real history with every hard case (a merge
 * with a conflict resolution, a binary change, reverts, carried patches): a rerun with the same
 * inputs reads the stored analysis, which equals the computed one exactly (Buffers of the residual
 * diff included); a change of any one input is a new analysis, equal to an empty cache's.
 */
const tmp = makeTempDir()
afterAll(() => tmp.cleanup())
let f: QemuLikeFixture
let fresh = 0
beforeAll(async () => {
  f = await makeQemuLikeFixture(tmp.dir)
})

const options = (cacheDir: string, env: Record<string, string> = {}) => fixtureOptions(f, cacheDir, env)

/** Every stored analysis under a cache dir. */
function stored(cacheDir: string): string[] {
  const upstream = join(cacheDir, 'upstream')
  if (!existsSync(upstream)) return []
  return readdirSync(upstream)
    .filter(d => existsSync(join(upstream, d, 'stable-sync')))
    .flatMap(d => readdirSync(join(upstream, d, 'stable-sync')).filter(n => /^analysis-.*\.json$/.test(n)))
    .sort()
}

const recomputed = (log: { lines: string[] }): boolean => log.lines.some(l => / walked \d+ commits/.test(l))
const readFromCache = (log: { lines: string[] }): boolean =>
  log.lines.some(l => l.startsWith('debug: ') && l.includes('read from the cache'))

test('a rerun with the same inputs reads the stored analysis, exactly as computed', async () => {
  const cache = join(tmp.dir, 'same-inputs')
  const track = f.config.tracks[0]
  const first = options(cache)
  const computed = await prepareTrack(first, track)
  expect(recomputed(first.log)).toBe(true)
  expect(readFromCache(first.log)).toBe(false)
  expect(stored(cache)).toHaveLength(1)

  const second = options(cache)
  const cached = await prepareTrack(second, track)
  expect(readFromCache(second.log)).toBe(true)
  expect(recomputed(second.log)).toBe(false)
  expect(stored(cache)).toHaveLength(1)

  // The history has what makes a round trip hard: a residual's diff (a Buffer), problems, skips.
  const residual = computed.analysis.steps.find(s => s.kind === 'merge-residual')
  expect(Buffer.isBuffer(residual?.diff)).toBe(true)
  expect(computed.analysis.problems.map(p => p.kind)).toEqual(expect.arrayContaining(['binary', 'submodule']))
  expect(cached.analysis).toStrictEqual(computed.analysis)
  expect(cached.named).toStrictEqual(computed.named)
  // Steps name the commits of the walk themselves, as a computed analysis does.
  const commits = new Set(cached.analysis.commits)
  for (const s of cached.analysis.steps) {
    expect(commits.has(s.commit)).toBe(true)
    for (const c of [...(s.folded ?? []), ...(s.carriedSeparately ?? [])]) expect(commits.has(c)).toBe(true)
  }

  // Turned off: computed again, nothing stored or read.
  const off = options(cache, { STABLE_SYNC_NO_ANALYSIS_CACHE: '1' })
  expect((await prepareTrack(off, track)).analysis).toStrictEqual(computed.analysis)
  expect(recomputed(off.log)).toBe(true)
  expect(readFromCache(off.log)).toBe(false)
  expect(stored(join(tmp.dir, 'never'))).toEqual([])
})

test('a selection’s analysis and report are stored and read back alike', async () => {
  const cache = join(tmp.dir, 'selection')
  const track: TrackConfig = { ...f.config.tracks[0], selection: [f.shas.side1] }
  const first = options(cache)
  const computed = await prepareTrack(first, track)
  expect(computed.selection?.selected).toEqual([f.shas.side1])
  const second = options(cache)
  const cached = await prepareTrack(second, track)
  expect(readFromCache(second.log)).toBe(true)
  expect(cached.selection).toStrictEqual(computed.selection)
  expect(cached.analysis).toStrictEqual(computed.analysis)
  // Without the selection it is another analysis.
  const all = options(cache)
  await prepareTrack(all, f.config.tracks[0])
  expect(readFromCache(all.log)).toBe(false)
})

/** Every file under debian/ (name → base64), to compare what two applies wrote. */
function snapshot(dir: string, rel = 'debian'): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    if (e.isDirectory()) Object.assign(out, snapshot(dir, join(rel, e.name)))
    else out[join(rel, e.name)] = readFileSync(join(dir, rel, e.name)).toString('base64')
  }
  return out
}

test('apply on a stored analysis writes what apply on an empty cache writes', async () => {
  const track = f.config.tracks[0]
  const [cachedRepo, emptyRepo] = ['apply-cached', 'apply-empty'].map(n => join(tmp.dir, n))
  for (const dir of [cachedRepo, emptyRepo]) cpSync(f.packagingDir, dir, { recursive: true })
  const cache = join(tmp.dir, 'apply-cache')
  await planTrack({ ...options(cache), repoDir: cachedRepo }, track)
  const opts = { ...options(cache), repoDir: cachedRepo }
  const applied = await applyTrack(opts, track)
  expect(readFromCache(opts.log)).toBe(true)
  expect(applied.changed).toBe(true)
  const expected = await applyTrack(
    { ...options(join(tmp.dir, 'apply-empty-cache')), repoDir: emptyRepo },
    track
  )
  expect(applied).toEqual(expected)
  expect(snapshot(cachedRepo)).toEqual(snapshot(emptyRepo))
})

test('each changed input is a new analysis, equal to an empty cache’s', async () => {
  const kept = join(tmp.dir, 'kept')
  const patches = join(f.packagingDir, 'debian', 'patches')
  let track: TrackConfig = f.config.tracks[0]
  const plan = async (cacheDir: string): Promise<{ result: TrackResult; log: { lines: string[] } }> => {
    const opts = options(cacheDir)
    const result = await planTrack({ ...opts, config: { ...f.config, tracks: [track] } }, track)
    return { result, log: opts.log }
  }
  /** Plan on the kept cache: a new analysis (never one stored for other inputs), as an empty cache plans. */
  const expectFresh = async (what: string): Promise<TrackResult> => {
    const before = stored(kept)
    const warm = await plan(kept)
    const expected = (await plan(join(tmp.dir, `empty-${fresh++}`))).result
    expect({ what, result: warm.result }).toEqual({ what, result: expected })
    expect({ what, recomputed: recomputed(warm.log) }).toEqual({ what, recomputed: true })
    expect({ what, new: stored(kept).filter(n => !before.includes(n)).length }).toEqual({ what, new: 1 })
    // …and the same inputs again: read, the same result.
    const again = await plan(kept)
    expect({ what, read: readFromCache(again.log) }).toEqual({ what, read: true })
    expect(again.result).toEqual(warm.result)
    return warm.result
  }

  const base = await expectFresh('the first plan')

  track = {
    ...track,
    exclude: { ...track.exclude, subjects: [...track.exclude.subjects, '^d: fix off-by-one'] }
  }
  const excluded = await expectFresh('a track config key (exclude.subjects)')
  expect(excluded.skipped.length).toBeGreaterThan(base.skipped.length)
  track = f.config.tracks[0]

  // A patch file's content: b-fix-leak.patch no longer names its upstream commit (carried by content now).
  const leak = join(patches, 'b-fix-leak.patch')
  const leakText = readFileSync(leak, 'utf8')
  writeFileSync(leak, leakText.replace(/^Origin: .*\n/m, ''))
  const byContent = await expectFresh('a patch file’s content')
  expect(byContent.skipped).not.toEqual(base.skipped)

  // The series file: d-fix-race.patch is not applied any more, so its fix is proposed again.
  const series = join(patches, 'series')
  const seriesText = readFileSync(series, 'utf8')
  writeFileSync(series, seriesText.replace('d-fix-race.patch\n', ''))
  const unlisted = await expectFresh('the series file')
  expect(unlisted.patches.map(p => p.upstream[0])).toContain(f.shas.carriedPick)
  writeFileSync(series, seriesText)
  writeFileSync(leak, leakText)

  // The tip: upstream grows.
  await f.upstream.git(['checkout', '-q', 'stable-1.0'])
  await f.upstream.reload()
  const grown = await f.upstream.fix('src/d.c', 12, 'd: fix the new bug')
  await f.upstream.git(['checkout', '-q', 'master'])
  await f.upstream.reload()
  const tip = await expectFresh('the tip (upstream grew)')
  expect(tip.tip.sha).toBe(grown)
  expect(tip.patches.map(p => p.upstream[0])).toContain(grown)

  // The pin: v0.9.0 (another clone of the cache, and another key).
  const changelog = join(f.packagingDir, 'debian', 'changelog')
  writeFileSync(changelog, readFileSync(changelog, 'utf8').replace('(1.0.0-1)', '(0.9.0-1)'))
  const repinned = await expectFresh('the pin')
  expect(repinned.pin.tag).toBe('v0.9.0')
})
