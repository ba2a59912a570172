import { join } from 'node:path'
import { run } from '../../src/process/run.js'
import { bundle } from '../helpers/action-run.js'
import { isolatedGitEnv } from '../helpers/git-fixture.js'
import { makeLinearFixture } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

// Two stable-sync processes (the bundled CLI) started at once on one cold cache directory, as two
// tracks of one upstream on a self-hosted runner would: they take turns on the clone (one fetches,
// the other waits and then finds the cache current) and both print the same plan.
test('two runs sharing a cold cache take turns and agree', async () => {
  const f = await makeLinearFixture(tmp.dir)
  const env = { ...isolatedGitEnv(join(tmp.dir, 'home')), XDG_CACHE_HOME: join(tmp.dir, 'xdg') }
  const cache = join(tmp.dir, 'shared-cache')
  const plan = () =>
    run(
      'node',
      [bundle('dist/cli/index.js'), 'plan', '--repo', f.packagingDir, '--cache-dir', cache, '--json', '-v'],
      {
        env,
        allowFailure: true
      }
    )
  const [a, b] = await Promise.all([plan(), plan()])
  expect([a.code, b.code, a.stderr.includes('failed'), b.stderr.includes('failed')]).toEqual([
    0,
    0,
    false,
    false
  ])
  const patches = (r: typeof a) =>
    (
      JSON.parse(r.stdout.toString()) as { tracks: { patches: { upstream: string[] }[] }[] }
    ).tracks[0].patches.map(p => p.upstream[0])
  expect(patches(a)).toEqual([f.shas.fixA, f.shas.fixB, f.shas.fixNotes])
  expect(patches(b)).toEqual(patches(a))
  // One of them fetched; the other waited for the lock and then had nothing to fetch.
  const logs = [a.stderr, b.stderr]
  expect(logs.filter(l => /fetched stable-1\.0 at/.test(l))).toHaveLength(1)
  expect(logs.filter(l => /waiting for .*\.git\.lock/.test(l) && /cache is current/.test(l))).toHaveLength(1)
})
