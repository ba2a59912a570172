import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { engineTrackMover } from '../../src/calendar/track-move-engine.js'
import { planTrack } from '../../src/engine/plan.js'
import type { EngineOptions, TrackResult } from '../../src/engine/types.js'
import { memoryLogger } from '../../src/log.js'
import { forgetDerivedFiles } from '../../src/upstream/derived-files.js'
import { makeCyclePackage, makeReleaseCycles, repin, type ReleaseCycles } from '../helpers/release-cycles.js'
import { makeTempDir } from '../helpers/tmp.js'

/**
 * Cache independence as a property: random sequences of runs against ONE cache — packages of two
 * stable branches (one restricted to a path), pins moving forward and back, track-mode moves
 * written, fixes-mode plans, new upstream commits and releases, a fetch killed half-way, the cache
 * copied to another machine or restored as the action restores it (derived files dropped) — and
 * after every step the result equals what an empty cache gives. Repeated plans with nothing new read
 * the stored analysis (engine/analysis-cache.ts), so it is held to the same property. Seeded
 * (STABLE_SYNC_SEED=<n> replays a sequence); the seed is in every failure message.
 */
const SEED = Number(process.env.STABLE_SYNC_SEED ?? 20261204)
const STEPS = Number(process.env.STABLE_SYNC_STEPS ?? 10)

