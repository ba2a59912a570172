import { mkdirSync } from 'node:fs'
import { run } from '../../src/process/run.js'

/** A throwaway OpenPGP signing key made for a test, in its own GNUPGHOME (no passphrase). */
export interface TestKey {
  /** The GNUPGHOME holding it (what a verifier with the public key would use). */
  home: string
  /** The armored secret key: what a release job gets from a secret. */
  secret: string
  /** The public key, binary (a keyring for dscverify --keyring). */
  publicKeyring: Buffer
}

export async function makeTestKey(home: string, uid = 'Rel Ease <release@example.org>'): Promise<TestKey> {
  mkdirSync(home, { mode: 0o700 })
  const env = { GNUPGHOME: home }
  await run('gpg', ['--batch', '--passphrase', '', '--quick-gen-key', uid, 'ed25519', 'sign', 'never'], {
    env
  })
  const secret = (await run('gpg', ['--batch', '--armor', '--export-secret-keys'], { env })).stdout.toString()
  const publicKeyring = (await run('gpg', ['--batch', '--export'], { env })).stdout
  return { home, secret, publicKeyring }
}
