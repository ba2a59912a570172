import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { planTrack } from '../../src/engine/plan.js'
import type { EngineOptions } from '../../src/engine/types.js'
import { memoryLogger } from '../../src/log.js'
import { lines, makePackaging, Upstream } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

/**
 * A cold fetch is shallow below the pin (`--shallow-exclude`), and git cuts a merge as a whole when
 * one of its parents is excluded. These histories put a merge right where that cut falls: the
 * upstream cache must still see the true history above the pin, and nothing of what lies below.
 */
const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

async function upstreamWithPin(name: string): Promise<{ up: Upstream; home: string; base: string }> {
  const home = join(tmp.dir, `${name}-home`)
  mkdirSync(home, { recursive: true })
  const up = await Upstream.create(join(tmp.dir, `${name}-upstream`), home, {
    'src/a.c': lines('a'),
    'src/b.c': lines('b'),
    'src/c.c': lines('c')
  })
  const base = await up.fix('src/a.c', 9, 'a: older change below the pin')
  await up.fix('src/a.c', 5, 'a: last change of the release')
  await up.git(['tag', 'v1.0.0'])
  return { up, home, base }
}

async function plan(up: Upstream, home: string, name: string) {
  const pkg = await makePackaging(join(tmp.dir, `${name}-pkg`), home, up.repo.dir, { version: '1.0.0-1' })
  const cacheDir = join(tmp.dir, `${name}-cache`)
  const opts: EngineOptions = {
    repoDir: join(tmp.dir, `${name}-pkg`),
    config: pkg.config,
    cacheDir,
    log: memoryLogger(),
    env: up.repo.env
  }
  const result = await planTrack(opts, pkg.config.tracks[0])
  const clone = join(cacheDir, 'upstream', readdirSync(join(cacheDir, 'upstream'))[0])
  return { result, clone }
}

test('a side branch merged right after the pin: each of its commits is its own patch, and nothing below the pin is fetched', async () => {
  const { up, home, base } = await upstreamWithPin('side')
  await up.git(['checkout', '-q', '-b', 'side'])
  const side1 = await up.fix('src/b.c', 5, 'b: fix one')
  const side2 = await up.fix('src/b.c', 7, 'b: fix two')
  await up.git(['checkout', '-q', '-b', 'stable-1.0', 'v1.0.0'])
  await up.git(['merge', '-q', '--no-ff', '-m', "Merge branch 'side' into stable-1.0", 'side'])
  const merge = await up.git(['rev-parse', 'HEAD'])
  await up.reload()
  const fixC = await up.fix('src/c.c', 3, 'c: fix')

  const { result, clone } = await plan(up, home, 'side')

  expect(result.patches.map(p => [p.upstream, p.subject])).toEqual([
    [[side1], 'b: fix one'],
    [[side2], 'b: fix two'],
    [[fixC], 'c: fix']
  ])
  expect(result.skipped.map(s => [s.sha, s.reason])).toEqual([[merge, 'merge']])
  expect(result.verification.status).toBe('ok')
  // Only the pin itself stays cut; the commit below it never came.
  const pin = await up.git(['rev-parse', 'v1.0.0'])
  expect(readFileSync(join(clone, 'shallow'), 'latin1')).toBe(`${pin}\n`)
  const r = await up.repo.git.at(clone).exec(['cat-file', '-e', base], { allowFailure: true })
  expect(r.code).not.toBe(0)
})

test('a branch forked below the pin, with a merge of its own, merged right after the pin: every commit named, nothing more below the pin', async () => {
  const { up, home, base } = await upstreamWithPin('nested')
  await up.git(['checkout', '-q', '-b', 'side', 'v1.0.0~1'])
  await up.git(['checkout', '-q', '-b', 'topic'])
  await up.reload()
  const t1 = await up.fix('src/b.c', 5, 'b: topic fix one')
  const t2 = await up.fix('src/b.c', 7, 'b: topic fix two')
  await up.git(['checkout', '-q', 'side'])
  await up.git(['merge', '-q', '--no-ff', '-m', "Merge branch 'topic' into side", 'topic'])
  const inner = await up.git(['rev-parse', 'HEAD'])
  await up.git(['checkout', '-q', '-b', 'stable-1.0', 'v1.0.0'])
  await up.git(['merge', '-q', '--no-ff', '-m', "Merge branch 'side' into stable-1.0", 'side'])
  const outer = await up.git(['rev-parse', 'HEAD'])

  const { result, clone } = await plan(up, home, 'nested')

  expect(result.patches.map(p => p.upstream)).toEqual([[t1], [t2]])
  expect(result.skipped.map(s => [s.sha, s.reason])).toEqual([
    [inner, 'merge'],
    [outer, 'merge']
  ])
  expect(result.verification.status).toBe('ok')
  // The side branch's base (v1.0.0~1, below the pin) came alone; nothing older did.
  const older = await up.repo.git.at(clone).exec(['cat-file', '-e', `${base}~1`], { allowFailure: true })
  expect(older.code).not.toBe(0)
})

