import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWithCalendar } from '../../../src/calendar/policy.js'
import { trackCalendar } from '../../../src/calendar/track-calendar.js'
import { applyTrack } from '../../../src/engine/apply.js'
import { planTrack } from '../../../src/engine/plan.js'
import type { EngineOptions } from '../../../src/engine/types.js'
import { memoryLogger } from '../../../src/log.js'
import { makeLinearFixture, type LinearFixture } from '../../helpers/stable-history.js'
import { makeTempDir } from '../../helpers/tmp.js'

// After beta freeze, a maintainer's freeze exception takes exactly the selected fixes, verified by the
// engine as always; the rest stays pending.
const tmp = makeTempDir()
let f: LinearFixture
let opts: EngineOptions
const engine = { planTrack, applyTrack }
const now = new Date('2026-12-10T12:00:00Z')

beforeAll(async () => {
  f = await makeLinearFixture(tmp.dir)
  f.config.calendar = { featureFreeze: '2026-11-01', betaFreeze: '2026-12-01' }
  opts = {
    repoDir: f.packagingDir,
    config: f.config,
    cacheDir: join(tmp.dir, 'cache'),
    log: memoryLogger(),
    now,
    env: {}
  }
})
afterAll(() => tmp.cleanup())

test('frozen apply writes nothing; with a freeze exception it writes exactly the selected fix', async () => {
  const track = f.config.tracks[0]
  const calendar = await trackCalendar(f.config, track, now)
  expect(calendar.mode).toBe('frozen')
  const series = readFileSync(join(f.packagingDir, 'debian/patches/series'), 'utf8')

  const frozen = await runWithCalendar('apply', opts, track, calendar, engine)
  expect(frozen.changed).toBe(false)
  expect(frozen.pending?.patches.map(p => p.upstream[0])).toEqual([f.shas.fixA, f.shas.fixB, f.shas.fixNotes])
  expect(readFileSync(join(f.packagingDir, 'debian/patches/series'), 'utf8')).toBe(series)

  const plan = await runWithCalendar('plan', opts, track, calendar, engine, {
    freezeException: [f.shas.fixB]
  })
  expect(plan.patches.map(p => p.upstream)).toEqual([[f.shas.fixB]])
  expect(plan.freezeException).toEqual({ shas: [f.shas.fixB] })
  expect(plan.pending?.patches).toHaveLength(3)

  const applied = await runWithCalendar('apply', opts, track, calendar, engine, {
    freezeException: [f.shas.fixB]
  })
  expect(applied.changed).toBe(true)
  expect(applied.verification.status).toBe('ok')
  expect(readFileSync(join(f.packagingDir, 'debian/patches/series'), 'utf8')).toBe(
    'stable/0001-b-fix-leak.patch\n'
  )
  expect(readFileSync(join(f.packagingDir, 'debian/changelog'), 'utf8')).toContain('b-fix-leak')

  // Already carried now: the selection is empty again, nothing more is written.
  const again = await runWithCalendar('apply', opts, track, calendar, engine, {
    freezeException: [f.shas.fixB]
  })
  expect(again.changed).toBe(false)
  expect(again.freezeException).toBeUndefined()
  expect(again.pending?.patches.map(p => p.upstream[0])).toEqual([f.shas.fixA, f.shas.fixNotes])
})

test('a selection is by sha: of two fixes that share a subject, only the selected one is taken', async () => {
  // (Excluding the unselected one by subject, as stable-sync once did, excluded both.)
  const g = await makeLinearFixture(join(tmp.dir, 'same-subject'))
  g.config.calendar = { betaFreeze: '2026-12-01' }
  await g.upstream.git(['checkout', '-q', 'stable-1.0'])
  const first = await g.upstream.fix('src/a.c', 20, 'Fix crash')
  const second = await g.upstream.fix('src/b.c', 20, 'Fix crash')
  const o = { ...opts, repoDir: g.packagingDir, config: g.config }
  const track = g.config.tracks[0]
  const calendar = await trackCalendar(g.config, track, now)
  const r = await runWithCalendar('apply', o, track, calendar, engine, { freezeException: [first] })
  expect(r.problems).toEqual([])
  expect(r.changed).toBe(true)
  expect(r.freezeException).toEqual({ shas: [first] })
  expect(r.patches.map(p => p.upstream)).toEqual([[first]])
  expect(r.skipped.find(k => k.sha === second)?.reason).toBe('not-selected')
  expect(readFileSync(join(g.packagingDir, 'debian/patches/series'), 'utf8')).toBe(
    'stable/0001-fix-crash.patch\n'
  )
})
