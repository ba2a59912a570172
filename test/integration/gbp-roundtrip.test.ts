import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { applyTrack } from '../../src/engine/apply.js'
import { memoryLogger } from '../../src/log.js'
import { run } from '../../src/process/run.js'
import { diffstat } from '../../src/series/gbp-patch.js'
import { FixtureRepo } from '../helpers/git-fixture.js'
import { editLine, lines, Upstream } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

/**
 * A gbp-maintained package (debian/gbp.conf, upstream source beside debian/) takes stable fixes
 * through stable-sync; then the real `gbp pq import && gbp pq export` must leave the repository
 * exactly as stable-sync wrote it.
 */
const tmp = makeTempDir('stable-sync-gbp-')
afterAll(() => tmp.cleanup())

const LONG_SUBJECT =
  'hw/virtio: fix the overflow of the receive queue when the guest posts more descriptors than it has'
const initial: Record<string, string> = {
  VERSION: '1.0.0\n',
  'src/a.c': lines('a', 120),
  'src/b.c': lines('b'),
  'src/old.c': lines('old', 5),
  'hw/virtio/a-rather-long-directory-name/another-long-directory/virtio-net-receive.c': lines('v', 10)
}

async function gbp(dir: string, env: Record<string, string>, args: string[]): Promise<void> {
  await run('gbp', args, { cwd: dir, env })
}

test('gbp pq import && gbp pq export changes nothing in what stable-sync wrote', async () => {
  const home = join(tmp.dir, 'home')
  mkdirSync(home, { recursive: true })
  const upstream = await Upstream.create(join(tmp.dir, 'upstream'), home, initial)
  await upstream.git(['tag', 'v1.0.0'])
  await upstream.git(['checkout', '-q', '-b', 'stable-1.0'])
  await upstream.fix('src/b.c', 3, 'b: fix leak', {
    body: 'Longer text.\n\nCloses: #1040000\nLP: #2051965\nCc: qemu-stable@nongnu.org\nSigned-off-by: Jane <jane@example.org>',
    author: 'Jérôme Dupré'
  })
  // Many lines in one file, a new file, a removed file, a long path: the diffstat's scaling and summary.
  let a = upstream.text('src/a.c')
  for (let k = 1; k <= 100; k++) a = editLine(a, k, `a line ${k} rewritten`)
  upstream.put('src/a.c', a)
  upstream.put('src/new.c', 'int new;\n')
  upstream.repo.write('src/old.c', '')
  await run('rm', [join(upstream.repo.dir, 'src/old.c')])
  upstream.files.delete('src/old.c')
  const long = 'hw/virtio/a-rather-long-directory-name/another-long-directory/virtio-net-receive.c'
  upstream.put(long, editLine(upstream.text(long), 2, 'fixed'))
  await upstream.repo.commit(
    `${LONG_SUBJECT}\n\nFixes: CVE-2024-3446\nResolves: https://gitlab.com/qemu-project/qemu/-/issues/2050`,
    {
      author: 'Dev, Jr.'
    }
  )
  await upstream.fix('src/b.c', 20, 'b: no body', { author: 'Łukasz' })
  await upstream.fix('src/b.c', 25, 'b: body in utf-8', { body: 'Reported by Frédéric.' })
  await upstream.git(['checkout', '-q', 'master'])

  // The packaging repository: upstream 1.0.0 and debian/ side by side, as gbp wants it.
  const pkg = await FixtureRepo.init(join(tmp.dir, 'pkg'), home, 'main')
  for (const [p, c] of Object.entries(initial)) pkg.write(p, c)
  pkg.write(
    'debian/changelog',
    'demo (1.0.0-1) unstable; urgency=medium\n\n  * Initial release.\n\n -- Packager <packager@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n'
  )
  pkg.write(
    'debian/control',
    'Source: demo\nMaintainer: P <p@example.org>\n\nPackage: demo\nArchitecture: all\nDescription: d\n d\n'
  )
  pkg.write('debian/source/format', '3.0 (quilt)\n')
  pkg.write('debian/patches/series', '')
  pkg.write('debian/gbp.conf', '[DEFAULT]\ndebian-branch = main\nupstream-tag = v%(version)s\n')
  const configFile = join(pkg.dir, '.github', 'stable-sync.yml')
  mkdirSync(join(pkg.dir, '.github'), { recursive: true })
  writeFileSync(
    configFile,
    [
      'maintainer: { name: Stable Bot, email: bot@example.org }',
      'tracks:',
      '  - name: demo',
      '    upstream:',
      `      url: ${upstream.repo.dir}`,
      '      branch: stable-1.0',
      '    bugs:',
      "      - { url: 'https://gitlab.com/qemu-project/qemu/-/issues/{id}', field: Bug }",
      ''
    ].join('\n')
  )
  await pkg.commit('Packaging')
  const config = await loadConfig(configFile, { repoDir: pkg.dir })
  expect(config.tracks[0].upstream.tag).toBe('v{version}')

  const opts = {
    repoDir: pkg.dir,
    config,
    cacheDir: join(tmp.dir, 'cache'),
    log: memoryLogger(),
    now: new Date('2026-11-25T21:00:00Z'),
    env: {}
  }
  const result = await applyTrack(opts, config.tracks[0])
  expect(result.verification.status).toBe('ok')
  // gbp's names: the position in the series, git's slug of the subject cut to 63 characters.
  expect(result.patches.map(p => p.file)).toEqual([
    'debian/patches/stable/0001-b-fix-leak.patch',
    'debian/patches/stable/0002-hw-virtio-fix-the-overflow-of-the-receive-queue-when.patch',
    'debian/patches/stable/0003-b-no-body.patch',
    'debian/patches/stable/0004-b-body-in-utf-8.patch'
  ])
  const first = readFileSync(join(pkg.dir, result.patches[0].file), 'utf8')
  expect(first.split('\n').slice(0, 4)).toEqual([
    'From: =?utf-8?b?SsOpcsO0bWUgRHVwcsOp?= <author@example.org>',
    expect.stringMatching(/^Date: \w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d \+0000$/),
    'Subject: b: fix leak',
    ''
  ])
  expect(first).toContain(
    'Bug-Debian: https://bugs.debian.org/1040000\nBug-Ubuntu: https://launchpad.net/bugs/2051965\n'
  )
  await pkg.commit('stable-sync')

  const env = { ...pkg.identityEnv(), GIT_AUTHOR_NAME: 'P', GIT_AUTHOR_EMAIL: 'p@example.org' }
  await gbp(pkg.dir, env, ['pq', 'import'])
  const imported = await pkg.git.text(['log', '--format=%B', '-1', 'patch-queue/main'])
  expect(imported).toContain('Gbp-Pq: Topic stable')
  await gbp(pkg.dir, env, ['pq', 'export'])
  expect(await pkg.git.text(['diff', 'HEAD'])).toBe('')
  expect(await pkg.git.text(['status', '--porcelain'])).toBe('')
  // The next run reads gbp's patches back as carried: nothing to add.
  const again = await applyTrack(opts, config.tracks[0])
  expect(again.changed).toBe(false)
  expect(again.skipped.filter(s => s.reason === 'already-carried')).toHaveLength(4)
})

