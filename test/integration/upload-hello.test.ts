import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/process/run.js'
import { captureCli, type CliRun } from '../helpers/cli.js'
import { makeTestKey } from '../helpers/gpg-key.js'
import { makeHelloFixture, type HelloFixture } from '../helpers/hello-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

// The release's source upload of examples/hello, with the real tools: apply the stable fixes,
// release (1.0-2), then `stable-sync upload`: dpkg-source -b + dpkg-genchanges -S -v1.0-1, debsign
// with a throwaway key, dput (local method) into a temporary incoming directory; dscverify and
// lintian check what arrived.
describe('stable-sync upload (examples/hello)', () => {
  const tmp = makeTempDir('stable-sync-upload-')
  let fx: HelloFixture
  let env: NodeJS.ProcessEnv
  const gnupg = (): string => join(tmp.dir, 'gnupg')
  const cli = (args: string[], extra: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
    captureCli(args, { env: { ...env, ...extra } })

  beforeAll(async () => {
    fx = await makeHelloFixture(tmp.dir)
    env = { ...process.env, ...fx.packaging.env, DEBFULLNAME: 'Rel Ease', DEBEMAIL: 'release@example.org' }
    // The maintainer's key, made for this test in its own GNUPGHOME (no passphrase); the CLI only
    // gets the armored secret key, as the release job gets it from a secret.
    const key = await makeTestKey(gnupg())
    writeFileSync(join(tmp.dir, 'key.asc'), key.secret)
    writeFileSync(join(tmp.dir, 'keyring.gpg'), key.publicKeyring)
    mkdirSync(join(tmp.dir, 'incoming'))
    writeFileSync(
      join(tmp.dir, 'dput.cf'),
      [
        '[local-queue]',
        'method = local',
        `incoming = ${join(tmp.dir, 'incoming')}`,
        'allow_unsigned_uploads = 0',
        'run_dinstall = 0',
        ''
      ].join('\n')
    )
  }, 60_000)
  afterAll(async () => {
    await run('gpgconf', ['--kill', 'all'], { env: { GNUPGHOME: gnupg() }, allowFailure: true })
    tmp.cleanup()
  })

  test('an UNRELEASED entry is not uploaded; a released one is signed, uploaded and verifies', async () => {
    const repo = fx.packaging.dir
    const cache = join(tmp.dir, 'cache')
    const out = join(tmp.dir, 'upload')
    const upload = ['upload', '--repo', repo, '--cache-dir', cache, '--out', out]
    const signed = [
      ...upload,
      '--gpg-key',
      join(tmp.dir, 'key.asc'),
      '--target',
      'local-queue',
      '--dput-config',
      join(tmp.dir, 'dput.cf')
    ]
    expect((await cli(['apply', '--repo', repo, '--cache-dir', cache])).code).toBe(0)

    const early = await cli(signed)
    expect(early.code).toBe(2)
    expect(early.err).toContain(
      'the top changelog entry 1.0-2 is UNRELEASED: release it first (stable-sync release)'
    )

    const rel = await cli(['release', '--repo', repo, '--distribution', 'unstable', '--now', '2026-12-04'])
    expect(rel.code).toBe(0)

    // Without a key, an upload to a target is refused before anything is built.
    const unsigned = await cli([
      ...upload,
      '--target',
      'local-queue',
      '--dput-config',
      join(tmp.dir, 'dput.cf')
    ])
    expect(unsigned.code).toBe(2)
    expect(unsigned.err).toContain('uploading to local-queue needs a signing key')

    const r = await cli([...signed, '--json'])
    if (!r.out) throw new Error(`upload printed nothing (exit ${r.code}): ${r.err}`)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc).toMatchObject({
      source: 'hello-stable',
      version: '1.0-2',
      distribution: 'unstable',
      since: '1.0-1',
      changes: join(out, 'hello-stable_1.0-2_source.changes'),
      signedBy: { uid: 'Rel Ease <release@example.org>' },
      upload: { state: 'uploaded', target: 'local-queue' }
    })

    // What arrived in the queue: the signed .changes and the files it lists (the orig tarball is
    // not re-uploaded for a new Debian revision of the same upstream version).
    const incoming = join(tmp.dir, 'incoming')
    expect(readdirSync(incoming).sort()).toEqual([
      'hello-stable_1.0-2.debian.tar.xz',
      'hello-stable_1.0-2.dsc',
      'hello-stable_1.0-2_source.changes'
    ])
    const changes = readFileSync(join(incoming, 'hello-stable_1.0-2_source.changes'), 'utf8')
    expect(changes.startsWith('-----BEGIN PGP SIGNED MESSAGE-----')).toBe(true)
    expect(changes).toMatch(/^Architecture: source$/m)
    expect(changes).toMatch(/^Distribution: unstable$/m)
    // -v1.0-1: the Changes field holds every entry since the last upload, i.e. only 1.0-2.
    expect(changes).toMatch(/^ hello-stable \(1\.0-2\) unstable; urgency=medium$/m)
    expect(changes).not.toMatch(/^ hello-stable \(1\.0-1\)/m)
    expect(
      readFileSync(join(incoming, 'hello-stable_1.0-2.dsc'), 'utf8').startsWith(
        '-----BEGIN PGP SIGNED MESSAGE-----'
      )
    ).toBe(true)

    const verify = await run(
      'dscverify',
      ['--no-conf', '--keyring', join(tmp.dir, 'keyring.gpg'), 'hello-stable_1.0-2_source.changes'],
      {
        cwd: incoming,
        allowFailure: true
      }
    )
    expect(verify.stdout.toString() + verify.stderr).toContain('All files validated successfully')
    expect(verify.code).toBe(0)
    // dscverify against another key fails: the signature is really checked.
    writeFileSync(join(tmp.dir, 'empty.gpg'), '')
    const wrong = await run(
      'dscverify',
      ['--no-conf', '--keyring', join(tmp.dir, 'empty.gpg'), 'hello-stable_1.0-2_source.changes'],
      {
        cwd: incoming,
        allowFailure: true
      }
    )
    expect(wrong.code).not.toBe(0)

    // lintian on the same signed .changes where the orig tarball is beside it (the archive has it).
    const lintian = await run('lintian', [join(out, 'hello-stable_1.0-2_source.changes')], {
      allowFailure: true
    })
    expect(lintian.stdout.toString()).not.toMatch(/^E: /m)
    if (lintian.code !== 0) throw new Error(`lintian exit ${lintian.code}: ${lintian.stderr}`)

    // A rerun finds dput's log of the upload and does not upload twice.
    expect(existsSync(join(out, 'hello-stable_1.0-2_source.local-queue.upload'))).toBe(true)
    // (The target comes from the config's upload: section this time.)
    appendFileSync(
      join(repo, '.github', 'stable-sync.yml'),
      'upload: { target: local-queue, dput-config: ../dput.cf }\n'
    )
    const again = await cli([...upload, '--gpg-key', join(tmp.dir, 'key.asc'), '--json'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.out).upload.state).toBe('already')
  }, 240_000)
})
