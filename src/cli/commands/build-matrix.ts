import { buildMatrix } from '../../build/matrix.js'
import { loadCommandConfig, type Command } from '../command.js'

/**
 * `stable-sync build-matrix`: the reusable workflow's build and boot matrices as JSON
 * (`{"build": [...], "boot": [...]}`), from the config's `build:` section or an override.
 */
export const buildMatrixCommand: Command = {
  name: 'build-matrix',
  summary: "Print the workflow's build and boot matrices (tracks x releases x arches) as JSON.",
  usage: '[--repo DIR] [--config FILE] [--track NAME] [--override JSON]',
  options: {
    repo: { type: 'string' },
    config: { type: 'string' },
    track: { type: 'string', multiple: true },
    override: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' }
  },
  async run(ctx) {
    const { repoDir, config } = await loadCommandConfig(ctx)
    const tracks = ((ctx.values.track as string[] | undefined) ?? []).filter(t => t !== '')
    const build = buildMatrix(config, repoDir, {
      tracks,
      override: ctx.values.override as string | undefined
    })
    ctx.out(JSON.stringify({ build, boot: build.filter(e => e.boot) }))
    return 0
  }
}
