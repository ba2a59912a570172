import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TrackConfig } from '../../src/config/types.js'
import type { TrackResult } from '../../src/engine/types.js'
import { createGitHubRepo } from '../../src/github/client.js'
import { pullRequestHost } from '../../src/github/pulls.js'
import { memoryLogger } from '../../src/log.js'
import { PAUSED_MARKER } from '../../src/publish/marker.js'
import { publishTrack, type PublishResult } from '../../src/publish/sync-track.js'
import { FixtureRepo, isolatedGitEnv } from '../helpers/git-fixture.js'
import { GitHubServer } from '../helpers/github-server/index.js'
import { makeTempDir } from '../helpers/tmp.js'
import { createGit } from '../../src/git/gateway.js'

// The publish core with real git (a bare repo as origin), the real Octokit façade and the local
// GitHub server, fed with synthetic engine results: every rolling-PR rule of the sync action.
const tmp = makeTempDir('publish-')
const bot = { name: 'stable-sync[bot]', email: 'stable-sync[bot]@users.noreply.github.com' }
let server: GitHubServer
let checkout: FixtureRepo
let bare: string
let runs = 0

const sha = (n: number): string => n.toString(16).padStart(40, 'c')
const track: TrackConfig = {
  name: 'qemu',
  upstream: { url: 'file:///nowhere', branch: 'stable-8.2', tag: 'v{version}' },
  package: '.',
  pin: 'changelog',
  paths: [],
  exclude: { paths: [], subjects: [] },
  patchDir: 'debian/patches/stable',
  versionFiles: []
}

/** The engine's result for `fixes` upstream commits; apply writes one patch file per fix. */
function engine(
  fixes: number[],
  verification: TrackResult['verification'] = { status: 'ok', text: 'applies' }
): (dir: string) => Promise<TrackResult> {
  return async dir => {
    for (const n of fixes) {
      mkdirSync(join(dir, 'debian/patches/stable'), { recursive: true })
      writeFileSync(join(dir, `debian/patches/stable/${n}.patch`), `patch ${n}\n`)
    }
    const failed = verification.status === 'failed'
    return {
      name: 'qemu',
      pin: { version: '8.2.2', tag: 'v8.2.2', sha: sha(1) },
      tip: { ref: 'stable-8.2', sha: sha(2) },
      patches: fixes.map(n => ({
        file: `debian/patches/stable/${n}.patch`,
        upstream: [sha(n)],
        subject: `fix ${n}`,
        author: 'Dev',
        kind: 'commit' as const
      })),
      skipped: [],
      problems: [],
      verification,
      changed: !failed && fixes.length > 0
    }
  }
}

let lastLog: string[] = []

async function sync(
  fixes: number[],
  extra: {
    dryRun?: boolean
    reviewers?: string[]
    verification?: TrackResult['verification']
    /** Runs while the engine works (after the branch was read): a concurrent push. */
    meanwhile?: () => Promise<void>
  } = {}
): Promise<PublishResult> {
  const log = memoryLogger()
  lastLog = log.lines
  const gh = createGitHubRepo(
    { owner: server.owner, repo: server.repo },
    { token: server.token, baseUrl: server.url, log, timeUnitMs: 5 }
  )
  return publishTrack({
    git: checkout.git,
    remote: 'origin',
    track,
    base: 'main',
    branch: 'stable-sync/qemu',
    bot,
    host: pullRequestHost(gh),
    labels: ['stable'],
    reviewers: extra.reviewers ?? ['maint'],
    teamReviewers: [],
    draft: false,
    dryRun: extra.dryRun ?? false,
    log,
    worktreeDir: join(tmp.dir, `wt-${++runs}`),
    apply: async dir => {
      await extra.meanwhile?.()
      return engine(fixes, extra.verification)(dir)
    }
  })
}

const branchSha = async (): Promise<string | undefined> => {
  const r = await createGit(bare).exec(['rev-parse', '-q', '--verify', 'refs/heads/stable-sync/qemu'], {
    allowFailure: true
  })
  return r.code === 0 ? r.stdout.toString().trim() : undefined
}

