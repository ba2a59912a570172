import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseNow } from '../../calendar/day.js'
import { defaultConfigPath, loadConfig } from '../../config/load.js'
import { createGit } from '../../git/gateway.js'
import { resolveSigner } from '../../git/identity.js'
import { optionalConfigPath, releasePackageDir } from '../../release/package-dir.js'
import { releasePackage } from '../../release/release.js'
import { tagSignerFrom } from '../../upload/tag-signer.js'
import { commonOptions, type Command } from '../command.js'

/** `stable-sync release`: finalize the UNRELEASED changelog entry, commit, and tag it (DEP-14). */
export const releaseCommand: Command = {
  name: 'release',
  summary:
    'Finalize the UNRELEASED changelog entry, commit it and create the DEP-14 release tag (idempotent).',
  usage:
    '[--repo DIR] [--config FILE] [--track NAME] [--distribution D] [--now YYYY-MM-DD] [--gpg-key FILE | --ssh-key FILE] [--dry-run] [--json]',
  options: {
    ...commonOptions,
    distribution: {
      type: 'string',
      description: 'Target distribution of the released entry',
      default: 'that of the newest released entry'
    },
    now: {
      type: 'string',
      description: "The release date written in the changelog's trailer (YYYY-MM-DD)",
      default: 'today'
    },
    'dry-run': { type: 'boolean', description: 'Say what would be released; write, commit and tag nothing' },
    'gpg-key': {
      type: 'string',
      description: 'Sign the DEP-14 tag with this armored OpenPGP secret key file',
      default: '$STABLE_SYNC_GPG_KEY, else unsigned'
    },
    'ssh-key': {
      type: 'string',
      description: 'Sign the DEP-14 tag with this SSH private key file (gpg.format=ssh)',
      default: '$STABLE_SYNC_SSH_KEY, else unsigned (wins over a GPG key)'
    }
  },
  async run(ctx) {
    const repoDir = resolve(ctx.cwd, (ctx.values.repo as string | undefined) ?? '.')
    const explicit = ctx.values.config ? resolve(ctx.cwd, ctx.values.config as string) : undefined
    const file = optionalConfigPath(repoDir, explicit, defaultConfigPath(repoDir))
    const config = file ? await loadConfig(file, { repoDir }) : undefined
    const packageDir = releasePackageDir(repoDir, config, ctx.values.track as string[] | undefined)
    // The tag is signed when a key is given: a file, or the key's text in STABLE_SYNC_SSH_KEY /
    // STABLE_SYNC_GPG_KEY (CI secrets). SSH wins when both are given.
    const keyText = (option: string, variable: string): string | undefined => {
      const file = ctx.values[option] as string | undefined
      return file ? readFileSync(resolve(ctx.cwd, file), 'utf8') : ctx.env[variable] || undefined
    }
    const signer = ctx.values['dry-run']
      ? undefined
      : await tagSignerFrom({
          gpgKey: keyText('gpg-key', 'STABLE_SYNC_GPG_KEY'),
          sshKey: keyText('ssh-key', 'STABLE_SYNC_SSH_KEY')
        })
    if (signer) ctx.log.info(`the release tag is signed with the ${signer.description}`)
    const result = await releasePackage({
      // ctx.env is process.env in the real CLI; tests pass an isolated git configuration through it.
      git: createGit(repoDir, ctx.env),
      repoDir,
      packageDir,
      distribution: ctx.values.distribution as string | undefined,
      now: parseNow(ctx.values.now as string | undefined),
      // As dch -r and gbp dch: the config's maintainer, DEBFULLNAME/DEBEMAIL, then git's user.name/email.
      identity: async () =>
        (
          await resolveSigner({
            config: config ?? { file: defaultConfigPath(repoDir) },
            env: ctx.env,
            repoDir,
            log: ctx.log
          })
        ).identity,
      dryRun: Boolean(ctx.values['dry-run']),
      log: ctx.log,
      vendor: config?.vendor,
      ...(signer ? { tagSigning: signer } : {})
    }).finally(() => signer?.dispose())
    if (ctx.values.json) ctx.out(JSON.stringify(result, null, 2))
    else {
      const verb = { released: 'released', unchanged: 'already released', 'dry-run': 'would release' }[
        result.operation
      ]
      ctx.out(
        `${result.package} ${result.version} (${result.distribution}): ${verb}, tag ${result.tag} on ${result.commit}`
      )
    }
    return 0
  }
}
