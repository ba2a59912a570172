import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { releaseTagsOnBranch } from '../../../src/calendar/stable-tags.js'
import { applyTrackMoveSeries, movedVersion, proposeTrackMove } from '../../../src/calendar/track-mode.js'
import { FindingError } from '../../../src/errors.js'
import { FixtureRepo } from '../../helpers/git-fixture.js'
import { makeTempDir } from '../../helpers/tmp.js'

/**
 * A real upstream stable branch with a newer release tag, and a package pinned to the older one that
 * carries two of the release's fixes (one as git wrote it, one as a partial backport with other
 * headers), one fix newer than the release, and the distribution's own patch.
 */
const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

const lines = (n: number, tag: string): string =>
  Array.from({ length: n }, (_, i) => `${tag} line ${i + 1}`).join('\n') + '\n'

interface Fixture {
  up: FixtureRepo
  pin: { version: string; tag: string; sha: string }
  shas: Record<'a' | 'b' | 'c', string>
  newTagSha: string
}

async function upstream(name: string): Promise<Fixture> {
  const up = await FixtureRepo.init(join(tmp.dir, name), tmp.dir, 'stable-8.2')
  up.write('VERSION', '8.2.1\n')
  up.write('main.c', lines(30, 'main'))
  up.write('a.c', lines(30, 'a'))
  up.write('b.c', lines(30, 'b'))
  up.write('b2.c', lines(30, 'b2'))
  up.write('c.c', lines(30, 'c'))
  const pinSha = await up.commit('Update version for 8.2.1 release')
  await up.git.exec(['tag', '-a', '-m', 'v8.2.1', 'v8.2.1'], { env: up.identityEnv() })
  up.write('a.c', lines(30, 'a').replace('a line 10\n', 'a line 10 fixed\n'))
  const a = await up.commit(
    'a: fix the thing\n\n(cherry picked from commit 1111111111111111111111111111111111111111)'
  )
  up.write('b.c', lines(30, 'b').replace('b line 20\n', 'b line 20 fixed\n'))
  up.write('b2.c', lines(30, 'b2').replace('b2 line 5\n', 'b2 line 5 fixed\n'))
  const b = await up.commit('b: fix two files')
  up.write('VERSION', '8.2.2\n')
  const newTagSha = await up.commit('Update version for 8.2.2 release')
  await up.git.exec(['tag', '-a', '-m', 'v8.2.2', 'v8.2.2'], { env: up.identityEnv() })
  up.write('c.c', lines(30, 'c').replace('c line 3\n', 'c line 3 fixed\n'))
  const c = await up.commit('c: fix after the release')
  await up.git.exec(['tag', 'v8.3.0-rc1'])
  return { up, pin: { version: '8.2.1', tag: 'v8.2.1', sha: pinSha }, shas: { a, b, c }, newTagSha }
}

/** A package at 1:8.2.1+ds-0ubuntu3 whose series carries its own patch and three stable fixes. */
async function packageDir(f: Fixture, name: string, ownPatch: string): Promise<string> {
  const dir = join(tmp.dir, name)
  const patches = join(dir, 'debian', 'patches')
  mkdirSync(join(patches, 'stable'), { recursive: true })
  mkdirSync(join(patches, 'ubuntu'), { recursive: true })
  const formatPatch = async (sha: string): Promise<string> =>
    (await f.up.git.exec(['format-patch', '-1', '--stdout', sha])).stdout.toString('utf8')
  writeFileSync(join(patches, 'ubuntu', 'own-change.patch'), ownPatch)
  writeFileSync(join(patches, 'stable', '0001-a-fix-the-thing.patch'), await formatPatch(f.shas.a))
  // Only b.c of upstream's two-file fix, quilt-style with DEP-3 headers: another patch-id.
  const bOnly = (await f.up.git.exec(['diff', `${f.shas.b}^`, f.shas.b, '--', 'b.c'])).stdout.toString('utf8')
  writeFileSync(
    join(patches, 'stable', '0002-b-fix.patch'),
    `Description: b: fix (b.c part)\nOrigin: backport, commit:${f.shas.b}\nLast-Update: 2026-10-01\n---\n${bOnly}`
  )
  writeFileSync(join(patches, 'stable', '0003-c-fix.patch'), await formatPatch(f.shas.c))
  writeFileSync(
    join(patches, 'series'),
    '# distribution patches\nubuntu/own-change.patch\n\n# stable fixes\nstable/0001-a-fix-the-thing.patch\nstable/0002-b-fix.patch -p1\nstable/0003-c-fix.patch\n'
  )
  return dir
}

const OWN = `Description: Ubuntu: change main\nForwarded: not-needed\n---
--- a/main.c
+++ b/main.c
@@ -14,7 +14,7 @@
 main line 14
 main line 15
 main line 16
-main line 17
+main line 17 (ubuntu)
 main line 18
 main line 19
 main line 20
`

test('stable release tags on the branch, newest first, pre-releases left out', async () => {
  const f = await upstream('up-tags')
  const tags = await releaseTagsOnBranch(f.up.git, 'stable-8.2', 'v{version}')
  expect(tags).toEqual([
    { version: '8.2.2', tag: 'v8.2.2', sha: f.newTagSha },
    { version: '8.2.1', tag: 'v8.2.1', sha: f.pin.sha }
  ])
})

