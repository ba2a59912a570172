import { appendFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { OrigCompression } from '../../build/orig-tarball.js'
import { buildTrackSource } from '../../build/track-source.js'
import { InputError } from '../../errors.js'
import { cacheDirOf, commonOptions, loadCommandConfig, type Command } from '../command.js'
import { engineOptions } from './engine-run.js'

/** `stable-sync build-source`: the 3.0 (quilt) source package of a track, from its pinned upstream tag. */
export const buildSourceCommand: Command = {
  name: 'build-source',
  summary:
    'Assemble the 3.0 (quilt) source package: orig tarball from the pinned upstream tag + debian/, dpkg-source -b.',
  usage:
    '--out DIR [--github-output FILE] [--repo DIR] [--config FILE] [--track NAME] [--compression xz|gz] [--orig FILE] [--keep-tree] [--cache-dir DIR] [--json]',
  options: {
    repo: commonOptions.repo,
    config: commonOptions.config,
    track: {
      type: 'string',
      description: 'The track to build (by name)',
      default: 'the only track of the config'
    },
    out: { type: 'string', description: 'Where the .dsc, orig and debian tarballs are written (required)' },
    compression: {
      type: 'string',
      description: 'Compression of a generated orig tarball: xz or gz',
      default: 'xz'
    },
    orig: {
      type: 'string',
      description: 'Use this orig tarball instead of making one from the pinned tag',
      default: 'made from the pinned upstream tag'
    },
    'keep-tree': {
      type: 'boolean',
      description: 'Keep the unpacked source tree in --out after dpkg-source -b'
    },
    'cache-dir': engineOptions['cache-dir'],
    json: commonOptions.json,
    verbose: commonOptions.verbose,
    'github-output': {
      type: 'string',
      description: 'Also append dsc=<path of the .dsc> to this file (the workflow passes $GITHUB_OUTPUT)',
      default: 'none'
    }
  },
  async run(ctx) {
    const out = ctx.values.out as string | undefined
    if (!out)
      throw new InputError('--out DIR is required: where the .dsc, orig and debian tarballs are written')
    const compression = ((ctx.values.compression as string | undefined) ?? 'xz') as OrigCompression
    if (compression !== 'xz' && compression !== 'gz')
      throw new InputError(`--compression ${compression}: use xz or gz`)
    const { repoDir, config } = await loadCommandConfig(ctx)
    const orig = ctx.values.orig as string | undefined
    const r = await buildTrackSource({
      repoDir,
      config,
      track: ctx.values.track as string | undefined,
      outDir: resolve(ctx.cwd, out),
      cacheDir: cacheDirOf(ctx),
      log: ctx.log,
      env: {},
      compression,
      origTarball: orig ? resolve(ctx.cwd, orig) : undefined,
      keepTree: Boolean(ctx.values['keep-tree'])
    })
    // The workflow's next step (apt-get build-dep) needs the .dsc: `dsc=<path>` for $GITHUB_OUTPUT.
    const githubOutput = ctx.values['github-output'] as string | undefined
    if (githubOutput) appendFileSync(resolve(ctx.cwd, githubOutput), `dsc=${r.dsc}\n`)
    if (ctx.values.json) ctx.out(JSON.stringify(r, null, 2))
    else {
      ctx.out(`${r.source} ${r.version} (track ${r.track}, pin ${r.pin.tag} ${r.pin.sha}):`)
      for (const f of r.files) ctx.out(`  ${f}`)
    }
    return 0
  }
}
