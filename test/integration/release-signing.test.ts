import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeTestKey } from '../helpers/gpg-key.js'
import { runCli } from '../../src/cli/main.js'
import { run } from '../../src/process/run.js'
import { FixtureRepo } from '../helpers/git-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

// The DEP-14 release tag signed by the releaser's key: OpenPGP (git tag -u, key imported into a
// temporary GNUPGHOME) or SSH (gpg.format=ssh), checked with git verify-tag.
const tmp = makeTempDir('stable-sync-signing-')
afterAll(async () => {
  await run('gpgconf', ['--kill', 'all'], { env: { GNUPGHOME: join(tmp.dir, 'gnupg') }, allowFailure: true })
  tmp.cleanup()
})

const CHANGELOG = [
  'hello-stable (1.0-2) UNRELEASED; urgency=medium',
  '',
  '  * d/p/stable/*: cherry-pick 2 fixes from upstream stable-1.0.',
  '',
  ' -- Jane Packager <jane@example.org>  Mon, 02 Nov 2026 10:00:00 +0000',
  '',
  'hello-stable (1.0-1) unstable; urgency=medium',
  '',
  '  * Initial release.',
  '',
  ' -- Jane Packager <jane@example.org>  Mon, 05 Oct 2026 10:00:00 +0000',
  ''
].join('\n')

let n = 0
async function packagingRepo(): Promise<FixtureRepo> {
  const repo = await FixtureRepo.init(join(tmp.dir, `pkg${++n}`), tmp.dir)
  repo.write('debian/changelog', CHANGELOG)
  repo.write('debian/source/format', '3.0 (quilt)\n')
  await repo.commit('packaging')
  return repo
}

async function release(
  repo: FixtureRepo,
  args: string[],
  extra: Record<string, string> = {}
): Promise<{ code: number; err: string }> {
  let err = ''
  const code = await runCli(['release', '--now', '2026-12-04', ...args], {
    out: () => undefined,
    err: t => void (err += `${t}\n`),
    cwd: repo.dir,
    env: { ...repo.env, DEBFULLNAME: 'Rel Ease', DEBEMAIL: 'release@example.org', ...extra }
  })
  return { code, err }
}

test('--gpg-key signs the release tag; git verify-tag accepts it with the public key', async () => {
  const gnupg = join(tmp.dir, 'gnupg')
  const key = (await makeTestKey(gnupg)).secret

  const repo = await packagingRepo()
  // The key as CI passes it: in STABLE_SYNC_GPG_KEY, never on the command line.
  const r = await release(repo, [], { STABLE_SYNC_GPG_KEY: key })
  expect(r.err).toMatch(
    /the release tag is signed with the gpg [0-9A-F]{40} \(Rel Ease <release@example\.org>\)/
  )
  expect(r.code).toBe(0)
  const raw = (await repo.git.exec(['cat-file', 'tag', 'debian/1.0-2'])).stdout.toString()
  expect(raw).toContain('-----BEGIN PGP SIGNATURE-----')
  const verify = await repo.git.exec(['verify-tag', 'debian/1.0-2'], {
    env: { GNUPGHOME: gnupg },
    allowFailure: true
  })
  expect(verify.code).toBe(0)
  expect(verify.stderr).toContain('Good signature from "Rel Ease <release@example.org>"')
})

test('--ssh-key signs the release tag with gpg.format=ssh; verify-tag checks it against allowed signers', async () => {
  const keyFile = join(tmp.dir, 'id_ed25519')
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'release@example.org', '-f', keyFile])
  const allowed = join(tmp.dir, 'allowed_signers')
  writeFileSync(allowed, `release@example.org ${readFileSync(`${keyFile}.pub`, 'utf8')}`)

  const repo = await packagingRepo()
  const r = await release(repo, ['--ssh-key', keyFile])
  expect(r.code).toBe(0)
  expect(r.err).toContain('the release tag is signed with the ssh key')
  expect((await repo.git.exec(['cat-file', 'tag', 'debian/1.0-2'])).stdout.toString()).toContain(
    '-----BEGIN SSH SIGNATURE-----'
  )
  const verify = await repo.git.exec(
    ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-tag', 'debian/1.0-2'],
    {
      allowFailure: true
    }
  )
  expect(verify.stderr).toContain('Good "git" signature for release@example.org')
  expect(verify.code).toBe(0)

  // A .pub given by mistake is bad input with what to give instead.
  const bad = await release(await packagingRepo(), ['--ssh-key', `${keyFile}.pub`])
  expect(bad.code).toBe(2)
  expect(bad.err).toContain('give the private key file (without a passphrase), not the .pub')
})
