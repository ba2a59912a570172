import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { captureCli, type CliRun } from '../helpers/cli.js'
import { applyTrack } from '../../src/engine/apply.js'
import { planTrack } from '../../src/engine/plan.js'
import type { EngineOptions } from '../../src/engine/types.js'
import { FindingError, InputError } from '../../src/errors.js'
import { memoryLogger } from '../../src/log.js'
import { lines, makeLinearFixture, makePackaging, type LinearFixture } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

const options = (f: LinearFixture, dir: string, repoDir = f.packagingDir): EngineOptions => ({
  repoDir,
  config: f.config,
  cacheDir: join(dir, 'cache'),
  log: memoryLogger(),
  now: new Date('2026-11-25T21:00:00Z'),
  env: {}
})

const cli = (args: string[]): Promise<CliRun> => captureCli(args, { cwd: '/', env: {} })

describe('engine errors and incremental runs', () => {
  const tmp = makeTempDir()
  let f: LinearFixture
  beforeAll(async () => {
    f = await makeLinearFixture(tmp.dir)
    await f.upstream.git(['tag', 'v0.9.0', 'master'])
    await f.upstream.git(['tag', 'v1.1.0', 'master'])
  })
  afterAll(() => tmp.cleanup())

  it('a pinned version without a tag is bad input listing the nearest tags', async () => {
    const p = await makePackaging(join(tmp.dir, 'p-missing'), join(tmp.dir, 'home'), f.upstreamDir, {
      version: '1.0.5-1'
    })
    const run = planTrack(
      { ...options(f, tmp.dir, join(tmp.dir, 'p-missing')), config: p.config },
      p.config.tracks[0]
    )
    await expect(run).rejects.toThrow(InputError)
    await expect(run).rejects.toThrow(/no tag v1\.0\.5.*Nearest existing tags: v0\.9\.0, v1\.0\.0, v1\.1\.0/)
  })

  it('CLI: plan --json prints the contract and exits 0; a broken own patch makes apply write nothing and exit 1', async () => {
    const r = await cli(['plan', '--repo', f.packagingDir, '--cache-dir', join(tmp.dir, 'cache'), '--json'])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.tracks[0]).toMatchObject({
      name: 'demo',
      pin: { version: '1.0.0', tag: 'v1.0.0' },
      tip: { ref: 'stable-1.0' }
    })
    expect(doc.tracks[0].patches).toHaveLength(3)

    const dir = join(tmp.dir, 'p-broken')
    const broken = '--- a/src/a.c\n+++ b/src/a.c\n@@ -1,2 +1,2 @@\n-no such line\n+x\n a line 2\n'
    await makePackaging(dir, join(tmp.dir, 'home'), f.upstreamDir, {
      version: '1.0.0-1',
      patches: [['broken.patch', broken]]
    })
    const before = readFileSync(join(dir, 'debian/changelog'), 'utf8')
    const a = await cli(['apply', '--repo', dir, '--cache-dir', join(tmp.dir, 'cache'), '--json'])
    expect(a.code).toBe(1)
    const res = JSON.parse(a.out).tracks[0]
    expect(res.changed).toBe(false)
    expect(res.verification).toMatchObject({
      status: 'failed',
      text: expect.stringContaining('broken.patch')
    })
    expect(readFileSync(join(dir, 'debian/changelog'), 'utf8')).toBe(before)
    expect(readFileSync(join(dir, 'debian/patches/series'), 'utf8')).toBe('broken.patch\n')
  })

  it('a new upstream fix after apply adds one numbered patch and extends the UNRELEASED entry', async () => {
    const opts = options(f, tmp.dir)
    const track = f.config.tracks[0]
    expect((await applyTrack(opts, track)).changed).toBe(true)
    const first = readFileSync(join(f.packagingDir, 'debian/patches/stable/0001-a-fix-overflow.patch'))
    await f.upstream.git(['checkout', '-q', 'stable-1.0'])
    await f.upstream.reload()
    const late = await f.upstream.fix('src/b.c', 20, 'b: fix late bug')
    await f.upstream.git(['checkout', '-q', 'master'])
    const r = await applyTrack(opts, track)
    expect(r.patches.map(p => [p.file, p.upstream])).toEqual([
      ['debian/patches/stable/0004-b-fix-late-bug.patch', [late]]
    ])
    expect(readFileSync(join(f.packagingDir, 'debian/patches/stable/0001-a-fix-overflow.patch'))).toEqual(
      first
    )
    const changelog = readFileSync(join(f.packagingDir, 'debian/changelog'), 'utf8')
    expect(changelog.match(/^demo \(/gm)).toHaveLength(2)
    expect(changelog).toContain('0004-b-fix-late-bug.patch')
  })

  it('a force-pushed branch whose pin is no longer an ancestor is a finding', async () => {
    // The stable branch is replaced by unrelated history (the pin's commit is not in it).
    await f.upstream.git(['checkout', '-q', '--orphan', 'rewritten'])
    f.upstream.put('src/a.c', lines('rewritten'))
    await f.upstream.repo.commit('rewritten history')
    await f.upstream.git(['branch', '-f', 'stable-1.0', 'rewritten'])
    await f.upstream.git(['checkout', '-q', '-f', 'master'])
    const run = planTrack(options(f, tmp.dir), f.config.tracks[0])
    await expect(run).rejects.toThrow(FindingError)
    await expect(run).rejects.toThrow(/is not an ancestor of stable-1\.0.*force-pushed/)
  })
})
