import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { engineTrackMover } from '../../src/calendar/track-move-engine.js'
import { planTrack } from '../../src/engine/plan.js'
import type { EngineOptions } from '../../src/engine/types.js'
import { memoryLogger } from '../../src/log.js'
import { makeCyclePackage, makeReleaseCycles, type ReleaseCycles } from '../helpers/release-cycles.js'
import { makeTempDir } from '../helpers/tmp.js'

/**
 * Issue 13, item 1, replayed: one package of an upstream moves its pin in track mode (fetching the
 * newer release tags into the shared cache), then a package of the same upstream pinned on the
 * newer stable branch is planned with that cache. Its plan must be the one an empty cache gives.
 */
const tmp = makeTempDir()
afterAll(() => tmp.cleanup())
let cycles: ReleaseCycles
beforeAll(async () => {
  cycles = await makeReleaseCycles(join(tmp.dir, 'cycles'))
})

const options = (pkg: { config: EngineOptions['config']; dir: string }, cacheDir: string): EngineOptions => ({
  repoDir: pkg.dir,
  config: pkg.config,
  cacheDir,
  log: memoryLogger(),
  env: cycles.up.repo.env,
  now: new Date('2026-01-05T12:00:00Z')
})

test('a track-mode move of another package in the same cache does not change the newer branch’s plan', async () => {
  const shared = join(tmp.dir, 'shared-cache')
  const older = await makeCyclePackage(join(tmp.dir, 'older'), cycles, {
    branch: 'stable-1.0',
    version: '1.0.0-1'
  })
  const newer = await makeCyclePackage(join(tmp.dir, 'newer'), cycles, {
    branch: 'stable-2.0',
    version: '2.0.0-1'
  })

  // The older package's cycle: a plan, then the move to the newest release of its branch.
  const first = await planTrack(options(older, shared), older.config.tracks[0])
  expect(first.verification.status).toBe('ok')
  const proposal = await engineTrackMover.propose(options(older, shared), older.config.tracks[0])
  expect(proposal?.move?.to.tag).toBe('v1.0.3')
  await engineTrackMover.write(options(older, shared), older.config.tracks[0], proposal!.move!)
  const moved = await planTrack(options(older, shared), older.config.tracks[0])
  expect(moved.pin.tag).toBe('v1.0.3')

  // The newer branch's package, planned with that cache and with an empty one.
  const warm = await planTrack(options(newer, shared), newer.config.tracks[0])
  const cold = await planTrack(options(newer, join(tmp.dir, 'empty-cache')), newer.config.tracks[0])
  expect(warm).toEqual(cold)
  expect(cold.verification.status).toBe('ok')
  expect(cold.patches.map(p => p.subject)).toEqual(
    expect.arrayContaining(['b: t1 fix', 'c: s3 fix', 'd: t2 fix', 'a: t3 fix'])
  )
  // Nothing from below the pin: the fixes v2.0.0 already has are no patches.
  expect(cold.patches.map(p => p.subject)).not.toEqual(expect.arrayContaining(['b: s1 fix']))
  expect(cold.patches.map(p => p.subject)).not.toEqual(expect.arrayContaining(['c: s2 fix']))
  // One repository per upstream and pin.
  expect(readdirSync(join(shared, 'upstream')).filter(d => d.endsWith('.git'))).toHaveLength(3)
})
