import { resolve } from 'node:path'
import { buildBinaryPackages } from '../../build/binary-package.js'
import { InputError } from '../../errors.js'
import { commonOptions, type Command } from '../command.js'

/** `stable-sync build`: binary packages from the source package build-source made (what the build job runs). */
export const buildCommand: Command = {
  name: 'build',
  summary: 'Build the binary packages (dpkg-buildpackage -us -uc -b) of a source package and list the .debs.',
  usage: '--out DIR [--source FILE.dsc] [--log FILE] [--nocheck] [--json]',
  options: {
    out: {
      type: 'string',
      description: 'The directory build-source wrote the .dsc to; the .debs go there too (required)'
    },
    source: { type: 'string', description: 'The .dsc to build', default: 'the one .dsc in --out' },
    log: {
      type: 'string',
      description: "Where dpkg-buildpackage's output is written",
      default: '<out>/<source>_<version>_<arch>.build'
    },
    nocheck: { type: 'boolean', description: "Skip the package's tests (DEB_BUILD_OPTIONS=nocheck)" },
    json: commonOptions.json,
    verbose: commonOptions.verbose
  },
  async run(ctx) {
    const out = ctx.values.out as string | undefined
    if (!out) throw new InputError('--out DIR is required: the directory build-source wrote the .dsc to')
    const source = ctx.values.source as string | undefined
    const r = await buildBinaryPackages({
      outDir: resolve(ctx.cwd, out),
      dsc: source ? resolve(ctx.cwd, source) : undefined,
      nocheck: Boolean(ctx.values.nocheck),
      buildLog: ctx.values.log ? resolve(ctx.cwd, ctx.values.log as string) : undefined,
      log: ctx.log
    })
    if (ctx.values.json) ctx.out(JSON.stringify(r, null, 2))
    else {
      ctx.out(`built ${r.source} ${r.version}:`)
      for (const d of r.debs) ctx.out(`  ${d.file}`)
      ctx.out(`build log: ${r.buildLog}`)
    }
    return 0
  }
}
