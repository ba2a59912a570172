import * as core from '@actions/core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { MilestoneLookup } from '../calendar/resolve.js'
import { milestoneLookupFrom } from '../calendar/resolve.js'
import { selectTracks } from '../calendar/select.js'
import { loadConfig } from '../config/load.js'
import type { Config, TrackConfig } from '../config/types.js'
import { InputError } from '../errors.js'
import { createGit, type Git } from '../git/gateway.js'
import { createGitHubRepo, type GitHubRepo } from '../github/client.js'
import { explainApiError } from '../github/errors.js'
import { pullRequestHost } from '../github/pulls.js'
import { listMilestones, trackingIssueApi } from '../github/tracking-issue-host.js'
import type { Logger } from '../log.js'
import { syncTrackOnCalendar } from '../publish/calendar-sync.js'
import { defaultCacheDir } from '../upstream/cache-dir.js'
import { apiTimeUnitMs, getSettings, Outputs, repositoryFromEnv, type Settings } from './inputs.js'
import { actionsLogger } from './logger.js'
import { writeSummary, type TrackResultRow } from './summary.js'
import { cacheKeyPrefix, restoreUpstreamCache, saveUpstreamCache } from './upstream-cache.js'

/**
 * The root action: for each track, run the engine in a clean worktree of the base branch and keep one
 * rolling pull request (src/publish). Only this file calls core.setFailed.
 */
export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    const log = actionsLogger()
    const env = process.env
    const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
    const gh = createGitHubRepo(repositoryFromEnv(env), {
      token: settings.token,
      log,
      // Tests shrink every wait (retry back-off, retry-after, write spacing); real runs keep GitHub's.
      timeUnitMs: apiTimeUnitMs(env)
    })
    const { config, tracks, base } = await core.group('Configuration', async () => {
      const config = await loadConfig(resolve(workspace, settings.config), { repoDir: workspace })
      const tracks = selectTracks(config, settings.tracks)
      // One read that also proves the token works before any engine time is spent.
      const base = settings.base ?? (await defaultBranch(gh))
      log.info(`tracks: ${tracks.map(t => t.name).join(', ')}; base: ${base}; dry-run: ${settings.dryRun}`)
      return { config, tracks, base }
    })

    const cacheDir = defaultCacheDir(env)
    const prefix = cacheKeyPrefix(tracks)
    const restored = await core.group('Restore upstream cache', () =>
      restoreUpstreamCache(cacheDir, prefix, log)
    )

    const git = createGit(workspace)
    const milestones = lazyMilestones(gh)
    const rows: TrackResultRow[] = []
    for (const track of tracks) {
      try {
        rows.push(
          await core.group(`Track ${track.name}`, () =>
            syncOne({ track, settings, config, base, git, gh, cacheDir, log, milestones })
          )
        )
      } catch (e) {
        const error = explainApiError(e)
        // A bad token or missing permission is the same for every track: stop at the first.
        if (error instanceof InputError) throw error
        const message = (error as Error).message ?? String(error)
        core.error(`${track.name}: ${message}`)
        rows.push({
          track: track.name,
          operation: 'none',
          reason: 'failed',
          error: message,
          branch: settings.branchPrefix + track.name,
          patches: 0,
          pushed: false,
          dryRun: settings.dryRun,
          paused: false
        })
      }
    }

    await core.group('Save upstream cache', () => saveUpstreamCache(cacheDir, prefix, restored, log))
    setOutputs(rows)
    await writeSummary(rows, settings.dryRun)
    const failed = rows.filter(r => r.error)
    if (failed.length)
      core.setFailed(`stable-sync failed for ${failed.map(r => `${r.track} (${r.error})`).join('; ')}`)
  } catch (e) {
    const error = explainApiError(e)
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

interface TrackRun {
  track: TrackConfig
  settings: Settings
  config: Config
  base: string
  git: Git
  gh: GitHubRepo
  cacheDir: string
  log: Logger
  milestones: MilestoneLookup
}

async function syncOne(t: TrackRun): Promise<TrackResultRow> {
  const { track, settings, log } = t
  const now = new Date()
  const env = {
    ...process.env,
    // The changelog entry is signed by the config's maintainer, else DEBFULLNAME/DEBEMAIL, else the bot.
    DEBFULLNAME: process.env.DEBFULLNAME || settings.commitAuthor.name,
    DEBEMAIL: process.env.DEBEMAIL || settings.commitAuthor.email
  }
  const worktreeDir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), `stable-sync-${track.name}-`))
  try {
    const { row, result } = await syncTrackOnCalendar({
      git: t.git,
      remote: 'origin',
      track,
      base: t.base,
      branch: settings.branchPrefix + track.name,
      bot: settings.commitAuthor,
      host: pullRequestHost(t.gh),
      labels: settings.labels,
      reviewers: settings.reviewers,
      teamReviewers: settings.teamReviewers,
      draft: settings.draft,
      dryRun: settings.dryRun,
      log,
      worktreeDir,
      now,
      config: t.config,
      configPath: configPathIn(resolve(process.env.GITHUB_WORKSPACE || process.cwd()), t.config.file),
      cacheDir: t.cacheDir,
      env,
      milestones: t.milestones,
      issues: trackingIssueApi(t.gh)
    })
    // Findings that need a human also show as annotations on the run, not only in the PR body.
    for (const p of result?.problems ?? [])
      core.warning(`${track.name}: ${p.sha.slice(0, 12)} ${p.kind}: ${p.text}`)
    if (row.paused) core.warning(`${track.name}: ${row.reason}`)
    return row
  } finally {
    rmSync(worktreeDir, { recursive: true, force: true })
  }
}

/** The configuration file relative to the repository (declines are recorded there), if it is inside. */
function configPathIn(workspace: string, file: string): string | undefined {
  const rel = relative(workspace, file)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined
}

async function defaultBranch(gh: GitHubRepo): Promise<string> {
  const { data } = await gh.octokit.rest.repos.get({ owner: gh.owner, repo: gh.repo })
  return data.default_branch
}

/** Milestones are read at most once per run, and only when a calendar names one. */
function lazyMilestones(gh: GitHubRepo): MilestoneLookup {
  let lookup: Promise<MilestoneLookup> | undefined
  return async title => {
    lookup ??= listMilestones(gh).then(milestoneLookupFrom)
    return (await lookup)(title)
  }
}

function setOutputs(rows: readonly TrackResultRow[]): void {
  core.setOutput(
    Outputs.Tracks,
    JSON.stringify(
      rows.map(r => ({
        track: r.track,
        operation: r.operation,
        reason: r.reason,
        branch: r.branch,
        headSha: r.headSha ?? null,
        pullRequest: r.pullRequest ?? null,
        patches: r.patches,
        pushed: r.pushed,
        paused: r.paused,
        dryRun: r.dryRun,
        ...(r.error ? { error: r.error } : {})
      }))
    )
  )
  core.setOutput(Outputs.Changed, String(rows.some(r => r.pushed || r.operation === 'closed')))
  if (rows.length !== 1) return
  const r = rows[0]
  core.setOutput(Outputs.Operation, r.operation)
  core.setOutput(Outputs.Branch, r.branch)
  core.setOutput(Outputs.HeadSha, r.headSha ?? '')
  core.setOutput(Outputs.Patches, String(r.patches))
  core.setOutput(Outputs.PullRequestNumber, r.pullRequest ? String(r.pullRequest.number) : '')
  core.setOutput(Outputs.PullRequestUrl, r.pullRequest?.url ?? '')
}
