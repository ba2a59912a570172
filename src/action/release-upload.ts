import * as core from '@actions/core'
import type { Config } from '../config/types.js'
import { InputError } from '../errors.js'
import { selectTrack } from '../build/track-source.js'
import { defaultCacheDir } from '../upstream/cache-dir.js'
import { tagSignerFrom, type TagSigner } from '../upload/tag-signer.js'
import { sourceUpload } from '../upload/upload.js'
import { actionsLogger } from './logger.js'
import { resolve } from 'node:path'

/**
 * The release sub-action's signing and upload inputs (release/action.yml): `gpg-key` (armored
 * OpenPGP secret key: signs the DEP-14 tag and, with `upload`, the .changes), `ssh-signing-key`
 * (signs the tag instead, gpg.format=ssh), `upload` + `upload-target`/`dput-config` (or the
 * config's `upload:` section). The logic lives in src/upload; this file only reads inputs.
 */
const secret = (name: string): string | undefined => {
  const value = core.getInput(name)
  // The runner masks a registered value line by line only when each line is registered.
  for (const line of value.split('\n')) if (line.trim()) core.setSecret(line.trim())
  return value || undefined
}

/** The tag signer the inputs ask for (none in a dry run: nothing is tagged). */
export async function releaseTagSigner(dryRun: boolean): Promise<TagSigner | undefined> {
  const gpgKey = secret('gpg-key')
  const sshKey = secret('ssh-signing-key')
  if (dryRun) return undefined
  const signer = await tagSignerFrom({ gpgKey, sshKey })
  if (signer) core.info(`the release tag is signed with the ${signer.description}`)
  return signer
}

/** What `upload: true` asks for, checked before the release makes any commit, tag or push. */
export interface UploadSettings {
  track: string
  target: string
  dputConfig?: string
  gpgKey: string
}

/**
 * The upload inputs, validated (undefined without `upload: true`). Called before any side effect, so a
 * missing target or key fails the run before the release commit, not after the tag is pushed.
 */
export function uploadSettings(opts: {
  config: Config | undefined
  tracks: string[] | undefined
}): UploadSettings | undefined {
  // Read leniently: callers of older versions of the action (and tests) do not pass the input.
  const wanted = core.getInput('upload') || 'false'
  if (wanted !== 'true' && wanted !== 'false')
    throw new InputError(`upload: '${wanted}' is not true or false`)
  if (wanted === 'false') return undefined
  if (!opts.config) {
    throw new InputError(
      'upload: true needs the stable-sync configuration (the track tells where the upstream is)'
    )
  }
  const target = core.getInput('upload-target') || opts.config.upload?.target
  if (!target) {
    throw new InputError(
      `upload: true needs a target: set the upload-target input, or upload: { target: … } in ${opts.config.file}`
    )
  }
  const dputConfig = core.getInput('dput-config') || opts.config.upload?.dputConfig
  const gpgKey = secret('gpg-key')
  if (!gpgKey)
    throw new InputError('upload: true needs the gpg-key input: archives and PPAs refuse unsigned uploads')
  const track = selectTrack(opts.config, opts.tracks?.[0]).name
  return { track, target, gpgKey, ...(dputConfig ? { dputConfig } : {}) }
}

/** With `upload: true`: the signed source upload of the released package, sent with dput. */
export async function releaseUpload(
  settings: UploadSettings | undefined,
  opts: { repoDir: string; config: Config | undefined; dryRun: boolean; env: NodeJS.ProcessEnv }
): Promise<void> {
  if (!settings || !opts.config) return
  const { track, target, dputConfig, gpgKey } = settings
  if (opts.dryRun) {
    core.info(`would upload the source package of track ${track} to ${target}`)
    return
  }
  const r = await core.group(`Source upload to ${target}`, () =>
    sourceUpload({
      repoDir: opts.repoDir,
      config: opts.config!,
      track,
      outDir: resolve(opts.repoDir, '..', 'stable-sync-upload'),
      cacheDir: defaultCacheDir(opts.env),
      log: actionsLogger(),
      env: {},
      gpgKey,
      dput: { target, ...(dputConfig ? { config: resolve(opts.repoDir, dputConfig) } : {}) }
    })
  )
  core.setOutput('upload-changes', r.changes)
  core.setOutput('upload-operation', r.upload?.state ?? '')
}
