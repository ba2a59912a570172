import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../../src/cli/main.js'
import { dep14Tag } from '../../../src/debian/tags.js'
import { run } from '../../../src/process/run.js'
import { FixtureRepo } from '../../helpers/git-fixture.js'
import { makeTempDir } from '../../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

const TRAILER = ' -- Jane Packager <jane@example.org>  Mon, 02 Nov 2026 10:00:00 +0000'
function changelog(version: string, previous: string): string {
  return [
    `qemu (${version}) UNRELEASED; urgency=medium`,
    '',
    '  * d/p/stable/*: cherry-pick 2 fixes from upstream stable-8.2 (LP: #2050001).',
    '',
    TRAILER,
    '',
    `qemu (${previous}) noble; urgency=medium`,
    '',
    '  * New upstream stable release.',
    '',
    ' -- Jane Packager <jane@example.org>  Mon, 05 Oct 2026 10:00:00 +0000',
    ''
  ].join('\n')
}

let n = 0
async function packagingRepo(
  version = '1:8.2.2+ds-0ubuntu2',
  previous = '1:8.2.2+ds-0ubuntu1'
): Promise<FixtureRepo> {
  const repo = await FixtureRepo.init(join(tmp.dir, `pkg${++n}`), tmp.dir)
  repo.write('debian/changelog', changelog(version, previous))
  repo.write('debian/source/format', '3.0 (quilt)\n')
  await repo.commit('packaging')
  return repo
}

async function release(
  repo: FixtureRepo,
  args: string[],
  identity: Record<string, string> = { DEBFULLNAME: 'Rel Ease', DEBEMAIL: 'release@example.org' }
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const env = { ...repo.env, ...identity }
  const code = await runCli(['release', ...args], {
    out: t => void (out += `${t}\n`),
    err: t => void (err += `${t}\n`),
    cwd: repo.dir,
    env
  })
  return { code, out, err }
}

const parse = async (file: string, field: string): Promise<string> =>
  (await run('dpkg-parsechangelog', ['-l', file, '-S', field])).stdout.toString('utf8').trim()

test('release finalizes, commits and tags (DEP-14, annotated); a second run changes nothing', async () => {
  const repo = await packagingRepo()
  const before = await repo.git.text(['rev-parse', 'HEAD'])
  const r = await release(repo, ['--distribution', 'noble', '--now', '2026-12-10', '--json'])
  expect(r.err).toBe(
    'finalize 1:8.2.2+ds-0ubuntu2 to noble, signed by Rel Ease <release@example.org>\ncommit debian/changelog: Release qemu 1:8.2.2+ds-0ubuntu2 to noble\ntag ubuntu/1%8.2.2+ds-0ubuntu2\n'
  )
  expect(r.code).toBe(0)
  const result = JSON.parse(r.out)
  expect(result).toMatchObject({
    operation: 'released',
    tag: 'ubuntu/1%8.2.2+ds-0ubuntu2',
    distribution: 'noble'
  })

  const file = join(repo.dir, 'debian/changelog')
  expect(await parse(file, 'Distribution')).toBe('noble')
  expect(await parse(file, 'Date')).toBe('Thu, 10 Dec 2026 12:00:00 +0000')
  // Re-signed for the releaser, as dch -r does; the changes so far stay attributed to their signer.
  expect(await parse(file, 'Maintainer')).toBe('Rel Ease <release@example.org>')
  expect(await parse(file, 'Changes')).toContain('[ Jane Packager ]')
  const head = await repo.git.text(['rev-parse', 'HEAD'])
  expect(await repo.git.text(['rev-parse', `${head}^`])).toBe(before)
  expect(result.commit).toBe(head)
  expect(await repo.git.text(['log', '-1', '--format=%an <%ae>|%cn|%s'])).toBe(
    'Rel Ease <release@example.org>|Rel Ease|Release qemu 1:8.2.2+ds-0ubuntu2 to noble'
  )
  expect(await repo.git.text(['cat-file', '-t', 'refs/tags/ubuntu/1%8.2.2+ds-0ubuntu2'])).toBe('tag')
  expect(await repo.git.text(['rev-parse', 'ubuntu/1%8.2.2+ds-0ubuntu2^{commit}'])).toBe(head)
  expect(await repo.git.text(['status', '--porcelain'])).toBe('')
  // The notes keep LP: #… inside a code block, where GitHub does not link it.
  expect(result.notes).toBe(
    'qemu (1:8.2.2+ds-0ubuntu2) noble\n\n```text\n  [ Jane Packager ]\n  * d/p/stable/*: cherry-pick 2 fixes from upstream stable-8.2 (LP: #2050001).\n```\n'
  )

  const again = await release(repo, ['--distribution', 'noble', '--now', '2026-12-11', '--json'])
  expect(again.code).toBe(0)
  expect(JSON.parse(again.out)).toMatchObject({ operation: 'unchanged', commit: head })
  expect(await repo.git.text(['rev-parse', 'HEAD'])).toBe(head)
  expect(await repo.git.text(['for-each-ref', '--format=%(refname)', 'refs/tags'])).toBe(
    'refs/tags/ubuntu/1%8.2.2+ds-0ubuntu2'
  )
})

