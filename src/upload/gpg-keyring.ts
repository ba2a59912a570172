import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../errors.js'
import { run } from '../process/run.js'

/**
 * A signing key imported into a throwaway GNUPGHOME: the release job is given the key as a secret
 * (armored text), never the runner's own keyring, and nothing of it stays after the run.
 */
export interface GpgKeyring {
  /** The temporary GNUPGHOME (mode 0700). */
  home: string
  /** Fingerprint of the (first) secret key imported. */
  fingerprint: string
  /** Its first user id, `Name <email>`. */
  uid: string
  /** Environment for gpg, debsign, dput and git: GNUPGHOME set to `home`. */
  env: Record<string, string>
  /** Stop the agent started for `home` and delete it. */
  dispose(): Promise<void>
}

export async function importGpgKey(armoredSecretKey: string): Promise<GpgKeyring> {
  if (!/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(armoredSecretKey)) {
    throw new InputError(
      'the GPG key is not an armored secret key: export it with `gpg --armor --export-secret-keys KEYID` ' +
        '(a key without a passphrase, or one whose passphrase the agent is given) and store that text as a secret'
    )
  }
  const home = mkdtempSync(join(tmpdir(), 'stable-sync-gpg-'))
  const env = { GNUPGHOME: home }
  const dispose = async (): Promise<void> => {
    await run('gpgconf', ['--kill', 'all'], { env, allowFailure: true })
    rmSync(home, { recursive: true, force: true })
  }
  try {
    const imported = await run('gpg', ['--batch', '--import'], {
      env,
      input: armoredSecretKey,
      allowFailure: true
    })
    if (imported.code !== 0) {
      throw new InputError(
        `gpg could not import the signing key: ${imported.stderr.trim().split('\n').slice(-3).join(' ')}`
      )
    }
    const listing = (
      await run('gpg', ['--batch', '--with-colons', '--list-secret-keys'], { env })
    ).stdout.toString('utf8')
    const lines = listing.split('\n').map(l => l.split(':'))
    const fingerprint = lines.find(f => f[0] === 'fpr')?.[9]
    const uid = lines.find(f => f[0] === 'uid')?.[9] ?? ''
    if (!fingerprint)
      throw new InputError('the armored key holds no secret key: export it with --export-secret-keys')
    return { home, fingerprint, uid, env, dispose }
  } catch (e) {
    await dispose()
    throw e
  }
}
