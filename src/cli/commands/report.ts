import { cliGitHubRepo } from '../github-context.js'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { publishReport, type PublishResult } from '../../build/report-publish.js'
import { parseRecord, renderReport } from '../../build/report.js'
import { InputError } from '../../errors.js'
import { reportApi } from '../../github/report-host.js'
import { commonOptions, type Command } from '../command.js'

/**
 * `stable-sync report`: render the build/boot table of the reusable workflow's job records
 * (`*.json` in --results) as the sticky PR comment's markdown, plus the commit status; with --post,
 * publish both (token from GITHUB_TOKEN or GH_TOKEN, API from GITHUB_API_URL).
 */
export const reportCommand: Command = {
  name: 'report',
  summary:
    'Render the build and boot results of a workflow run as a PR comment and a commit status (--post: publish them).',
  usage:
    '--results DIR --track NAME [--boot-not-run REASON] [--head-sha SHA] [--run-url URL] [--out FILE] [--post --pr N [--repository OWNER/REPO] [--context NAME]] [--json]',
  options: {
    results: { type: 'string', description: "The directory of the workflow jobs' *.json records (required)" },
    track: { type: 'string', description: 'The track the results are for (required)' },
    'head-sha': {
      type: 'string',
      description: 'The commit the build and boot ran on (the commit status goes there)',
      default: 'none: no commit status'
    },
    'run-url': {
      type: 'string',
      description: 'Link to the workflow run, in the comment and status',
      default: 'none'
    },
    out: {
      type: 'string',
      description: "Also write the comment's markdown to this file",
      default: 'stdout only'
    },
    post: {
      type: 'boolean',
      description: 'Publish the comment and commit status on GitHub (token in GITHUB_TOKEN)'
    },
    pr: { type: 'string', description: 'The pull request to comment on (with --post)' },
    repository: {
      type: 'string',
      description: 'OWNER/REPO to post to (with --post)',
      default: '$GITHUB_REPOSITORY'
    },
    context: { type: 'string', description: "The commit status's context", default: 'stable-sync/<track>' },
    json: commonOptions.json,
    verbose: commonOptions.verbose,
    'boot-not-run': {
      type: 'string',
      description: 'Report the boot stage as not run, with this reason (no boot records expected)',
      default: 'boot records are read from --results'
    }
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
    const headSha = ctx.values['head-sha'] as string | undefined
    const runUrl = ctx.values['run-url'] as string | undefined
    const bootNotRun = (ctx.values['boot-not-run'] as string | undefined) || undefined
    const report = renderReport({ track, records, headSha, runUrl, ...(bootNotRun ? { bootNotRun } : {}) })
    if (ctx.values.out) writeFileSync(resolve(ctx.cwd, ctx.values.out as string), report.markdown)

    let published: PublishResult | undefined
    if (ctx.values.post) {
      const pr = Number(ctx.values.pr)
      if (!Number.isInteger(pr) || pr <= 0)
        throw new InputError('--post needs --pr N, the pull request to comment on')
      const gh = cliGitHubRepo(
        ctx,
        '--post needs a token in GITHUB_TOKEN (or GH_TOKEN) with pull-requests and statuses write'
      )
      published = await publishReport(reportApi(gh), {
        pr,
        headSha,
        context: (ctx.values.context as string | undefined) ?? `stable-sync/${track}`,
        targetUrl: runUrl,
        report
      })
      ctx.log.info(
        `report: comment ${published.comment} (${published.commentId}), status ${report.state} on ${headSha ?? '(no sha)'}`
      )
    }
    ctx.out(
      ctx.values.json ? JSON.stringify({ ...report, ...(published ? { published } : {}) }) : report.markdown
    )
    return 0
  }
}