test('--dry-run says what it would do and changes nothing; the distribution defaults to the previous one', async () => {
  const repo = await packagingRepo()
  const text = readFileSync(join(repo.dir, 'debian/changelog'), 'utf8')
  const head = await repo.git.text(['rev-parse', 'HEAD'])
  const r = await release(repo, ['--dry-run'])
  expect(r.code).toBe(0)
  expect(r.out).toBe(
    `qemu 1:8.2.2+ds-0ubuntu2 (noble): would release, tag ubuntu/1%8.2.2+ds-0ubuntu2 on ${head}\n`
  )
  expect(r.err).toContain('would finalize 1:8.2.2+ds-0ubuntu2 to noble')
  expect(readFileSync(join(repo.dir, 'debian/changelog'), 'utf8')).toBe(text)
  expect(await repo.git.text(['rev-parse', 'HEAD'])).toBe(head)
  expect(await repo.git.text(['tag', '--list'])).toBe('')
})

test('a release tag on another commit is an error and is never moved', async () => {
  const repo = await packagingRepo()
  const old = await repo.git.text(['rev-parse', 'HEAD'])
  await repo.git.exec(['tag', '-a', '-m', 'someone else', 'ubuntu/1%8.2.2+ds-0ubuntu2'], {
    env: repo.identityEnv()
  })
  repo.write('README', 'more\n')
  await repo.commit('more work')
  const r = await release(repo, ['--distribution', 'noble'])
  expect(r.code).toBe(1)
  expect(r.err).toContain(`the tag ubuntu/1%8.2.2+ds-0ubuntu2 already exists on ${old}`)
  expect(r.err).toContain('never moved')
  expect(await repo.git.text(['rev-parse', 'ubuntu/1%8.2.2+ds-0ubuntu2^{commit}'])).toBe(old)
  expect(await parse(join(repo.dir, 'debian/changelog'), 'Distribution')).toBe('UNRELEASED')
})

test('epochs and tildes are mangled in the tag name (DEP-14)', async () => {
  const repo = await packagingRepo('1:2.0~rc1-1', '1:1.9-3')
  const r = await release(repo, ['--distribution', 'unstable', '--json'])
  expect(r.code).toBe(0)
  expect(JSON.parse(r.out).tag).toBe('debian/1%2.0_rc1-1')
  expect(await repo.git.text(['tag', '--list'])).toBe('debian/1%2.0_rc1-1')
  // A '.' before another '.' gets '#': git refuses '..' in a ref name.
  const dotted = await packagingRepo('2:8.2.2~ds..1-0ubuntu1~22.04.1', '2:8.2.1-0ubuntu1')
  const d = await release(dotted, ['--json'])
  expect(d.code).toBe(0)
  expect(JSON.parse(d.out).tag).toBe('ubuntu/2%8.2.2_ds.#.1-0ubuntu1_22.04.1')
  expect(await dotted.git.text(['tag', '--list'])).toBe('ubuntu/2%8.2.2_ds.#.1-0ubuntu1_22.04.1')
  expect(dep14Tag('debian', '1.0.')).toBe('debian/1.0.#')
})

test('an UNRELEASED entry without any earlier distribution needs --distribution', async () => {
  const repo = await FixtureRepo.init(join(tmp.dir, 'lonely'), tmp.dir)
  repo.write(
    'debian/changelog',
    `qemu (8.2.2-1) UNRELEASED; urgency=medium\n\n  * Initial release.\n\n${TRAILER}\n`
  )
  await repo.commit('init')
  const r = await release(repo, [])
  expect(r.code).toBe(2)
  expect(r.err).toContain('Pass --distribution')
})

