import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from '../../errors.js'
import { sourceUpload } from '../../upload/upload.js'
import { cacheDirOf, commonOptions, loadCommandConfig, type Command } from '../command.js'
import { engineOptions } from './engine-run.js'

/**
 * `stable-sync upload`: the released package's source upload (dpkg-genchanges -S -v<previous>),
 * signed with debsign when a key is given, and sent with dput when a target is given.
 */
export const uploadCommand: Command = {
  name: 'upload',
  summary:
    'Make the source upload of the released package (.dsc + _source.changes, -v the previous version), sign it (debsign) and dput it.',
  usage:
    '--out DIR [--repo DIR] [--config FILE] [--track NAME] [--gpg-key FILE] [--target HOST] [--dput-config FILE] [--unsigned] [--include-orig] [--orig FILE] [--cache-dir DIR] [--json]',
  options: {
    repo: commonOptions.repo,
    config: commonOptions.config,
    track: {
      type: 'string',
      description: 'The track whose package is uploaded (by name)',
      default: 'the only track of the config'
    },
    out: {
      type: 'string',
      description: 'Where the source upload (.dsc, _source.changes) is written (required)'
    },
    orig: {
      type: 'string',
      description: 'Use this orig tarball instead of making one from the pinned tag',
      default: 'made from the pinned upstream tag'
    },
    'include-orig': {
      type: 'boolean',
      description:
        'Include the orig tarball in the upload (dpkg-genchanges -sa), as a first upload of a version needs'
    },
    'gpg-key': {
      type: 'string',
      description: 'Sign with this armored OpenPGP secret key file (debsign)',
      default: '$STABLE_SYNC_GPG_KEY, else unsigned'
    },
    target: {
      type: 'string',
      description: 'dput target (host name in the dput config, e.g. ppa:owner/name)',
      default: "the config's upload.target, else no upload"
    },
    'dput-config': {
      type: 'string',
      description: 'The dput.cf to use, relative to the repository',
      default: "the config's upload.dput-config, else dput's own"
    },
    unsigned: {
      type: 'boolean',
      description: 'Allow an unsigned upload to --target (local queues only; archives refuse them)'
    },
    'cache-dir': engineOptions['cache-dir'],
    json: commonOptions.json,
    verbose: commonOptions.verbose
  },
  async run(ctx) {
    const out = ctx.values.out as string | undefined
    if (!out)
      throw new InputError('--out DIR is required: where the source upload (.dsc, .changes) is written')
    const { repoDir, config } = await loadCommandConfig(ctx)
    // The key: a file (--gpg-key), or the armored text in STABLE_SYNC_GPG_KEY (a CI secret, never argv).
    const keyFile = ctx.values['gpg-key'] as string | undefined
    const gpgKey = keyFile
      ? readFileSync(resolve(ctx.cwd, keyFile), 'utf8')
      : ctx.env.STABLE_SYNC_GPG_KEY || undefined
    const target = (ctx.values.target as string | undefined) ?? config.upload?.target
    const dputConfig = (ctx.values['dput-config'] as string | undefined) ?? config.upload?.dputConfig
    const orig = ctx.values.orig as string | undefined
    const r = await sourceUpload({
      repoDir,
      config,
      track: ctx.values.track as string | undefined,
      outDir: resolve(ctx.cwd, out),
      cacheDir: cacheDirOf(ctx),
      log: ctx.log,
      env: {},
      origTarball: orig ? resolve(ctx.cwd, orig) : undefined,
      includeOrig: Boolean(ctx.values['include-orig']),
      gpgKey,
      dput: target ? { target, ...(dputConfig ? { config: resolve(repoDir, dputConfig) } : {}) } : undefined,
      allowUnsigned: Boolean(ctx.values.unsigned)
    })
    if (ctx.values.json) ctx.out(JSON.stringify(r, null, 2))
    else {
      ctx.out(`${r.source} ${r.version} (${r.distribution}): ${r.changes}`)
      if (r.since) ctx.out(`  changes since ${r.since}`)
      ctx.out(r.signedBy ? `  signed by ${r.signedBy.uid} (${r.signedBy.fingerprint})` : '  unsigned')
      if (r.upload)
        ctx.out(`  ${r.upload.state === 'already' ? 'already uploaded' : 'uploaded'} to ${r.upload.target}`)
    }
    return 0
  }
}
