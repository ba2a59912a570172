import { readFileSync } from 'node:fs'
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { dputUpload, type DputResult } from './dput.js'
import { importGpgKey } from './gpg-keyring.js'
import { debsignChanges, isSigned } from './sign.js'
import { makeSourceUpload, type SourceUploadOptions, type SourceUploadResult } from './source-upload.js'

export interface UploadOptions extends SourceUploadOptions {
  /** Armored secret key: the .changes is signed with it (debsign) before the upload. */
  gpgKey?: string
  /** Where to upload; without it the signed upload is only made (for a maintainer to dput). */
  dput?: { target: string; config?: string }
  /** Upload without a key (dput -u): only for a local or test queue; archives refuse unsigned uploads. */
  allowUnsigned?: boolean
  log: Logger
}

export interface UploadResult extends SourceUploadResult {
  /** The signing key's fingerprint and uid, when signed. */
  signedBy?: { fingerprint: string; uid: string }
  upload?: DputResult & { target: string }
}

/**
 * The release's source upload: build it, sign it when a key is given, dput it when a target is
 * given. Archives and PPAs refuse unsigned uploads, so uploading without a key needs the caller's
 * explicit `allowUnsigned` (a local queue), checked before anything is built.
 */
export async function sourceUpload(opts: UploadOptions): Promise<UploadResult> {
  if (opts.dput && !opts.gpgKey && !opts.allowUnsigned) {
    throw new InputError(
      `uploading to ${opts.dput.target} needs a signing key (--gpg-key FILE or STABLE_SYNC_GPG_KEY; the action's ` +
        'gpg-key input): archives refuse unsigned uploads. For a local queue, pass --unsigned'
    )
  }
  const made = await makeSourceUpload(opts)
  const keyring = opts.gpgKey ? await importGpgKey(opts.gpgKey) : undefined
  try {
    let signedBy: UploadResult['signedBy']
    if (keyring) {
      await debsignChanges(made.changes, keyring, opts.log)
      signedBy = { fingerprint: keyring.fingerprint, uid: keyring.uid }
    }
    if (!opts.dput) return { ...made, ...(signedBy ? { signedBy } : {}) }
    const upload = await dputUpload(made.changes, {
      ...opts.dput,
      unsigned: !keyring || !isSigned(readFileSync(made.changes, 'utf8')),
      env: keyring?.env,
      log: opts.log
    })
    return { ...made, ...(signedBy ? { signedBy } : {}), upload: { ...upload, target: opts.dput.target } }
  } finally {
    await keyring?.dispose()
  }
}