/** A Debian changelog whose UNRELEASED entry the bot signed (what the sync action leaves). */
const BOT_SIGNED = [
  'hello (2.10-4) UNRELEASED; urgency=medium',
  '',
  '  * d/p/stable/*: cherry-pick 2 fixes from upstream stable-2.10.',
  '',
  ' -- stable-sync[bot] <stable-sync[bot]@users.noreply.github.com>  Mon, 02 Nov 2026 10:00:00 +0000',
  '',
  'hello (2.10-3) unstable; urgency=medium',
  '',
  '  * Upload.',
  '',
  ' -- Jane Packager <jane@example.org>  Mon, 05 Oct 2026 10:00:00 +0000',
  ''
].join('\n')

test("the release re-signs the bot's entry for the releaser exactly as dch -r does", async () => {
  const repo = await FixtureRepo.init(join(tmp.dir, 'dch'), tmp.dir)
  repo.write('debian/changelog', BOT_SIGNED)
  await repo.commit('packaging')
  const r = await release(repo, ['--now', '2026-12-10'])
  expect(r.code).toBe(0)
  const ours = readFileSync(join(repo.dir, 'debian/changelog'), 'utf8')

  // dch -r on the same text, by the same person.
  const other = await FixtureRepo.init(join(tmp.dir, 'dch-ref'), tmp.dir)
  other.write('debian/changelog', BOT_SIGNED)
  await run('dch', ['-r', '--distribution', 'unstable', ''], {
    cwd: other.dir,
    env: { DEBFULLNAME: 'Rel Ease', DEBEMAIL: 'release@example.org' }
  })
  const theirs = readFileSync(join(other.dir, 'debian/changelog'), 'utf8')
  const withoutDate = (t: string): string => t.replace(/^( -- .*> {2}).*$/m, '$1DATE')
  expect(withoutDate(ours)).toBe(withoutDate(theirs))
  const file = join(repo.dir, 'debian/changelog')
  expect(await parse(file, 'Maintainer')).toBe('Rel Ease <release@example.org>')
  expect(await parse(file, 'Distribution')).toBe('unstable')
})

test("without maintainer or DEBFULLNAME/DEBEMAIL, git's user.name/user.email sign (as gbp dch), and the log says so", async () => {
  const repo = await FixtureRepo.init(join(tmp.dir, 'gitident'), tmp.dir)
  repo.write('debian/changelog', BOT_SIGNED)
  await repo.commit('packaging')
  await repo.git.exec(['config', 'user.name', 'Gi T. User'])
  await repo.git.exec(['config', 'user.email', 'git-user@example.org'])
  const r = await release(repo, ['--now', '2026-12-10'], {
    DEBFULLNAME: '',
    DEBEMAIL: '',
    NAME: '',
    EMAIL: ''
  })
  expect(r.err).toContain(
    'changelog signed by Gi T. User <git-user@example.org> (from git user.name and git user.email)'
  )
  expect(r.code).toBe(0)
  expect(await parse(join(repo.dir, 'debian/changelog'), 'Maintainer')).toBe(
    'Gi T. User <git-user@example.org>'
  )
  expect(await repo.git.text(['log', '-1', '--format=%an <%ae>'])).toBe('Gi T. User <git-user@example.org>')
})

test("a rerun from an older checkout (the event's sha) finds the release made and changes nothing", async () => {
  const repo = await packagingRepo()
  const eventSha = await repo.git.text(['rev-parse', 'HEAD'])
  const first = JSON.parse((await release(repo, ['--distribution', 'noble', '--json'])).out)
  expect(first.operation).toBe('released')
  await repo.git.exec(['reset', '-q', '--hard', eventSha])
  // No identity at all: a rerun that only finds what was done needs none.
  const again = await release(repo, ['--json'], { DEBFULLNAME: '', DEBEMAIL: '' })
  expect(again.code).toBe(0)
  expect(JSON.parse(again.out)).toMatchObject({
    operation: 'unchanged',
    resumed: true,
    commit: first.commit,
    distribution: 'noble',
    notes: first.notes
  })
  expect(await repo.git.text(['rev-parse', 'HEAD'])).toBe(eventSha)
  expect(await repo.git.text(['tag', '--list'])).toBe('ubuntu/1%8.2.2+ds-0ubuntu2')
  // Asked for another distribution than the one released: a finding, nothing made.
  const other = await release(repo, ['--distribution', 'oracular'])
  expect(other.code).toBe(1)
  expect(other.err).toContain('was released to noble')
})
