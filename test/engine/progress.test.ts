import { join } from 'node:path'
import { throttled } from '../../src/engine/progress.js'
import { memoryLogger } from '../../src/log.js'
import { captureCli } from '../helpers/cli.js'
import { isolatedGitEnv } from '../helpers/git-fixture.js'
import { makeLinearFixture } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

test('throttled progress: the first line at once, then at most one a second', () => {
  const log = memoryLogger()
  let now = 0
  const progress = throttled(log, 1000, () => now)
  for (const t of [0, 10, 999, 1000, 1500, 2100]) {
    now = t
    progress(`at ${t}`)
  }
  expect(log.lines).toEqual(['progress: at 0', 'progress: at 1000', 'progress: at 2100'])
})

test('plan --json: progress goes to stderr (silenced by --quiet); stdout holds the document alone', async () => {
  const f = await makeLinearFixture(tmp.dir)
  const env = { ...isolatedGitEnv(join(tmp.dir, 'home')), XDG_CACHE_HOME: join(tmp.dir, 'xdg') }
  const args = ['plan', '--repo', f.packagingDir, '--cache-dir', join(tmp.dir, 'cache'), '--json']
  const loud = await captureCli(args, { cwd: '/', env })
  expect(loud.code).toBe(0)
  const doc = JSON.parse(loud.out) as { tracks: { patches: unknown[] }[] }
  expect(doc.tracks[0].patches).toHaveLength(3)
  expect(loud.out).not.toMatch(/progress/)
  expect(loud.err).toMatch(/^progress: demo: walked 3 commits \(3 on the first-parent line\)$/m)
  expect(loud.err).toMatch(/^progress: demo: proving the series: /m)
  const quiet = await captureCli([...args, '--quiet'], { cwd: '/', env })
  expect(quiet.code).toBe(0)
  expect(quiet.err).not.toMatch(/progress:/)
  expect(quiet.out).toBe(loud.out)
})
