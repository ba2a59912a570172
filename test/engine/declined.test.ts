import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyTrack } from '../../src/engine/apply.js'
import { planTrack } from '../../src/engine/plan.js'
import type { EngineOptions } from '../../src/engine/types.js'
import { memoryLogger } from '../../src/log.js'
import { makeLinearFixture } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

// exclude.commits: one declined fix is skipped with its reason, also when a later fix touches the same
// file; the rest is planned, written and verified as always.
const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

test('a declined commit is skipped as declined, with the reason and who declined it', async () => {
  const f = await makeLinearFixture(tmp.dir)
  await f.upstream.git(['checkout', '-q', 'stable-1.0'])
  const later = await f.upstream.fix('src/b.c', 20, 'b: another fix')
  const track = {
    ...f.config.tracks[0],
    exclude: {
      ...f.config.tracks[0].exclude,
      commits: [{ sha: f.shas.fixB, reason: 'breaks our ABI', by: 'a maintainer via PR #3' }]
    }
  }
  const opts: EngineOptions = {
    repoDir: f.packagingDir,
    config: f.config,
    cacheDir: join(tmp.dir, 'cache'),
    log: memoryLogger(),
    env: {}
  }
  const plan = await planTrack(opts, track)
  expect(plan.patches.map(p => p.upstream[0])).toEqual([f.shas.fixA, f.shas.fixNotes, later])
  expect(plan.skipped).toContainEqual({
    sha: f.shas.fixB,
    subject: 'b: fix leak',
    reason: 'declined',
    text: 'declined in exclude.commits: breaks our ABI (a maintainer via PR #3)'
  })
  const applied = await applyTrack(opts, track)
  expect(applied.changed).toBe(true)
  expect(applied.verification.status).toBe('ok')
  expect(readFileSync(join(f.packagingDir, 'debian/patches/series'), 'utf8')).not.toContain('b-fix-leak')
})
