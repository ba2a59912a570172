import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { jobRecord } from '../../build/job-record.js'
import { InputError } from '../../errors.js'
import type { Command } from '../command.js'

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
    kind: { type: 'string' },
    id: { type: 'string' },
    source: { type: 'string' },
    release: { type: 'string' },
    arch: { type: 'string' },
    outcome: { type: 'string' },
    'job-status': { type: 'string' },
    'build-json': { type: 'string' },
    'kvm-json': { type: 'string' },
    'boot-result': { type: 'string' },
    'boot-reason': { type: 'string' },
    'boot-accel': { type: 'string' },
    out: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' }
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
