import { appendFileSync, readFileSync } from 'node:fs'
import { buildMatrix } from '../../build/matrix.js'
import { checkCodeSource, parseRunsOn, parseSyncTracks, workflowBool } from '../../build/workflow-inputs.js'
import { planOutputs, planWorkflow, renderPlanSummary } from '../../build/workflow-plan.js'
import { InputError } from '../../errors.js'
import { tableCell } from '../../markdown.js'
import { commonOptions, loadCommandConfig, type Command } from '../command.js'

/**
 * `stable-sync workflow-plan`: the reusable workflow's decisions (what is built, booted, reported
 * and released, and why not) from the sync action's per-track output, the event and the config.
 * Prints `key=value` lines for $GITHUB_OUTPUT (or appends them to --github-output) and writes the
 * reasons to --summary (the job summary).
 */
export const workflowPlanCommand: Command = {
  name: 'workflow-plan',
  summary:
    "Decide the reusable workflow's build, boot, report and release jobs (key=value for $GITHUB_OUTPUT).",
  usage:
    '--stable-sync-repository OWNER/NAME --stable-sync-ref SHA [--check-source] [--repo DIR] [--config FILE] [--track NAME] [--override JSON] [--sync-tracks JSON] [--event NAME] [--event-action ACTION] [--sha SHA] [--build-unchanged BOOL] [--dry-run BOOL] [--boot-runs-on JSON] [--boot-kernel distro|PACKAGE] [--release BOOL --release-reason TEXT] [--github-output FILE] [--summary FILE] [--json]',
  options: {
    repo: commonOptions.repo,
    config: commonOptions.config,
    track: commonOptions.track,
    override: {
      type: 'string',
      description: 'A JSON build-matrix override (the workflow input build-matrix)',
      default: "the config's build: section"
    },
    'sync-tracks': {
      type: 'string',
      description: "The sync action's per-track JSON output (tracks)",
      default: 'no track synced'
    },
    event: { type: 'string', description: 'The triggering event name', default: '$GITHUB_EVENT_NAME' },
    'event-action': {
      type: 'string',
      description: "The event payload's action (closed, opened…)",
      default: 'read from $GITHUB_EVENT_PATH'
    },
    sha: { type: 'string', description: 'The commit a release builds', default: '$GITHUB_SHA' },
    'build-unchanged': {
      type: 'string',
      description: 'true: build and report tracks whose PR did not change',
      default: 'false'
    },
    'dry-run': {
      type: 'string',
      description: 'true: the sync made no PR; nothing is built',
      default: 'false'
    },
    'boot-runs-on': {
      type: 'string',
      description: 'JSON runs-on of the self-hosted KVM runner; empty: no boot job',
      default: 'empty (boot not run)'
    },
    'boot-kernel': {
      type: 'string',
      description: 'The guest kernel: distro, or a kernel package name',
      default: 'distro'
    },
    release: {
      type: 'string',
      description: "The release gate's decision (true/false)",
      default: 'no release'
    },
    'release-reason': {
      type: 'string',
      description: "The release gate's reason, for the summary",
      default: 'none'
    },
    'stable-sync-repository': {
      type: 'string',
      description: 'OWNER/NAME the workflow runs stable-sync from (required)'
    },
    'stable-sync-ref': {
      type: 'string',
      description: 'The full 40-hex commit of stable-sync it runs (required)'
    },
    'check-source': {
      type: 'boolean',
      description: 'Only check --stable-sync-repository/--stable-sync-ref, decide nothing else'
    },
    'github-output': {
      type: 'string',
      description: 'Also append the key=value lines to this file ($GITHUB_OUTPUT)',
      default: 'stdout only'
    },
    summary: {
      type: 'string',
      description: 'Append the decisions as markdown to this file ($GITHUB_STEP_SUMMARY)',
      default: 'none'
    },
    json: commonOptions.json,
    verbose: commonOptions.verbose
  },
  async run(ctx) {
    const v = ctx.values
    const str = (k: string): string | undefined => v[k] as string | undefined
    // The code source first: nothing else is worth deciding when the workflow runs a movable ref.
    checkCodeSource(str('stable-sync-repository') ?? '', str('stable-sync-ref') ?? '')
    if (v['check-source']) return 0
    const { repoDir, config } = await loadCommandConfig(ctx)
    const tracks = ((v.track as string[] | undefined) ?? []).filter(t => t !== '')
    const matrix = buildMatrix(config, repoDir, { tracks, override: str('override') })
    const event = {
      name: str('event') ?? ctx.env.GITHUB_EVENT_NAME ?? '',
      action: str('event-action') ?? eventAction(ctx.env.GITHUB_EVENT_PATH),
      sha: str('sha') ?? ctx.env.GITHUB_SHA ?? ''
    }
    if (!event.name) throw new InputError('--event (or GITHUB_EVENT_NAME) is required')
    if (event.name === 'milestone' && !/^[0-9a-f]{40}$/.test(event.sha))
      throw new InputError(`--sha '${event.sha}' (or GITHUB_SHA) is not the commit the release builds`)
    const releaseGiven = str('release')
    const plan = planWorkflow({
      event,
      syncTracks: parseSyncTracks(str('sync-tracks') ?? ''),
      matrix,
      buildUnchanged: workflowBool('build-unchanged', str('build-unchanged')),
      dryRun: workflowBool('dry-run', str('dry-run')),
      bootRunsOn: parseRunsOn(str('boot-runs-on') ?? ''),
      bootKernel: str('boot-kernel'),
      ...(releaseGiven !== undefined && releaseGiven !== ''
        ? {
            release: {
              release: workflowBool('release', releaseGiven),
              reason: str('release-reason') || 'the release gate gave no reason'
            }
          }
        : {})
    })
    const summary = renderPlanSummary(plan, s => tableCell(s, 300))
    if (str('summary')) appendFileSync(str('summary') as string, summary)
    for (const t of plan.tracks) ctx.log.info(`${t.track}: ${t.build ? 'build' : 'skip'} (${t.reason})`)
    const outputs = planOutputs(plan)
    if (str('github-output')) appendFileSync(str('github-output') as string, outputs)
    ctx.out(v.json ? JSON.stringify(plan) : outputs.trimEnd())
    return 0
  }
}

/** The payload's `action` (closed, opened…), when the runner gives an event file. */
function eventAction(path: string | undefined): string | undefined {
  if (!path) return undefined
  try {
    const action = (JSON.parse(readFileSync(path, 'utf8')) as { action?: unknown }).action
    return typeof action === 'string' ? action : undefined
  } catch (e) {
    throw new InputError(`${path}: the event payload is not readable JSON (${(e as Error).message})`)
  }
}
