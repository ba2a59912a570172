import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../errors.js'
import { importGpgKey } from './gpg-keyring.js'

/**
 * How the DEP-14 release tag is signed: git options placed before `tag` (`-c gpg.format=ssh …`),
 * the `git tag` flag (`-u <fingerprint>` or `-s`) and the environment (GNUPGHOME). The key lives in
 * a temporary directory for the run and is deleted by `dispose`.
 */
export interface TagSigner {
  gitConfig: string[]
  tagArgs: string[]
  env: Record<string, string>
  /** What signs, for the log: `gpg <fingerprint> (<uid>)` or `ssh key`. */
  description: string
  dispose(): Promise<void>
}

/** Sign with an armored OpenPGP secret key (the same key debsign uses for the upload). */
export async function gpgTagSigner(armoredSecretKey: string): Promise<TagSigner> {
  const keyring = await importGpgKey(armoredSecretKey)
  return {
    gitConfig: ['-c', 'gpg.format=openpgp'],
    tagArgs: ['-u', keyring.fingerprint],
    env: keyring.env,
    description: `gpg ${keyring.fingerprint} (${keyring.uid})`,
    dispose: keyring.dispose
  }
}

/** Sign with an SSH private key (git's gpg.format=ssh; needs ssh-keygen, git 2.34 or later). */
export function sshTagSigner(privateKey: string): TagSigner {
  if (!/-----BEGIN (OPENSSH|RSA|EC) PRIVATE KEY-----/.test(privateKey)) {
    throw new InputError(
      'the SSH signing key is not a private key in OpenSSH format (-----BEGIN OPENSSH PRIVATE KEY-----): ' +
        'give the private key file (without a passphrase), not the .pub'
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'stable-sync-ssh-'))
  const file = join(dir, 'signing-key')
  // ssh-keygen refuses a private key others can read; a missing final newline breaks its parser.
  writeFileSync(file, privateKey.endsWith('\n') ? privateKey : `${privateKey}\n`, { mode: 0o600 })
  return {
    gitConfig: ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${file}`],
    tagArgs: ['-s'],
    env: {},
    description: 'ssh key',
    dispose: async () => rmSync(dir, { recursive: true, force: true })
  }
}

/** The signer the given keys ask for: SSH when an SSH key is given, else GPG, else none. */
export async function tagSignerFrom(keys: {
  gpgKey?: string
  sshKey?: string
}): Promise<TagSigner | undefined> {
  if (keys.sshKey) return sshTagSigner(keys.sshKey)
  if (keys.gpgKey) return gpgTagSigner(keys.gpgKey)
  return undefined
}
