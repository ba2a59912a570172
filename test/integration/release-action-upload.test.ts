import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/action/release-main.js'
import { createGit } from '../../src/git/gateway.js'
import { run as runProcess } from '../../src/process/run.js'
import { captureCli } from '../helpers/cli.js'
import { FixtureRepo } from '../helpers/git-fixture.js'
import { GitHubServer } from '../helpers/github-server/index.js'
import { makeTestKey } from '../helpers/gpg-key.js'
import { makeHelloFixture, type HelloFixture } from '../helpers/hello-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

// The release sub-action with its signing and upload inputs, on examples/hello: the DEP-14 tag is
// signed with the gpg-key input, and `upload: true` sends the signed source upload with dput (local
// method, a dput.cf written here) into a temporary incoming directory.
const tmp = makeTempDir('stable-sync-release-upload-')
const saved = { ...process.env }
let fx: HelloFixture
let server: GitHubServer
let bare: string
let key: string
const gnupg = (): string => join(tmp.dir, 'gnupg')

beforeAll(async () => {
  fx = await makeHelloFixture(tmp.dir)
  const env = {
    ...process.env,
    ...fx.packaging.env,
    DEBFULLNAME: 'Rel Ease',
    DEBEMAIL: 'release@example.org'
  }
  expect(
    (await captureCli(['apply', '--repo', fx.packaging.dir, '--cache-dir', join(tmp.dir, 'cache')], { env }))
      .code
  ).toBe(0)
  await fx.packaging.git.exec(['add', '-A'])
  await fx.packaging.git.exec(['commit', '-q', '-m', 'stable fixes'], { env: fx.packaging.identityEnv() })
  bare = join(tmp.dir, 'origin.git')
  await fx.packaging.git.exec(['clone', '-q', '--bare', fx.packaging.dir, bare])
  server = await GitHubServer.start({ bareRepo: bare })

  const made = await makeTestKey(gnupg())
  key = made.secret
  writeFileSync(join(tmp.dir, 'keyring.gpg'), made.publicKeyring)
  mkdirSync(join(tmp.dir, 'incoming'))
  writeFileSync(
    join(tmp.dir, 'dput.cf'),
    [
      '[local-queue]',
      'method = local',
      `incoming = ${join(tmp.dir, 'incoming')}`,
      'allow_unsigned_uploads = 0',
      ''
    ].join('\n')
  )
}, 120_000)

afterAll(async () => {
  await server.stop()
  await runProcess('gpgconf', ['--kill', 'all'], { env: { GNUPGHOME: gnupg() }, allowFailure: true })
  tmp.cleanup()
})

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
  process.exitCode = undefined
})

test('gpg-key signs the tag; upload: true makes, signs and dputs the source upload', async () => {
  // The checkout sits beside hello-upstream, where the example config's `url: ../hello-upstream` points.
  const dir = join(tmp.dir, 'ci')
  const repo = new FixtureRepo(dir, fx.packaging.env)
  await createGit(tmp.dir, repo.env).exec(['clone', '-q', `file://${bare}`, dir])
  const outputFile = join(tmp.dir, 'output')
  writeFileSync(outputFile, '')
  Object.assign(process.env, repo.env, {
    INPUT_TOKEN: server.token,
    INPUT_PATH: dir,
    INPUT_CONFIG: '',
    INPUT_TRACK: '',
    INPUT_DISTRIBUTION: 'unstable',
    INPUT_ASSETS: '',
    INPUT_PUSH: 'true',
    INPUT_BRANCH: '',
    INPUT_NOW: '2026-12-10',
    'INPUT_DRY-RUN': 'false',
    'INPUT_GPG-KEY': key,
    INPUT_UPLOAD: 'true',
    'INPUT_UPLOAD-TARGET': 'local-queue',
    'INPUT_DPUT-CONFIG': join(tmp.dir, 'dput.cf'),
    GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
    GITHUB_API_URL: server.url,
    GITHUB_OUTPUT: outputFile,
    XDG_CACHE_HOME: join(tmp.dir, 'xdg-cache'),
    STABLE_SYNC_TIME_UNIT_MS: '1',
    DEBFULLNAME: 'Rel Ease',
    DEBEMAIL: 'release@example.org'
  })
  await run(process.env)
  expect(process.exitCode).toBeUndefined()
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(outputFile, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]] = m[3]
  expect(outputs).toMatchObject({
    tag: 'debian/1.0-2',
    operation: 'released',
    'upload-operation': 'uploaded'
  })

  // The pushed tag carries the OpenPGP signature of the key given.
  const origin = createGit(bare)
  expect((await origin.exec(['cat-file', 'tag', 'debian/1.0-2'])).stdout.toString()).toContain(
    '-----BEGIN PGP SIGNATURE-----'
  )
  const verify = await origin.exec(['verify-tag', 'debian/1.0-2'], {
    env: { GNUPGHOME: gnupg() },
    allowFailure: true
  })
  expect(verify.code).toBe(0)

  const incoming = join(tmp.dir, 'incoming')
  expect(readdirSync(incoming).sort()).toEqual([
    'hello-stable_1.0-2.debian.tar.xz',
    'hello-stable_1.0-2.dsc',
    'hello-stable_1.0-2_source.changes'
  ])
  const check = await runProcess(
    'dscverify',
    ['--no-conf', '--keyring', join(tmp.dir, 'keyring.gpg'), 'hello-stable_1.0-2_source.changes'],
    {
      cwd: incoming,
      allowFailure: true
    }
  )
  expect(check.code).toBe(0)
}, 240_000)