test('the diffstat is git diff --stat=80 --summary', async () => {
  const home = join(tmp.dir, 'home2')
  mkdirSync(home, { recursive: true })
  const repo = await FixtureRepo.init(join(tmp.dir, 'stat'), home, 'main')
  repo.write('x.c', lines('x', 300))
  repo.write('gone.c', 'g\n')
  repo.write('y/deep/directory/with/a/very/long/name/that/does/not/fit/in/the/name/column.c', lines('y', 5))
  await repo.commit('base')
  let x = lines('x', 300)
  for (let k = 1; k <= 250; k++) x = editLine(x, k, `changed ${k}`)
  repo.write('x.c', x)
  await run('rm', [join(repo.dir, 'gone.c')])
  repo.write('fresh.c', 'f\n')
  repo.write(
    'y/deep/directory/with/a/very/long/name/that/does/not/fit/in/the/name/column.c',
    editLine(lines('y', 5), 1, 'z')
  )
  await repo.commit('change')
  const git = (args: string[]): Promise<string> =>
    run('git', args, { cwd: repo.dir, env: repo.env }).then(r => r.stdout.toString())
  const diff = await git(['diff', '--full-index', '--no-renames', 'HEAD^', 'HEAD'])
  const expected = await git(['diff', '--stat=80', '--summary', '--no-renames', 'HEAD^', 'HEAD'])
  expect(diffstat(diff)).toBe(expected)
})
