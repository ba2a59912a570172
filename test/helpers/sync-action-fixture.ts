import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createGit, type Git } from '../../src/git/gateway.js'
import { bareWithPushLog, bundle, runAction, type ActionRun } from './action-run.js'
import { FixtureRepo, isolatedGitEnv } from './git-fixture.js'
import { GitHubServer } from './github-server/index.js'
import { makeLinearFixture, type LinearFixture } from './stable-history.js'

/**
 * Everything the sync action meets on a runner, for real: an upstream repo with a stable branch, the
 * packaging repo pushed to a bare `origin` (recording pushes), a checkout of it as actions/checkout
 * leaves it, and the local GitHub server backed by that origin.
 */
export interface SyncWorld {
  dir: string
  fixture: LinearFixture
  bare: string
  origin: Git
  checkout: string
  server: GitHubServer
  pushes(): string[]
  run(inputs?: Record<string, string>, env?: Record<string, string>): Promise<ActionRun>
  /** Another runner's checkout of origin (for concurrent runs): pass it as GITHUB_WORKSPACE. */
  secondCheckout(name: string): Promise<string>
  /** Bring the checkout to origin's current base, as a new workflow run's actions/checkout would. */
  refreshCheckout(): Promise<void>
  /** The bot branch's sha on origin, or undefined. */
  branchSha(): Promise<string | undefined>
  stop(): Promise<void>
}

export const TRACK = 'demo'
export const BRANCH = `stable-sync/${TRACK}`

export async function makeSyncWorld(dir: string): Promise<SyncWorld> {
  const fixture = await makeLinearFixture(dir)
  const bare = join(dir, 'origin.git')
  const { pushes } = await bareWithPushLog(fixture.packagingDir, bare)
  const checkout = join(dir, 'checkout')
  const home = join(dir, 'runner-home')
  mkdirSync(home, { recursive: true })
  // As actions/checkout leaves it by default: depth 1, no tags, origin = the repository.
  await createGit(dir, isolatedGitEnv(home)).exec([
    'clone',
    '-q',
    '--depth',
    '1',
    '--no-tags',
    `file://${bare}`,
    checkout
  ])
  const server = await GitHubServer.start({ bareRepo: bare, repo: 'demo' })
  const origin = createGit(bare)
  const entry = bundle()
  return {
    dir,
    fixture,
    bare,
    origin,
    checkout,
    server,
    pushes,
    run: (inputs = {}, env = {}) =>
      runAction(entry, {
        workspace: checkout,
        home,
        inputs: {
          token: server.token,
          'commit-author': 'stable-sync[bot] <stable-sync[bot]@users.noreply.github.com>',
          ...inputs
        },
        env: {
          GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
          GITHUB_API_URL: server.url,
          RUNNER_TOOL_CACHE: join(dir, 'toolcache'),
          STABLE_SYNC_TIME_UNIT_MS: '5',
          ...env
        }
      }),
    async secondCheckout(name: string) {
      const other = join(dir, name)
      await createGit(dir, isolatedGitEnv(home)).exec([
        'clone',
        '-q',
        '--depth',
        '1',
        '--no-tags',
        `file://${bare}`,
        other
      ])
      return other
    },
    async refreshCheckout() {
      const git = createGit(checkout, isolatedGitEnv(home))
      await git.exec(['fetch', '-q', '--depth', '1', 'origin', '+refs/heads/main:refs/remotes/origin/main'])
      await git.exec(['reset', '-q', '--hard', 'origin/main'])
    },
    async branchSha() {
      const r = await origin.exec(['rev-parse', '-q', '--verify', `refs/heads/${BRANCH}`], {
        allowFailure: true
      })
      return r.code === 0 ? r.stdout.toString().trim() : undefined
    },
    stop: () => server.stop()
  }
}

/** A maintainer's clone of origin, to push to the bot branch or merge like a human would. */
export async function maintainerClone(w: SyncWorld, name = 'maint'): Promise<FixtureRepo> {
  const repo = new FixtureRepo(join(w.dir, name), isolatedGitEnv(w.dir))
  await createGit(w.dir, repo.env).exec(['clone', '-q', w.bare, repo.dir])
  return repo
}
