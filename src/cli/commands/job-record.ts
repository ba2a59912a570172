import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { jobRecord } from '../../build/job-record.js'
import { InputError } from '../../errors.js'
import { commonOptions, type Command } from '../command.js'

/**
 * `stable-sync job-record`: write one build or boot job's result record (`<id>.<kind>.json` in
 * --out) for the report job, from the step outcome and the build's or kvm-test's JSON output.
 * A missing or unreadable JSON file is no error: the job failed before writing it.
 */
export const jobRecordCommand: Command = {
  name: 'job-record',
  summary: "Write a workflow build/boot job's result record for the report.",
  usage:
    '--kind build|boot --id ID --release R --arch A --outcome OUTCOME --job-status STATUS --out DIR [--source NAME] [--build-json FILE] [--kvm-json FILE] [--boot-result R --boot-reason TEXT --boot-accel A]',
  options: {
    kind: { type: 'string', description: 'build or boot (required)' },
    id: { type: 'string', description: "The matrix entry's id, [A-Za-z0-9._-] (required)" },
    source: { type: 'string', description: 'The source package name', default: 'none' },
    release: { type: 'string', description: 'The distribution release built for' },
    arch: { type: 'string', description: 'The architecture built for' },
    outcome: { type: 'string', description: "The build or boot step's outcome (success, failure, skipped…)" },
    'job-status': { type: 'string', description: 'The job status (job.status)' },
    'build-json': {
      type: 'string',
      description: "stable-sync build's --json output file",
      default: 'none: no build details'
    },
    'kvm-json': { type: 'string', description: "stable-sync kvm-test's --json output file", default: 'none' },
    'boot-result': {
      type: 'string',
      description: "The boot test's result (pass, fail, skip)",
      default: 'none'
    },
    'boot-reason': { type: 'string', description: "The boot test's reason", default: 'none' },
    'boot-accel': {
      type: 'string',
      description: 'The accelerator the boot used (kvm, tcg)',
      default: 'none'
    },
    out: {
      type: 'string',
      description: 'The directory the record <id>.<kind>.json is written to (required)'
    },
    verbose: commonOptions.verbose
  },
  async run(ctx) {
    const str = (k: string): string => (ctx.values[k] as string | undefined) ?? ''
    const kind = str('kind')
    if (kind !== 'build' && kind !== 'boot')
      throw new InputError(`--kind must be build or boot, not '${kind}'`)
    const id = str('id')
    if (!/^[A-Za-z0-9._-]+$/.test(id))
      throw new InputError(`--id '${id}' is not a matrix id ([A-Za-z0-9._-])`)
    if (!str('out')) throw new InputError('--out DIR is required: where the record is written')
    const readJson = (k: string): unknown => {
      if (!str(k)) return undefined
      const file = resolve(ctx.cwd, str(k))
      if (!existsSync(file)) return undefined
      try {
        return JSON.parse(readFileSync(file, 'utf8'))
      } catch (e) {
        ctx.log.warning(`${file}: not JSON (${(e as Error).message}); recorded without it`)
        return undefined
      }
    }
    const record = jobRecord({
      kind,
      id,
      source: str('source') || undefined,
      release: str('release'),
      arch: str('arch'),
      outcome: str('outcome'),
      jobStatus: str('job-status'),
      build: readJson('build-json'),
      kvm: readJson('kvm-json'),
      boot: { result: str('boot-result'), reason: str('boot-reason'), accel: str('boot-accel') }
    })
    const dir = resolve(ctx.cwd, str('out'))
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `${id}.${kind}.json`), JSON.stringify(record))
    ctx.out(JSON.stringify(record))
    return 0
  }
}
