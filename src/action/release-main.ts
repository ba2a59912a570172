import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseNow } from '../calendar/day.js'
import { resolveIdentity } from '../config/identity.js'
import { defaultConfigPath, loadConfig } from '../config/load.js'
import { StableSyncError } from '../errors.js'
import { createGit } from '../git/gateway.js'
import { createGitHubRepo } from '../github/client.js'
import { explainApiError } from '../github/errors.js'
import { releaseApi } from '../github/release-host.js'
import { publishGithubRelease, releaseAssets } from '../release/github-release.js'
import { releaseMilestoneGate } from '../release/milestone-gate.js'
import { optionalConfigPath, releasePackageDir } from '../release/package-dir.js'
import { fetchTag, pushRelease } from '../release/push.js'
import { releasePackage, releaseTagFor } from '../release/release.js'
import { actionsLogger } from './logger.js'

/**
 * The release sub-action (release/action.yml): at the release milestone, finalize + commit + DEP-14
 * tag (as `stable-sync release`), push commit and tag to `origin`, and create the GitHub release with
 * the changelog entry as notes and the built packages as assets. Every step finds what an earlier run
 * did, so the action can run again safely.
 */
const coreLogger = actionsLogger()

function repository(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo)
    throw new Error('GITHUB_REPOSITORY is not set (owner/repo): run this inside GitHub Actions')
  return { owner, repo }
}

/** The triggering event (name and payload), from the runner's environment. */
function eventOf(env: NodeJS.ProcessEnv): Parameters<typeof releaseMilestoneGate>[0] {
  let payload
  try {
    payload = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined
  } catch {
    payload = undefined
  }
  return { name: env.GITHUB_EVENT_NAME, payload }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const token = core.getInput('token', { required: true })
    core.setSecret(token)
    const repoDir = resolve(core.getInput('path') || '.')
    const explicit = core.getInput('config') ? resolve(repoDir, core.getInput('config')) : undefined
    const file = optionalConfigPath(repoDir, explicit, defaultConfigPath(repoDir))
    const config = file ? await loadConfig(file, { repoDir }) : undefined
    const tracks = core.getInput('track') ? [core.getInput('track')] : undefined
    const dryRun = core.getBooleanInput('dry-run')
    const gate = releaseMilestoneGate(eventOf(env), config, tracks)
    core.info(gate.reason)
    if (!gate.release) {
      core.setOutput('operation', 'skipped')
      return
    }
    const git = createGit(repoDir)
    const packageDir = releasePackageDir(repoDir, config, tracks)
    const push = !dryRun && core.getBooleanInput('push')
    if (push)
      await fetchTag(
        git,
        'origin',
        releaseTagFor(packageDir, config?.vendor, core.getInput('distribution') || undefined)
      )

    const released = await core.group('Finalize, commit and tag', () =>
      releasePackage({
        git,
        repoDir,
        packageDir,
        distribution: core.getInput('distribution') || undefined,
        now: parseNow(core.getInput('now') || undefined),
        identity: () => resolveIdentity(config ?? { file: defaultConfigPath(repoDir) }, env),
        dryRun,
        log: coreLogger,
        vendor: config?.vendor
      })
    )
    core.setOutput('tag', released.tag)
    core.setOutput('version', released.version)
    core.setOutput('distribution', released.distribution)
    core.setOutput('commit', released.commit)
    core.setOutput('operation', released.operation)

    if (push) {
      // The branch gets the release commit only when this run made one; the tag push is a no-op when
      // origin has it on the same commit.
      const committed = released.steps.some(s => s.kind === 'commit' && s.state === 'done')
      const branch = committed
        ? core.getInput('branch') ||
          (await git.text(['symbolic-ref', '--short', '-q', 'HEAD']).catch(() => ''))
        : ''
      await core.group('Push commit and tag', () =>
        pushRelease(git, {
          remote: 'origin',
          branch: branch || undefined,
          tag: released.tag,
          commit: released.commit
        })
      )
    }

    const assetsDir = core.getInput('assets')
    const assets = assetsDir ? releaseAssets(resolve(assetsDir)) : []
    const gh = createGitHubRepo(repository(env), {
      token,
      log: coreLogger,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      // Tests shrink every wait (retry back-off, write spacing), as in the sync action; real runs keep GitHub's.
      timeUnitMs: env.STABLE_SYNC_TIME_UNIT_MS ? Number(env.STABLE_SYNC_TIME_UNIT_MS) : undefined
    })
    const published = await core.group('GitHub release', () =>
      publishGithubRelease(
        releaseApi(gh),
        {
          tag: released.tag,
          name: `${released.package} ${released.version}`,
          notes: released.notes,
          assets,
          dryRun
        },
        coreLogger
      )
    )
    core.setOutput('release-url', published.url ?? '')
    core.setOutput('release-operation', published.operation)
    await core.summary
      .addHeading(`Release ${released.package} ${released.version}`, 3)
      .addTable([
        [
          { data: 'tag', header: true },
          { data: 'commit', header: true },
          { data: 'distribution', header: true },
          { data: 'release', header: true },
          { data: 'assets uploaded', header: true }
        ],
        [
          released.tag,
          released.commit.slice(0, 12),
          released.distribution,
          `${published.operation}${published.url ? ` ${published.url}` : ''}`,
          String(published.uploaded.length)
        ]
      ])
      .write()
      .catch(() => undefined)
  } catch (e) {
    const error = explainApiError(e)
    core.setFailed(error instanceof StableSyncError || error instanceof Error ? error.message : String(error))
  }
}
