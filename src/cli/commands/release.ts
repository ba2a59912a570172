import { resolve } from 'node:path'
import { parseNow } from '../../calendar/day.js'
import { resolveIdentity } from '../../config/identity.js'
import { defaultConfigPath, loadConfig } from '../../config/load.js'
import { createGit } from '../../git/gateway.js'
import { optionalConfigPath, releasePackageDir } from '../../release/package-dir.js'
import { releasePackage } from '../../release/release.js'
import { commonOptions, type Command } from '../command.js'

/** `stable-sync release`: finalize the UNRELEASED changelog entry, commit, and tag it (DEP-14). */
export const releaseCommand: Command = {
  name: 'release',
  summary:
    'Finalize the UNRELEASED changelog entry, commit it and create the DEP-14 release tag (idempotent).',
  usage:
    '[--repo DIR] [--config FILE] [--track NAME] [--distribution D] [--now YYYY-MM-DD] [--dry-run] [--json]',
  options: {
    ...commonOptions,
    distribution: { type: 'string' },
    now: { type: 'string' },
    'dry-run': { type: 'boolean' }
  },
  async run(ctx) {
    const repoDir = resolve(ctx.cwd, (ctx.values.repo as string | undefined) ?? '.')
    const explicit = ctx.values.config ? resolve(ctx.cwd, ctx.values.config as string) : undefined
    const file = optionalConfigPath(repoDir, explicit, defaultConfigPath(repoDir))
    const config = file ? await loadConfig(file, { repoDir }) : undefined
    const packageDir = releasePackageDir(repoDir, config, ctx.values.track as string[] | undefined)
    const result = await releasePackage({
      // ctx.env is process.env in the real CLI; tests pass an isolated git configuration through it.
      git: createGit(repoDir, ctx.env),
      repoDir,
      packageDir,
      distribution: ctx.values.distribution as string | undefined,
      now: parseNow(ctx.values.now as string | undefined),
      identity: () => resolveIdentity(config ?? { file: defaultConfigPath(repoDir) }, ctx.env),
      dryRun: Boolean(ctx.values['dry-run']),
      log: ctx.log,
      vendor: config?.vendor
    })
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
