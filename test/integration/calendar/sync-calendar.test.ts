import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig } from '../../../src/config/load.js'
import type { TrackResult } from '../../../src/engine/types.js'
import { createGitHubRepo, type GitHubRepo } from '../../../src/github/client.js'
import { pullRequestHost } from '../../../src/github/pulls.js'
import { trackingIssueApi } from '../../../src/github/tracking-issue-host.js'
import { memoryLogger } from '../../../src/log.js'
import { syncTrackOnCalendar } from '../../../src/publish/calendar-sync.js'
import type { PublishResult } from '../../../src/publish/sync-track.js'
import { FixtureRepo } from '../../helpers/git-fixture.js'
import { GitHubServer } from '../../helpers/github-server/index.js'
import { makeLinearFixture, type LinearFixture } from '../../helpers/stable-history.js'
import { makeTempDir } from '../../helpers/tmp.js'

/**
 * The sync action's per-track step (syncTrackOnCalendar, as src/action/main.ts runs it) across the calendar, with the real
 * engine, real git (a bare origin) and the local GitHub server: track mode opens a move PR; frozen
 * mode opens no PR but a tracking issue; a freeze exception opens a PR with exactly the ticked fix.
 */
const bot = { name: 'stable-sync[bot]', email: 'stable-sync[bot]@users.noreply.github.com' }

interface World {
  f: LinearFixture
  checkout: FixtureRepo
  server: GitHubServer
  gh: GitHubRepo
  tmp: { dir: string; cleanup(): void }
  runs: number
}

async function world(calendarYaml: string[], newerRelease: boolean): Promise<World> {
  const tmp = makeTempDir()
  const f = await makeLinearFixture(tmp.dir)
  if (newerRelease) {
    await f.upstream.git(['checkout', '-q', 'stable-1.0'])
    f.upstream.put('VERSION', '1.0.1\n')
    await f.upstream.repo.commit('Update version for 1.0.1 release')
    await f.upstream.git(['tag', '-a', '-m', 'v1.0.1', 'v1.0.1'])
    await f.upstream.fix('src/b.c', 20, 'b: fix use after free')
  }
  appendFileSync(f.configFile, ['calendar:', ...calendarYaml, ''].join('\n'))
  const packaging = new FixtureRepo(f.packagingDir, f.upstream.repo.env)
  await packaging.commit('calendar')
  const bare = join(tmp.dir, 'origin.git')
  await packaging.git.exec(['clone', '-q', '--bare', f.packagingDir, bare])
  const checkout = new FixtureRepo(join(tmp.dir, 'checkout'), f.upstream.repo.env)
  await checkout.git.exec(['clone', '-q', bare, checkout.dir], { cwd: tmp.dir })
  const server = await GitHubServer.start({ bareRepo: bare, repo: 'demo' })
  const gh = createGitHubRepo(
    { owner: server.owner, repo: server.repo },
    { token: server.token, baseUrl: server.url, log: memoryLogger(), timeUnitMs: 1 }
  )
  return { f, checkout, server, gh, tmp, runs: 0 }
}

/** One track of one action run on `day`: the step src/action/main.ts runs for each track. */
async function syncDay(w: World, day: string): Promise<{ row: PublishResult; result?: TrackResult }> {
  const now = new Date(`${day}T12:00:00Z`)
  const config = await loadConfig(join(w.checkout.dir, '.github/stable-sync.yml'), {
    repoDir: w.checkout.dir
  })
  const track = config.tracks[0]
  return syncTrackOnCalendar({
    git: w.checkout.git,
    remote: 'origin',
    track,
    base: 'main',
    branch: `stable-sync/${track.name}`,
    bot,
    host: pullRequestHost(w.gh),
    labels: [],
    reviewers: [],
    teamReviewers: [],
    draft: false,
    dryRun: false,
    log: memoryLogger(),
    worktreeDir: join(w.tmp.dir, `wt-${++w.runs}`),
    now,
    config,
    cacheDir: join(w.tmp.dir, 'cache'),
    env: w.f.upstream.repo.env,
    issues: trackingIssueApi(w.gh)
  })
}

