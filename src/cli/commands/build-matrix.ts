import { buildMatrix } from '../../build/matrix.js'
import { commonOptions, loadCommandConfig, type Command } from '../command.js'

/**
 * `stable-sync build-matrix`: the reusable workflow's build and boot matrices as JSON
 * (`{"build": [...], "boot": [...]}`), from the config's `build:` section or an override.
 */
export const buildMatrixCommand: Command = {
  name: 'build-matrix',
  summary: "Print the workflow's build and boot matrices (tracks x releases x arches) as JSON.",
  usage: '[--repo DIR] [--config FILE] [--track NAME] [--override JSON]',
  options: {
    repo: commonOptions.repo,
    config: commonOptions.config,
    track: commonOptions.track,
    override: {
      type: 'string',
      description:
        'JSON instead of the config\'s build: section: {"releases": [...], "arches": [...]} or a list of {release, arch, runner}',
      default: "the config's build: section"
    },
    json: { type: 'boolean', description: 'Accepted for symmetry: the output is always JSON' },
    verbose: commonOptions.verbose
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
