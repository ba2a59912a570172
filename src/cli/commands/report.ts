import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseRecord, renderReport } from '../../build/report.js'
import { InputError } from '../../errors.js'
import type { Command } from '../command.js'

/**
 * `stable-sync report`: render the build/boot table of the reusable workflow's job records
 * (`*.json` in --results) as the sticky PR comment's markdown, plus the commit status to set.
 */
export const reportCommand: Command = {
  name: 'report',
  summary: 'Render the build and boot results of a workflow run as a PR comment and a commit status.',
  usage: '--results DIR --track NAME [--head-sha SHA] [--run-url URL] [--out FILE] [--json]',
  options: {
    results: { type: 'string' },
    track: { type: 'string' },
    'head-sha': { type: 'string' },
    'run-url': { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' }
  },
  async run(ctx) {
    const dir = ctx.values.results as string | undefined
    const track = ctx.values.track as string | undefined
    if (!dir || !track) throw new InputError('--results DIR and --track NAME are required')
    const resultsDir = resolve(ctx.cwd, dir)
    let names: string[] = []
    try {
      names = readdirSync(resultsDir).filter(n => n.endsWith('.json'))
    } catch {
      ctx.log.warning(`${resultsDir} does not exist: reporting no build results`)
    }
    const records = names.sort().map(n => {
      const file = join(resultsDir, n)
      let data: unknown
      try {
        data = JSON.parse(readFileSync(file, 'utf8'))
      } catch (e) {
        throw new InputError(`${file}: not JSON (${(e as Error).message})`)
      }
      return parseRecord(data, file)
    })
    const report = renderReport({
      track,
      records,
      headSha: ctx.values['head-sha'] as string | undefined,
      runUrl: ctx.values['run-url'] as string | undefined
    })
    if (ctx.values.out) writeFileSync(resolve(ctx.cwd, ctx.values.out as string), report.markdown)
    ctx.out(ctx.values.json ? JSON.stringify(report) : report.markdown)
    return 0
  }
}
