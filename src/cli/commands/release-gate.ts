import { cliGitHubRepo } from '../github-context.js'
import { appendFileSync, readFileSync } from 'node:fs'
import { InputError } from '../../errors.js'
import { repoPermission } from '../../github/permission.js'
import { releaseMilestoneGate } from '../../release/milestone-gate.js'
import { senderGate } from '../../release/release-gate.js'
import { commonOptions, loadCommandConfig, type Command } from '../command.js'

/**
 * `stable-sync release-gate`: may this event release? The release milestone must be the one that
 * closed (milestone-gate) and its sender must have write, maintain or admin access (asked from the
 * API with GITHUB_TOKEN). The reusable workflow runs it in the sync job, before any build starts;
 * prints `release=` and `reason=` lines for $GITHUB_OUTPUT (or appends them to --github-output).
 * A refusal is a decision, not an error: exit 0.
 */
export const releaseGateCommand: Command = {
  name: 'release-gate',
  summary: 'Decide whether the triggering event may release (release milestone, sender with write access).',
  usage:
    '[--repo DIR] [--config FILE] [--track NAME] [--repository OWNER/REPO] [--github-output FILE] [--json]',
  options: {
    repo: commonOptions.repo,
    config: commonOptions.config,
    track: commonOptions.track,
    repository: {
      type: 'string',
      description: 'OWNER/REPO whose collaborator permission is asked',
      default: '$GITHUB_REPOSITORY'
    },
    'github-output': {
      type: 'string',
      description: 'Also append release= and reason= lines to this file ($GITHUB_OUTPUT)',
      default: 'stdout only'
    },
    json: commonOptions.json,
    verbose: commonOptions.verbose
  },
  async run(ctx) {
    const { config } = await loadCommandConfig(ctx)
    const tracks = ((ctx.values.track as string[] | undefined) ?? []).filter(t => t !== '')
    const payload = readEvent(ctx.env.GITHUB_EVENT_PATH)
    const milestone = releaseMilestoneGate({ name: ctx.env.GITHUB_EVENT_NAME, payload }, config, tracks)
    let decision = milestone
    if (milestone.release) {
      const gh = cliGitHubRepo(
        ctx,
        "release-gate needs GITHUB_TOKEN (the workflow token) to read the sender's permission"
      )
      const sender = payload?.sender?.login
      decision = senderGate(milestone, sender, sender ? await repoPermission(gh, sender) : undefined)
    }
    ctx.log.info(`release gate: ${decision.release ? 'release' : 'no release'}: ${decision.reason}`)
    const lines = `release=${decision.release}\nreason=${decision.reason.replace(/\s+/g, ' ')}\n`
    const file = ctx.values['github-output'] as string | undefined
    if (file) appendFileSync(file, lines)
    ctx.out(ctx.values.json ? JSON.stringify(decision) : lines.trimEnd())
    return 0
  }
}

type EventPayload = { action?: string; milestone?: { title?: string }; sender?: { login?: string } }

function readEvent(path: string | undefined): EventPayload | undefined {
  if (!path) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload
  } catch (e) {
    throw new InputError(`${path}: the event payload is not readable JSON (${(e as Error).message})`)
  }
}