test('the move drops the patches the release contains (by content), keeps the rest and verifies them', async () => {
  const f = await upstream('up-move')
  const pkg = await packageDir(f, 'pkg-move', OWN)
  const move = await proposeTrackMove({
    upstream: { git: f.up.git, tipRef: 'stable-8.2' },
    pin: f.pin,
    track: { name: 'qemu', upstream: { url: f.up.dir, branch: 'stable-8.2', tag: 'v{version}' } },
    packageDir: pkg,
    currentVersion: '1:8.2.1+ds-0ubuntu3'
  })
  expect(move).toBeDefined()
  expect(move!.to).toEqual({ version: '8.2.2', tag: 'v8.2.2', sha: f.newTagSha })
  expect(move!.version).toBe('1:8.2.2+ds-0ubuntu1')
  expect(move!.dropped).toEqual([
    { file: 'debian/patches/stable/0001-a-fix-the-thing.patch', how: 'patch-id', upstream: f.shas.a },
    { file: 'debian/patches/stable/0002-b-fix.patch', how: 'reverse-applies' }
  ])
  expect(move!.kept).toEqual([
    'debian/patches/ubuntu/own-change.patch',
    'debian/patches/stable/0003-c-fix.patch'
  ])
  expect(move!.verification.status).toBe('ok')
  expect(move!.problems).toEqual([])
  expect(move!.changelog).toEqual([
    `New upstream stable release 8.2.2 (tag v8.2.2, ${f.newTagSha.slice(0, 12)}).`,
    'Drop patches included in 8.2.2:',
    `    - d/p/stable/0001-a-fix-the-thing.patch (upstream ${f.shas.a.slice(0, 12)})`,
    '    - d/p/stable/0002-b-fix.patch (contained in the release)'
  ])

  applyTrackMoveSeries(pkg, move!)
  expect(readFileSync(join(pkg, 'debian/patches/series'), 'utf8')).toBe(
    '# distribution patches\nubuntu/own-change.patch\n\n# stable fixes\nstable/0003-c-fix.patch\n'
  )
  expect(existsSync(join(pkg, 'debian/patches/stable/0001-a-fix-the-thing.patch'))).toBe(false)
  expect(existsSync(join(pkg, 'debian/patches/stable/0002-b-fix.patch'))).toBe(false)
  expect(existsSync(join(pkg, 'debian/patches/ubuntu/own-change.patch'))).toBe(true)
})

test('a kept patch that no longer applies on the release fails verification; nothing is written', async () => {
  const f = await upstream('up-conflict')
  // The distribution's patch touches the line the release's fix a changes: fuzz 0 refuses it.
  const conflicting = `Description: Ubuntu: tweak a\n---\n--- a/a.c\n+++ b/a.c\n@@ -9,3 +9,3 @@\n a line 9\n-a line 10\n+a line 10 (ubuntu)\n a line 11\n`
  const pkg = await packageDir(f, 'pkg-conflict', conflicting)
  const series = readFileSync(join(pkg, 'debian/patches/series'), 'utf8')
  const move = await proposeTrackMove({
    upstream: { git: f.up.git, tipRef: 'stable-8.2' },
    pin: f.pin,
    track: { name: 'qemu', upstream: { url: f.up.dir, branch: 'stable-8.2', tag: 'v{version}' } },
    packageDir: pkg,
    currentVersion: '8.2.1-2'
  })
  expect(move!.version).toBe('8.2.2-1')
  expect(move!.verification.status).toBe('failed')
  expect(move!.problems).toEqual([
    expect.objectContaining({
      kind: 'does-not-apply',
      text: expect.stringContaining(
        'debian/patches/ubuntu/own-change.patch does not apply at fuzz 0 on v8.2.2'
      )
    })
  ])
  expect(() => applyTrackMoveSeries(pkg, move!)).toThrow(FindingError)
  expect(readFileSync(join(pkg, 'debian/patches/series'), 'utf8')).toBe(series)
})

test('no move when the pin already is the newest stable release', async () => {
  const f = await upstream('up-newest')
  const pkg = await packageDir(f, 'pkg-newest', OWN)
  const move = await proposeTrackMove({
    upstream: { git: f.up.git, tipRef: 'stable-8.2' },
    pin: { version: '8.2.2', tag: 'v8.2.2', sha: f.newTagSha },
    track: { name: 'qemu', upstream: { url: f.up.dir, branch: 'stable-8.2', tag: 'v{version}' } },
    packageDir: pkg,
    currentVersion: '8.2.2-0ubuntu1'
  })
  expect(move).toBeUndefined()
})

test('the moved version keeps epoch and repack suffix and starts the vendor revision', () => {
  expect(movedVersion('1:8.2.1+ds-0ubuntu3', '8.2.2')).toBe('1:8.2.2+ds-0ubuntu1')
  expect(movedVersion('8.2.1+dfsg-3ubuntu2', '8.2.2')).toBe('8.2.2+dfsg-0ubuntu1')
  expect(movedVersion('8.2.1-3', '8.2.2')).toBe('8.2.2-1')
})
