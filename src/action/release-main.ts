import * as core from '@actions/core'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseNow } from '../calendar/day.js'
import { defaultConfigPath, loadConfig } from '../config/load.js'
import { InputError, StableSyncError } from '../errors.js'
import { createGit, type Git } from '../git/gateway.js'
import { resolveSigner } from '../git/identity.js'
import { createGitHubRepo } from '../github/client.js'
import { explainApiError } from '../github/errors.js'
import { releaseApi } from '../github/release-host.js'
import { eventSender, githubUserIdentity } from '../github/users.js'
import { publishGithubRelease, releaseAssets, type AssetSelection } from '../release/github-release.js'
import { releaseMilestoneGate } from '../release/milestone-gate.js'
import { optionalConfigPath, releasePackageDir } from '../release/package-dir.js'
import { fetchPublishedBranch, fetchTag, pushRelease } from '../release/push.js'
import { releasePackage, releaseTagFor } from '../release/release.js'
import { apiTimeUnitMs, booleanInput, optionalInput as optional, repositoryFromEnv } from './inputs.js'
import { actionsLogger } from './logger.js'
import { releaseTagSigner, releaseUpload, uploadSettings } from './release-upload.js'

/**
 * The release sub-action (release/action.yml): at the release milestone, finalize + commit + DEP-14
 * tag (as `stable-sync release`), push commit and tag to `origin`, and create the GitHub release with
 * the changelog entry as notes and the built packages as assets. Everything it can check (inputs,
 * GITHUB_REPOSITORY, the event, the assets, the branch, who signs) is checked before the first commit,
 * tag or push; every step finds what an earlier run did, so a rerun finishes a partial release.
 */
const coreLogger = actionsLogger()

/** The triggering event (name and payload), from the runner's environment. */
function eventOf(env: NodeJS.ProcessEnv): { name?: string; payload?: Record<string, unknown> } {
  if (!env.GITHUB_EVENT_PATH) return { name: env.GITHUB_EVENT_NAME }
  try {
    return { name: env.GITHUB_EVENT_NAME, payload: JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) }
  } catch (e) {
    throw new InputError(
      `GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH} is not a readable event payload (${(e as Error).message})`
    )
  }
}

function packagingCheckout(path: string): string {
  const dir = resolve(path)
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InputError(`Input 'path' (${dir}) is not a directory: point it at the packaging checkout`)
  return dir
}

/**
 * The branch that receives the release commit. A detached HEAD has none: the commit would be on no
 * branch, so without an explicit `branch` to push it to, that is an error before anything is made.
 */
