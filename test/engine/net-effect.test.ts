import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { planTrack } from '../../src/engine/plan.js'
import { exitCodeFor } from '../../src/engine/result.js'
import type { TrackResult } from '../../src/engine/types.js'
import { memoryLogger } from '../../src/log.js'
import { lines, makePackaging, Upstream, type UpstreamFiles } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

const biosA = Buffer.from([0x55, 0xaa, 0, 1, 2, 0])
const biosB = Buffer.from([0x55, 0xaa, 0, 9, 9, 0])

/** A git home and an upstream with these files, both named for one test. */
async function upstreamFor(name: string, files: UpstreamFiles): Promise<{ u: Upstream; home: string }> {
  const home = join(tmp.dir, `home-${name}`)
  mkdirSync(home)
  return { u: await Upstream.create(join(tmp.dir, `upstream-${name}`), home, files), home }
}

/** Plan the upstream's stable-1.0 for a package pinned at 1.0.0, with a fresh packaging repo and cache. */
async function planPinned(u: Upstream, home: string, name: string): Promise<TrackResult> {
  const packagingDir = join(tmp.dir, `packaging-${name}`)
  const { config } = await makePackaging(packagingDir, home, u.repo.dir, { version: '1.0.0-1' })
  return planTrack(
    {
      repoDir: packagingDir,
      config,
      cacheDir: join(tmp.dir, `cache-${name}`),
      log: memoryLogger(),
      now: new Date('2026-11-25T21:00:00Z'),
      env: {}
    },
    config.tracks[0]
  )
}

/**
 * The 0.9 release branch updates the BIOS image (tagged v0.9.1, after `onRelease` adds its own commits);
 * master makes the same update before v1.0.0, so the pin carries it. Leaves stable-1.0 checked out at
 * v1.0.0; returns the release branch's BIOS commit.
 */
async function releaseBiosThePinHas(
  u: Upstream,
  bios: Buffer,
  onRelease?: () => Promise<void>
): Promise<string> {
  await u.git(['checkout', '-q', '-b', 'stable-0.9'])
  u.put('pc-bios/bios.bin', bios)
  const releaseBios = await u.repo.commit('pc-bios: update SeaBIOS')
  await onRelease?.()
  await u.git(['tag', 'v0.9.1'])
  await u.git(['checkout', '-q', 'master'])
  await u.reload()
  u.put('pc-bios/bios.bin', bios)
  await u.repo.commit('pc-bios: update SeaBIOS (master)')
  await u.git(['tag', 'v1.0.0'])
  await u.git(['checkout', '-q', '-b', 'stable-1.0'])
  return releaseBios
}

// Issue 13, item 2: a stable branch merges an upstream release whose history changed BIOS images the
// pinned tree already has (the net change of those paths from pin to tip is nothing), and a binary
// change is undone later in the range by hand (no revert line). Neither asks a human for anything.
test('binary changes with no net effect are reported skips, and an otherwise clean sync exits 0', async () => {
  const logoP = Buffer.from([0x89, 0x50, 0, 1])
  const { u, home } = await upstreamFor('clean', {
    'pc-bios/bios.bin': biosA,
    'data/logo.bin': logoP,
    'src/a.c': lines('a'),
    'src/c.c': lines('c')
  })
  const r = u.repo
  const s: Record<string, string> = {}
  // The 0.9 release branch gets the BIOS update and a fix.
  s.releaseBios = await releaseBiosThePinHas(u, biosB, async () => {
    s.releaseFix = await u.fix('src/c.c', 4, 'c: fix from 0.9')
  })
  s.fixA = await u.fix('src/a.c', 3, 'a: fix overflow')
  await r.git.exec(['merge', '--no-ff', '-q', '-m', "Merge tag 'v0.9.1' into stable-1.0", 'v0.9.1'], {
    env: r.identityEnv()
  })
  s.merge = await r.git.text(['rev-parse', 'HEAD'])
  await u.reload()
  u.put('data/logo.bin', Buffer.from([0x89, 0x50, 0, 2]))
  s.logo = await r.commit('data: new logo')
  u.put('data/logo.bin', logoP)
  s.logoBack = await r.commit('data: the old logo after all')
  s.fixA2 = await u.fix('src/a.c', 20, 'a: fix another overflow')
  await u.git(['checkout', '-q', 'master'])

  const plan = await planPinned(u, home, 'clean')
  expect(plan.patches.map(p => p.upstream)).toEqual([[s.fixA], [s.releaseFix], [s.fixA2]])
  expect(plan.problems).toEqual([])
  expect(plan.verification.status).toBe('ok')
  const skipped = Object.fromEntries(plan.skipped.map(k => [k.sha, k.reason]))
  expect(skipped).toMatchObject({
    [s.releaseBios]: 'no-net-change',
    [s.logo]: 'no-net-change',
    [s.logoBack]: 'no-net-change'
  })
  expect(plan.skipped.find(k => k.sha === s.releaseBios)?.text).toMatch(
    /^changes binary file\(s\) pc-bios\/bios\.bin to what the series already has there \(the pinned tree carries the change\)/
  )
  expect(plan.skipped.find(k => k.sha === s.logo)?.text).toMatch(
    /^changes binary file\(s\) data\/logo\.bin, but the stable tip has the same content there/
  )
  expect(exitCodeFor([plan])).toBe(0)
})