beforeAll(async () => {
  const seed = await FixtureRepo.init(join(tmp.dir, 'seed'), tmp.dir)
  seed.write('debian/changelog', 'qemu (1:8.2.2+ds-0ubuntu1) noble; urgency=medium\n')
  await seed.commit('packaging')
  bare = join(tmp.dir, 'origin.git')
  await seed.git.exec(['clone', '-q', '--bare', seed.dir, bare])
  checkout = new FixtureRepo(join(tmp.dir, 'checkout'), isolatedGitEnv(tmp.dir))
  await checkout.git.exec(['clone', '-q', bare, checkout.dir], { cwd: tmp.dir })
  server = await GitHubServer.start({ bareRepo: bare })
})

afterAll(async () => {
  await server.stop()
  tmp.cleanup()
})

afterEach(() => expect(server.violations.splice(0)).toEqual([]))

test('the rolling pull request: create, idle, update, declined, paused, closed', async () => {
  // 1. first run opens the PR: one bot commit on base, labels and reviewers.
  const first = await sync([10])
  expect(first).toMatchObject({ operation: 'created', pullRequest: { number: 1 }, pushed: true, patches: 1 })
  const pr = server.state.pulls.get(1)!
  expect([pr.labels, pr.reviewers]).toEqual([['stable'], ['maint']])
  const log = await createGit(bare).text(['log', '--format=%an <%ae>|%s', 'main..stable-sync/qemu'])
  expect(log).toBe(
    'stable-sync[bot] <stable-sync[bot]@users.noreply.github.com>|qemu: 1 fix from upstream stable-8.2'
  )

  // 2. nothing new: zero writes, no push.
  server.clearLog()
  const before = await branchSha()
  expect(await sync([10])).toMatchObject({ operation: 'unchanged', pushed: false })
  expect(server.writes()).toEqual([])
  expect(await branchSha()).toBe(before)

  // 3. a new fix updates the same PR, body included.
  expect(await sync([10, 11])).toMatchObject({
    operation: 'updated',
    pullRequest: { number: 1 },
    pushed: true
  })
  expect(server.state.pulls.get(1)!.body).toContain('fix 11')
  expect(server.state.pulls.size).toBe(1)

  // 4. the maintainers close it unmerged: the same set stays closed, a new fix opens a new PR.
  server.state.pulls.get(1)!.state = 'closed'
  server.clearLog()
  expect(await sync([10, 11])).toMatchObject({
    operation: 'none',
    reason: expect.stringContaining('declined in #1')
  })
  expect(server.writes()).toEqual([])
  const second = await sync([10, 11, 12])
  expect(second).toMatchObject({ operation: 'created', pullRequest: { number: 2 } })

  // 5. a maintainer pushes to the branch: paused, one comment, never a second, no push.
  const maint = new FixtureRepo(join(tmp.dir, 'maint'), isolatedGitEnv(tmp.dir))
  await maint.git.exec(['clone', '-q', '-b', 'stable-sync/qemu', bare, maint.dir], { cwd: tmp.dir })
  maint.write('debian/patches/stable/12.patch', 'patch 12, refreshed by hand\n')
  await maint.commit('refresh 12', { author: 'Maintainer', email: 'maint@example.org' })
  await maint.git.exec(['push', '-q', 'origin', 'HEAD:stable-sync/qemu'])
  const edited = await branchSha()
  // An outsider posts the paused marker first: it is not the bot's notice and silences nothing.
  server.state.comments.push({
    id: server.state.id(),
    issue: 2,
    body: `${PAUSED_MARKER}\nnothing to see here`,
    user: 'mallory',
    createdAt: server.state.now(),
    updatedAt: server.state.now()
  })
  expect(await sync([10, 11, 12, 13])).toMatchObject({ operation: 'unchanged', paused: true })
  expect(await sync([10, 11, 12, 13])).toMatchObject({ operation: 'unchanged', paused: true })
  const botNotices = server.state
    .commentsOn(2)
    .filter(c => c.body.includes(PAUSED_MARKER) && c.user === server.login)
  expect(botNotices).toHaveLength(1)
  expect(botNotices[0].body).toMatch(/not made by stable-sync|paused/)
  expect(await branchSha()).toBe(edited)

  // The maintainer drops the commit: updates resume.
  await maint.git.exec(['push', '-q', '--force', 'origin', 'HEAD~1:stable-sync/qemu'])
  expect(await sync([10, 11, 12, 13])).toMatchObject({ operation: 'updated', pushed: true })

  // 6. every pending fix is gone: comment, close, delete the branch.
  const dry = await sync([], { dryRun: true })
  expect(dry).toMatchObject({ operation: 'closed', dryRun: true })
  expect(server.state.pulls.get(2)!.state).toBe('open')
  expect(await sync([])).toMatchObject({ operation: 'closed' })
  expect(server.state.pulls.get(2)!.state).toBe('closed')
  expect(server.state.commentsOn(2).at(-1)!.body).toMatch(/closed this pull request/)
  expect(await branchSha()).toBeUndefined()
  expect(await sync([])).toMatchObject({ operation: 'none' })
})