test('a merge whose other parent is below the pin (made with commit-tree) is no false "force-pushed" error', async () => {
  const { up, home, base } = await upstreamWithPin('old')
  await up.git(['checkout', '-q', '-b', 'stable-1.0'])
  const fixB = await up.fix('src/b.c', 5, 'b: fix')
  const tree = await up.git(['write-tree'])
  const merge = await up.git(['commit-tree', tree, '-p', 'HEAD', '-p', base, '-m', 'Merge an old commit'])
  await up.git(['update-ref', 'refs/heads/stable-1.0', merge])
  await up.git(['reset', '-q', '--hard', 'stable-1.0'])
  await up.reload()
  const fixC = await up.fix('src/c.c', 3, 'c: fix')

  const { result } = await plan(up, home, 'old')

  expect(result.patches.map(p => p.upstream)).toEqual([[fixB], [fixC]])
  expect(result.skipped.map(s => [s.sha, s.reason])).toEqual([[merge, 'merge']])
  expect(result.verification.status).toBe('ok')
})

test('a release branch forked well below the pin, merged after it: its fork point (fetched alone) is no commit of the range', async () => {
  const home = join(tmp.dir, 'fork-home')
  mkdirSync(home, { recursive: true })
  // The project's first commit has a BIOS image: walked as a commit of the range, it would be a
  // "binary" problem (and its diff the whole tree).
  const up = await Upstream.create(join(tmp.dir, 'fork-upstream'), home, {
    'src/a.c': lines('a'),
    'src/b.c': lines('b'),
    'src/c.c': lines('c'),
    'roms/bios.bin': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3])
  })
  const fork = await up.git(['rev-parse', 'HEAD'])
  await up.fix('src/a.c', 9, 'a: older change below the pin')
  await up.fix('src/a.c', 5, 'a: last change of the release')
  await up.git(['tag', 'v1.0.0'])
  // The release branch forks at the first commit, two below the pin: git fetches it alone, as the
  // merged commit's parent.
  await up.git(['checkout', '-q', '-b', 'release', fork])
  await up.reload()
  const relFix = await up.fix('src/c.c', 8, 'c: fix on the release branch')
  await up.git(['checkout', '-q', '-b', 'stable-1.0', 'v1.0.0'])
  await up.git(['merge', '-q', '--no-ff', '-m', "Merge tag 'v0.9.9' into stable-1.0", 'release'])
  const merge = await up.git(['rev-parse', 'HEAD'])
  await up.reload()
  const fixB = await up.fix('src/b.c', 3, 'b: fix')

  const { result, clone } = await plan(up, home, 'fork')

  expect(result.patches.map(p => p.upstream)).toEqual([[relFix], [fixB]])
  expect(result.skipped.map(s => [s.sha, s.reason])).toEqual([[merge, 'merge']])
  expect(result.problems).toEqual([])
  expect(result.verification.status).toBe('ok')
  // The fork point is in the clone (the merged commit's parent, for its diff), cut, and not walked.
  expect(readFileSync(join(clone, 'shallow'), 'latin1')).toContain(fork)
  expect(JSON.stringify(result)).not.toContain(fork)
})

test('pinned at the branch tip: nothing to take, and no fetch error (a shallow fetch there selects nothing); past it: the error says where the pin is', async () => {
  const { up, home } = await upstreamWithPin('at-tip')
  await up.git(['branch', 'stable-1.0', 'v1.0.0'])
  const atTip = await plan(up, home, 'at-tip')
  expect(atTip.result.patches).toEqual([])
  expect(atTip.result.problems).toEqual([])
  expect(atTip.result.verification.status).toBe('ok')

  // The branch behind the release tag (the tag was made on a later commit): the clear error about
  // where the pin is, not a failed fetch.
  const { up: behind, home: home2 } = await upstreamWithPin('behind')
  await behind.git(['branch', 'stable-1.0', 'v1.0.0~1'])
  await expect(plan(behind, home2, 'behind')).rejects.toThrow(
    /the pin v1\.0\.0 .* is not an ancestor of stable-1\.0/
  )
})