/** mulberry32: a small, well-known seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

interface Pkg {
  name: string
  branch: string
  versions: string[]
  paths?: string[]
  pkg: Awaited<ReturnType<typeof makeCyclePackage>>
  version: string
}

test(`any sequence of runs on one cache plans as an empty cache does (seed ${SEED})`, async () => {
  const random = prng(SEED)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]
  const cycles: ReleaseCycles = await makeReleaseCycles(join(tmp.dir, 'cycles'))
  const specs = [
    { name: 'old', branch: 'stable-1.0', versions: ['1.0.0', '1.0.1', '1.0.2', '1.0.3'] },
    { name: 'new', branch: 'stable-2.0', versions: ['2.0.0', '2.0.1'] },
    { name: 'b-only', branch: 'stable-2.0', versions: ['2.0.0', '2.0.1'], paths: ['src/b.c'] }
  ]
  const pkgs: Pkg[] = []
  for (const s of specs) {
    const version = pick(s.versions)
    const pkg = await makeCyclePackage(join(tmp.dir, s.name), cycles, { ...s, version: `${version}-1` })
    pkgs.push({ ...s, pkg, version })
  }
  let shared = join(tmp.dir, 'cache-0')
  let epoch = 0
  let fresh = 0
  const journal: string[] = []
  const options = (p: Pkg, cacheDir: string): EngineOptions => ({
    repoDir: p.pkg.dir,
    config: p.pkg.config,
    cacheDir,
    log: memoryLogger(),
    env: cycles.up.repo.env,
    now: new Date('2026-01-05T12:00:00Z')
  })
  const cold = new Map<string, TrackResult>()
  const agree = <T>(what: string, warm: T, expected: T): void => {
    try {
      expect(warm).toEqual(expected)
    } catch (e) {
      throw new Error(
        `seed ${SEED}: ${what} differs from an empty cache after:\n  ${journal.join('\n  ')}\n${(e as Error).message}`
      )
    }
  }
  const grown = { 'stable-1.0': 30, 'stable-2.0': 30 } as Record<string, number>

  for (let step = 0; step < STEPS; step++) {
    const r = random()
    if (r < 0.45) {
      // A fixes-mode plan, maybe after moving the pin back or forward by hand.
      const p = pick(pkgs)
      const version = random() < 0.4 ? pick(p.versions) : p.version
      if (version !== p.version) {
        await repin(p.pkg, `${version}-1`)
        p.version = version
      }
      journal.push(`plan ${p.name} at ${p.version}`)
      const key = `${p.name}|${p.version}|${epoch}`
      if (!cold.has(key))
        cold.set(key, await planTrack(options(p, join(tmp.dir, `cold-${fresh++}`)), p.pkg.config.tracks[0]))
      agree(journal.at(-1)!, await planTrack(options(p, shared), p.pkg.config.tracks[0]), cold.get(key))
    } else if (r < 0.65) {
      // Track mode: the proposal, and sometimes the move written (the pin moves forward).
      const p = pick(pkgs)
      journal.push(`track-mode move of ${p.name} from ${p.version}`)
      const track = p.pkg.config.tracks[0]
      const expected = await engineTrackMover.propose(options(p, join(tmp.dir, `cold-${fresh++}`)), track)
      const warm = await engineTrackMover.propose(options(p, shared), track)
      agree(journal.at(-1)!, warm, expected)
      if (warm?.move && warm.move.verification.status === 'ok' && random() < 0.6) {
        await engineTrackMover.write(options(p, shared), track, warm.move)
        p.version = warm.move.to.version
        if (!p.versions.includes(p.version)) p.versions.push(p.version)
        journal.push(`  moved ${p.name} to ${p.version}`)
      }
    } else if (r < 0.77) {
      // Upstream grows: a fix on a stable branch, sometimes released.
      const branch = pick(['stable-1.0', 'stable-2.0'])
      const line = ++grown[branch]
      await cycles.up.git(['checkout', '-q', branch])
      await cycles.up.reload()
      await cycles.up.fix(
        branch === 'stable-1.0' ? 'src/d.c' : 'src/c.c',
        line,
        `${branch}: late fix ${line}`
      )
      let note = ''
      if (random() < 0.5) {
        const version = branch === 'stable-1.0' ? `1.0.${line - 27}` : `2.0.${line - 28}`
        cycles.up.put('VERSION', `${version}\n`)
        await cycles.up.repo.commit(`Update version for ${version} release`)
        await cycles.up.git(['tag', '-a', '-m', `v${version}`, `v${version}`])
        for (const p of pkgs) if (p.branch === branch) p.versions.push(version)
        note = `, released ${version}`
      }
      await cycles.up.git(['checkout', '-q', 'master'])
      epoch++
      journal.push(`upstream: a fix on ${branch}${note}`)
    } else if (r < 0.9) {
      // A run killed in the middle of a fetch: its marker is left, the shallow state half-repaired.
      const upstream = join(shared, 'upstream')
      if (!existsSync(upstream)) continue
      const repos = readdirSync(upstream, { withFileTypes: true }).filter(d => d.name.endsWith('.git'))
      if (!repos.length) continue
      const clone = join(upstream, pick(repos).name)
      const tip = readdirSync(join(clone, 'refs', 'stable-sync', 'heads'))[0]
      const sha = tip && readFileSync(join(clone, 'refs', 'stable-sync', 'heads', tip), 'latin1').trim()
      if (sha) writeFileSync(join(clone, 'shallow'), `${sha}\n`, { flag: 'a' })
      writeFileSync(join(clone, 'stable-sync', 'fetching'), '4242\n')
      journal.push(`a fetch killed half-way in ${clone.slice(upstream.length + 1)}`)
    } else {
      // The cache restored on another machine (another path, new inodes and times).
      if (!existsSync(shared)) continue
      const next = join(tmp.dir, `cache-${step + 1}`)
      cpSync(shared, next, { recursive: true })
      rmSync(shared, { recursive: true, force: true })
      shared = next
      // Every other time as the action restores one: its derived files dropped (a less trusted job's
      // walks, verdicts and analyses are not read; upstream/derived-files.ts).
      const restored = step % 2 === 1
      if (restored) forgetDerivedFiles(next)
      journal.push(
        restored ? 'cache restored by the action (derived files dropped)' : 'cache copied to another machine'
      )
    }
  }
  // Every package, once more, at the end.
  for (const p of pkgs) {
    journal.push(`final plan ${p.name} at ${p.version}`)
    const expected = await planTrack(options(p, join(tmp.dir, `cold-${fresh++}`)), p.pkg.config.tracks[0])
    agree(journal.at(-1)!, await planTrack(options(p, shared), p.pkg.config.tracks[0]), expected)
  }
}, 240_000)
