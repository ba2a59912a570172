import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyTrack } from '../../src/engine/apply.js'
import { planTrack } from '../../src/engine/plan.js'
import { verifyTrack } from '../../src/engine/verify.js'
import type { EngineOptions } from '../../src/engine/types.js'
import { memoryLogger } from '../../src/log.js'
import { makeLinearFixture, type LinearFixture } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

describe('engine on a linear stable history', () => {
  const tmp = makeTempDir()
  let f: LinearFixture
  let opts: EngineOptions
  beforeAll(async () => {
    f = await makeLinearFixture(tmp.dir)
    opts = {
      repoDir: f.packagingDir,
      config: f.config,
      cacheDir: join(tmp.dir, 'cache'),
      log: memoryLogger(),
      now: new Date('2026-11-25T21:00:00Z'),
      env: {}
    }
  })
  afterAll(() => tmp.cleanup())

  it('plans, applies and verifies', async () => {
    const track = f.config.tracks[0]
    const plan = await planTrack(opts, track)
    expect(plan.patches.map(p => p.file)).toEqual([
      'debian/patches/stable/0001-a-fix-overflow.patch',
      'debian/patches/stable/0002-b-fix-leak.patch',
      'debian/patches/stable/0003-docs-fix-typo-in-my-notes.patch'
    ])
    expect(plan.verification.status).toBe('ok')
    const applied = await applyTrack(opts, track)
    expect(applied.changed).toBe(true)
    expect(applied.verification).toMatchObject({ status: 'ok' })
    const series = readFileSync(join(f.packagingDir, 'debian/patches/series'), 'utf8')
    expect(series).toBe(plan.patches.map(p => p.file.replace('debian/patches/', '')).join('\n') + '\n')
    const verified = await verifyTrack(opts, track)
    expect(verified.verification.status).toBe('ok')
    const again = await applyTrack(opts, track)
    expect(again.changed).toBe(false)
    expect(again.skipped.map(s => s.reason)).toEqual([
      'already-carried',
      'already-carried',
      'already-carried'
    ])
  })
})