// The same merged release BIOS update the pin carries, with a real BIOS update of the same file later
// in the range: the tip's image differs from the series' (that later one is a problem), yet the
// merged one still changes nothing where it comes.
test('a binary change the pin already has stays a skip when a later change of the same file is a problem', async () => {
  const biosC = Buffer.from([0x55, 0xaa, 0, 7, 7, 0])
  const { u, home } = await upstreamFor('later', {
    'pc-bios/bios.bin': biosA,
    'src/a.c': lines('a')
  })
  const r = u.repo
  const releaseBios = await releaseBiosThePinHas(u, biosB)
  const fixA = await u.fix('src/a.c', 3, 'a: fix overflow')
  await r.git.exec(['merge', '--no-ff', '-q', '-m', "Merge tag 'v0.9.1' into stable-1.0", 'v0.9.1'], {
    env: r.identityEnv()
  })
  await u.reload()
  u.put('pc-bios/bios.bin', biosC)
  const newBios = await r.commit('pc-bios: update SeaBIOS to 1.17')
  await u.git(['checkout', '-q', 'master'])

  const plan = await planPinned(u, home, 'later')
  expect(plan.patches.map(p => p.upstream)).toEqual([[fixA]])
  expect(plan.problems.map(p => [p.sha, p.kind])).toEqual([[newBios, 'binary']])
  expect(plan.skipped.find(k => k.sha === releaseBios)?.reason).toBe('no-net-change')
})

// A merged release branch whose BIOS update the pin does not have, merged where the stable branch
// changed the same C file: the merge needs a content apply of its merged commits. The BIOS commit
// applies there by blob id (as git apply takes a binary patch onto its exact pre-image), so it is the
// one binary problem, and the merge has no change of its own to report as a second one.
test('a merged binary update is one problem, its own; the merge that brings it has no change of its own', async () => {
  const { u, home } = await upstreamFor('merged-bios', {
    'pc-bios/bios.bin': biosA,
    'src/c.c': lines('c')
  })
  const r = u.repo
  await u.git(['tag', 'v1.0.0'])
  await u.git(['checkout', '-q', '-b', 'stable-0.9'])
  u.put('pc-bios/bios.bin', biosB)
  const releaseBios = await r.commit('pc-bios: update SeaBIOS')
  const releaseFix = await u.fix('src/c.c', 4, 'c: fix from 0.9')
  await u.git(['tag', 'v0.9.1'])
  await u.git(['checkout', '-q', 'v1.0.0'])
  await u.git(['checkout', '-q', '-b', 'stable-1.0'])
  await u.reload()
  const fixC = await u.fix('src/c.c', 20, 'c: fix an overflow')
  await r.git.exec(['merge', '--no-ff', '-q', '-m', "Merge tag 'v0.9.1' into stable-1.0", 'v0.9.1'], {
    env: r.identityEnv()
  })
  const merge = await r.git.text(['rev-parse', 'HEAD'])
  await u.git(['checkout', '-q', 'master'])

  const plan = await planPinned(u, home, 'merged-bios')
  expect(plan.patches.map(p => p.upstream)).toEqual([[fixC], [releaseFix]])
  expect(plan.problems.map(p => [p.sha, p.kind])).toEqual([[releaseBios, 'binary']])
  expect(plan.skipped.find(k => k.sha === merge)?.reason).toBe('merge')
  // The series reproduces the tip except the problem's file.
  expect(plan.verification.status).toBe('ok')
})