async function releaseBranch(
  git: Git,
  input: string | undefined,
  o: { push: boolean; dryRun: boolean }
): Promise<string | undefined> {
  const inside = await git.exec(['rev-parse', '--is-inside-work-tree'], { allowFailure: true })
  if (inside.code !== 0 || inside.stdout.toString('utf8').trim() !== 'true')
    throw new InputError(
      `Input 'path' (${git.dir}) is not a git checkout: check out the packaging repository there`
    )
  const current = (await git.exec(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true })).stdout
    .toString('utf8')
    .trim()
  if (input && !/^(?!-)(?!.*\.\.)[\w./-]+$/.test(input))
    throw new InputError(`Input 'branch' ('${input}') is not a branch name`)
  // A dry run commits nothing, so a detached HEAD only matters when the release is made.
  if (!current && !o.dryRun && !(input && o.push)) {
    throw new InputError(
      `HEAD is detached in ${git.dir}: the release commit would be on no branch. Check out the branch ` +
        "(actions/checkout with 'ref: <branch>'), or set the input 'branch' (with push: true) to push it there"
    )
  }
  return input ?? current
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    // ---- Checks: nothing below this block is written until all of them passed.
    const token = core.getInput('token')
    if (!token)
      throw new InputError("Input 'token' is empty: leave it unset for the workflow token (contents: write)")
    core.setSecret(token)
    const repoDir = packagingCheckout(optional('path') ?? '.')
    const dryRun = booleanInput('dry-run')
    const push = !dryRun && booleanInput('push', true)
    const now = parseNow(optional('now'))
    const repository = repositoryFromEnv(env)
    const timeUnitMs = apiTimeUnitMs(env)
    const event = eventOf(env)
    const explicit = optional('config') ? resolve(repoDir, core.getInput('config')) : undefined
    const file = optionalConfigPath(repoDir, explicit, defaultConfigPath(repoDir))
    const config = file ? await loadConfig(file, { repoDir }) : undefined
    const tracks = optional('track') ? [core.getInput('track')] : undefined
    const gate = releaseMilestoneGate(event, config, tracks)
    core.info(gate.reason)
    if (!gate.release) {
      core.setOutput('operation', 'skipped')
      return
    }
    const packageDir = releasePackageDir(repoDir, config, tracks)
    const assetsDir = optional('assets')
    const selection: AssetSelection = assetsDir
      ? releaseAssets(resolve(assetsDir))
      : { assets: [], skipped: [] }
    if (selection.skipped.length)
      core.info(
        `assets: left out ${selection.skipped.length} file(s) that are no package or build log: ${selection.skipped.join(', ')}`
      )
    const git = createGit(repoDir)
    const branch = await releaseBranch(git, optional('branch'), { push, dryRun })
    const gh = createGitHubRepo(repository, {
      token,
      log: coreLogger,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      // Tests shrink every wait (retry back-off, write spacing), as in the sync action; real runs keep GitHub's.
      timeUnitMs
    })
    // The releaser signs the entry (as dch -r): the config's maintainer, DEBFULLNAME/DEBEMAIL, git's
    // user.name/email, else whoever triggered this run (closed the milestone) as GitHub shows them.
    const sender = config?.maintainer ? undefined : eventSender(event.payload)
    const signer = await resolveSigner({
      config: config ?? { file: defaultConfigPath(repoDir) },
      env,
      repoDir,
      log: coreLogger,
      candidates: sender
        ? [
            await githubUserIdentity(
              gh,
              sender,
              `the GitHub user who triggered the ${event.name ?? 'run'} event`
            )
          ]
        : []
    })
    core.info(`releaser: ${signer.identity.name} <${signer.identity.email}> (from ${signer.source})`)

    // Upload inputs and the tag-signing key are checked before any side effect too.
    const upload = uploadSettings({ config, tracks })
    const tagSigner = await releaseTagSigner(dryRun)

    // ---- Side effects, each one found done by a rerun.
    // A rerun checks out the event's sha, older than the release commit: the tag from origin shows
    // the earlier run's release, which is then finished instead of made again.
    if (push)
      await fetchTag(git, 'origin', releaseTagFor(packageDir, config?.vendor, optional('distribution')))
    // An earlier run may have pushed the release commit but not the tag: found on origin's branch.
    const remoteBranch = push && branch ? await fetchPublishedBranch(git, 'origin', branch) : undefined
    const released = await core.group('Finalize, commit and tag', () =>
      releasePackage({
        git,
        repoDir,
        packageDir,
        distribution: optional('distribution'),
        now,
        identity: async () => signer.identity,
        dryRun,
        log: coreLogger,
        vendor: config?.vendor,
        ...(remoteBranch ? { published: remoteBranch } : {}),
        ...(tagSigner ? { tagSigning: tagSigner } : {})
      }).finally(() => tagSigner?.dispose())
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
      await core.group('Push commit and tag', () =>
        pushRelease(git, {
          remote: 'origin',
          branch: committed ? branch : undefined,
          tag: released.tag,
          commit: released.commit
        })
      )
    }

    await releaseUpload(upload, { repoDir, config, dryRun, env })

    const published = await core.group('GitHub release', () =>
      publishGithubRelease(
        releaseApi(gh),
        {
          tag: released.tag,
          name: `${released.package} ${released.version}`,
          notes: released.notes,
          assets: selection.assets,
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