test('track mode: the action opens a move PR to the newest stable release', async () => {
  const w = await world(["  feature-freeze: '2026-11-01'", "  beta-freeze: '2026-12-01'"], true)
  try {
    const { row } = await syncDay(w, '2026-10-20')
    expect(row.operation).toBe('created')
    const pr = [...w.server.state.pulls.values()][0]
    expect(pr.title).toBe('demo: move to upstream stable release 1.0.1')
    expect(pr.body).toContain('to the newest stable release `v1.0.1`')
    expect(pr.body).toContain('as `1.0.1-1`')
    // The branch carries the new changelog entry.
    await w.checkout.git.exec(['fetch', '-q', 'origin'])
    const log = await w.checkout.git.text(['show', 'origin/stable-sync/demo:debian/changelog'])
    expect(log.split('\n')[0]).toBe('demo (1.0.1-1) UNRELEASED; urgency=medium')
    // A second run on the same day changes nothing.
    expect((await syncDay(w, '2026-10-20')).row.operation).toBe('unchanged')
    expect(w.server.violations).toEqual([])
  } finally {
    await w.server.stop()
    w.tmp.cleanup()
  }
})

test('frozen: no PR, a tracking issue; a freeze exception opens a PR with exactly the ticked fix', async () => {
  const w = await world(["  beta-freeze: '2026-12-01'"], false)
  try {
    const frozen = await syncDay(w, '2026-12-10')
    expect(frozen.row.operation).toBe('none')
    expect(w.server.state.pulls.size).toBe(0)
    const [issue] = [...w.server.state.issues.values()]
    expect(issue.title).toBe('stable-sync: fixes pending for a stable release update (demo)')
    for (const s of [w.f.shas.fixA, w.f.shas.fixB, w.f.shas.fixNotes])
      expect(issue.body).toContain(`<!-- sha:${s} -->`)

    // The maintainer ticks fix B and asks for a freeze exception.
    issue.body = issue
      .body!.split('\n')
      .map(l => (l.includes(w.f.shas.fixB) ? l.replace('- [ ]', '- [x]') : l))
      .join('\n')
    issue.labels.push('freeze-exception')
    const exception = await syncDay(w, '2026-12-11')
    expect(exception.row.operation).toBe('created')
    const [pr] = [...w.server.state.pulls.values()]
    expect(pr.title).toBe('demo: 1 fix from upstream stable-1.0')
    expect(exception.result?.patches.map(p => p.upstream)).toEqual([[w.f.shas.fixB]])
    // The issue still lists all three as pending until the exception is merged.
    expect(w.server.state.issues.get(issue.number)!.body).toContain(`- [x] `)
    expect(w.server.violations).toEqual([])
  } finally {
    await w.server.stop()
    w.tmp.cleanup()
  }
})

test('a freeze exception for a fix that needs an unticked one: the PR and the tracking issue say what was added and why', async () => {
  const w = await world(["  beta-freeze: '2026-12-01'"], false)
  try {
    await w.f.upstream.git(['checkout', '-q', 'stable-1.0'])
    await w.f.upstream.reload()
    const again = await w.f.upstream.fix('src/a.c', 3, 'a: fix the overflow fix')
    await w.f.upstream.git(['checkout', '-q', 'master'])
    await syncDay(w, '2026-12-10')
    const [issue] = [...w.server.state.issues.values()]
    issue.body = issue
      .body!.split('\n')
      .map(l => (l.includes(again) ? l.replace('- [ ]', '- [x]') : l))
      .join('\n')
    issue.labels.push('freeze-exception')
    const exception = await syncDay(w, '2026-12-11')
    expect(exception.row.operation).toBe('created')
    expect(exception.result?.patches.map(p => p.upstream)).toEqual([[w.f.shas.fixA], [again]])
    const [pr] = [...w.server.state.pulls.values()]
    expect(pr.body).toContain('### Added for the selected fixes')
    expect(pr.body).toContain(`a: fix overflow: needed by`)
    const body = w.server.state.issues.get(issue.number)!.body!
    expect(body).toContain('### Freeze exception')
    expect(body).toContain(
      `\`${w.f.shas.fixA.slice(0, 12)}\` a: fix overflow: needed by \`${again.slice(0, 12)}\``
    )
    expect(w.server.violations).toEqual([])
  } finally {
    await w.server.stop()
    w.tmp.cleanup()
  }
})
