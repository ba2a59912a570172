import { basename } from 'node:path'
import { FindingError } from '../errors.js'
import type { Logger } from '../log.js'
import { run } from '../process/run.js'
import type { GpgKeyring } from './gpg-keyring.js'

/**
 * Sign a .changes (and the .dsc and .buildinfo it lists) with debsign, as a maintainer does before
 * dput. `--no-conf`: the runner's ~/.devscripts must not choose another key or program.
 */
export async function debsignChanges(changes: string, keyring: GpgKeyring, log: Logger): Promise<void> {
  log.info(`debsign -k${keyring.fingerprint} ${basename(changes)} (${keyring.uid})`)
  const r = await run('debsign', ['--no-conf', `-k${keyring.fingerprint}`, '--re-sign', changes], {
    env: { ...keyring.env, LC_ALL: 'C.UTF-8' },
    allowFailure: true,
    input: ''
  })
  if (r.code !== 0) {
    throw new FindingError(
      `debsign failed (exit ${r.code}) for ${basename(changes)}: ${(r.stderr + r.stdout.toString('utf8')).trim().split('\n').slice(-5).join('\n')}`
    )
  }
}

/** Is the file clearsigned (an OpenPGP signed message)? */
export function isSigned(text: string): boolean {
  return text.startsWith('-----BEGIN PGP SIGNED MESSAGE-----')
}