test('a create whose response is lost converges on exactly one PR', async () => {
  server.inject('POST', '/repos/{owner}/{repo}/pulls', { kind: 'status', status: 502 }, { afterWrite: true })
  const r = await sync([20])
  expect(r).toMatchObject({ operation: 'created', reason: expect.stringContaining('already open') })
  expect([...server.state.pulls.values()].filter(p => p.state === 'open')).toHaveLength(1)
  // Clean up for other tests: close as "no fix pending".
  expect(await sync([])).toMatchObject({ operation: 'closed' })
})

test('a review request GitHub refuses is a warning, not a failed run', async () => {
  const r = await sync([30], { reviewers: ['github-actions[bot]'] })
  expect(r).toMatchObject({ operation: 'created' })
  expect(lastLog).toContainEqual(
    expect.stringMatching(/^warning: qemu: could not request reviewers on #\d+: .*author/)
  )
  expect(await sync([])).toMatchObject({ operation: 'closed' })
})

test('a series that does not verify is a finding: the open PR is neither closed nor updated', async () => {
  const r = await sync([40])
  expect(r.operation).toBe('created')
  const n = r.pullRequest!.number
  server.clearLog()
  await expect(
    sync([40, 41], { verification: { status: 'failed', text: 'patch 41 FAILED at fuzz 0' } })
  ).rejects.toThrow(
    /qemu: the series does not verify \(patch 41 FAILED at fuzz 0\); nothing was pushed and #\d+ is left as it is/
  )
  expect(server.writes()).toEqual([])
  expect(server.state.pulls.get(n)!.state).toBe('open')
  expect(await sync([])).toMatchObject({ operation: 'closed' })
})

test('after a merge nothing is pending; the next upstream fix opens a new PR on the same branch', async () => {
  const r = await sync([50])
  const n = r.pullRequest!.number
  // The maintainer merges: base gains the bot commit, GitHub marks the PR merged (and closed).
  await createGit(bare).exec(['update-ref', 'refs/heads/main', (await branchSha())!])
  Object.assign(server.state.pulls.get(n)!, {
    state: 'closed',
    merged: true,
    closedAt: '2026-11-25T14:00:00Z'
  })
  // The engine on the new base: fix 50 is carried, nothing is pending.
  server.clearLog()
  expect(await sync([])).toMatchObject({ operation: 'none' })
  expect(server.writes()).toEqual([])
  const next = await sync([51])
  expect(next).toMatchObject({ operation: 'created', pushed: true })
  expect(next.pullRequest!.number).toBeGreaterThan(n)
  expect(await sync([])).toMatchObject({ operation: 'closed' })
})

test('someone pushes to the branch while the run works: the lease refuses, nothing is overwritten', async () => {
  const first = await sync([60])
  const maint = new FixtureRepo(join(tmp.dir, 'maint-race'), isolatedGitEnv(tmp.dir))
  await maint.git.exec(['clone', '-q', '-b', 'stable-sync/qemu', bare, maint.dir], { cwd: tmp.dir })
  const push = async (): Promise<void> => {
    maint.write('note', 'mine\n')
    await maint.commit('a note', { author: 'Maintainer', email: 'maint@example.org' })
    await maint.git.exec(['push', '-q', 'origin', 'HEAD:stable-sync/qemu'])
  }
  await expect(sync([60, 61], { meanwhile: push })).rejects.toThrow(
    /stable-sync\/qemu moved while this run worked, and the push was refused \(--force-with-lease\); nothing was overwritten/
  )
  expect(await createGit(bare).text(['log', '-1', '--format=%an', 'stable-sync/qemu'])).toBe('Maintainer')
  expect(server.state.pulls.get(first.pullRequest!.number)!.body).not.toContain('fix 61')
})
