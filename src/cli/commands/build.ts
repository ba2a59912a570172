import { resolve } from 'node:path'
import { buildBinaryPackages } from '../../build/binary-package.js'
import { gateFailure, runBuildGate } from '../../build/gate.js'
import { InputError } from '../../errors.js'
import { commonOptions, type Command } from '../command.js'

/** `stable-sync build`: binary packages from the source package build-source made (what the build job runs). */
export const buildCommand: Command = {
  name: 'build',
  summary:
    'Build the binary packages (dpkg-buildpackage -us -uc -b) of a source package, then run lintian and autopkgtest on them.',
  usage:
    '--out DIR [--source FILE.dsc] [--log FILE] [--nocheck] [--skip-lintian] [--skip-autopkgtest] [--json]',
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
    'skip-lintian': { type: 'boolean', description: 'Do not run lintian on the built packages' },
    'skip-autopkgtest': {
      type: 'boolean',
      description: 'Do not run autopkgtest, even when the package has debian/tests'
    },
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
    // The gate (lintian, autopkgtest) runs on what was just built; its verdict is printed (and in
    // --json) before the exit code says it failed, so the workflow's report still gets the tags.
    const gate = await runBuildGate(r, resolve(ctx.cwd, out), {
      lintian: !ctx.values['skip-lintian'],
      autopkgtest: !ctx.values['skip-autopkgtest'],
      log: ctx.log
    })
    if (ctx.values.json) ctx.out(JSON.stringify({ ...r, gate }, null, 2))
    else {
      ctx.out(`built ${r.source} ${r.version}:`)
      for (const d of r.debs) ctx.out(`  ${d.file}`)
      ctx.out(`build log: ${r.buildLog}`)
      if (gate.lintian) {
        ctx.out(`lintian: ${gate.lintian.errors} error(s), ${gate.lintian.warnings} warning(s)`)
        for (const t of gate.lintian.tags)
          ctx.out(
            `  ${t.severity === 'error' ? 'E' : 'W'}: ${t.package}: ${t.tag}${t.context ? ` ${t.context}` : ''}`
          )
      }
      if (gate.autopkgtest) {
        ctx.out(
          `autopkgtest: ${gate.autopkgtest.status === 'none' ? 'no debian/tests' : gate.autopkgtest.status}`
        )
        for (const t of gate.autopkgtest.tests)
          ctx.out(`  ${t.name} ${t.result}${t.detail ? ` ${t.detail}` : ''}`)
      }
    }
    const failed = gateFailure(gate)
    if (failed) {
      ctx.log.error(`the build gate failed for ${r.source} ${r.version}: ${failed}`)
      return 1
    }
    return 0
  }
}
