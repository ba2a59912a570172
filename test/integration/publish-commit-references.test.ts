import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TrackConfig } from '../../src/config/types.js'
import type { TrackResult } from '../../src/engine/types.js'
import { createGit } from '../../src/git/gateway.js'
import { createGitHubRepo } from '../../src/github/client.js'
import { pullRequestHost } from '../../src/github/pulls.js'
import { memoryLogger } from '../../src/log.js'
import { publishTrack } from '../../src/publish/sync-track.js'
import { FixtureRepo, isolatedGitEnv } from '../helpers/git-fixture.js'
import { GitHubServer } from '../helpers/github-server/index.js'
import { githubReferences } from '../helpers/github-references.js'
import { makeTempDir } from '../helpers/tmp.js'

// Upstream subjects in the bot commit: merged onto the default branch (as GitHub's merge button does),
// the bot commit closes, links and pings nothing in this repository, and still reads as upstream wrote it.
const tmp = makeTempDir('publish-refs-')
const bot = { name: 'stable-sync[bot]', email: 'stable-sync[bot]@users.noreply.github.com' }
let server: GitHubServer
let bare: string

const HOSTILE = [
  'hw/net: Fixes #123 reported by @torvalds',
  'block: resolve GH-12 (closes octo-org/qemu-packaging#7)',
  'fix: https://github.com/octo-org/qemu-packaging/issues/9 and closes: #10',
  'docs: #include <stdio.h> stays as is; mail dev@qemu.org'
]
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
const sha = (n: number): string => n.toString(16).padStart(40, 'c')

beforeAll(async () => {
  const seed = await FixtureRepo.init(join(tmp.dir, 'seed'), tmp.dir)
  seed.write('debian/changelog', 'qemu (1:8.2.2+ds-0ubuntu1) noble; urgency=medium\n')
  await seed.commit('packaging')
  bare = join(tmp.dir, 'origin.git')
  await seed.git.exec(['clone', '-q', '--bare', seed.dir, bare])
  server = await GitHubServer.start({ bareRepo: bare })
})

afterAll(async () => {
  await server.stop()
  tmp.cleanup()
})

test('a merged bot commit closes, links and mentions nothing, and reads as upstream wrote it', async () => {
  const checkout = new FixtureRepo(join(tmp.dir, 'checkout'), isolatedGitEnv(tmp.dir))
  await checkout.git.exec(['clone', '-q', bare, checkout.dir], { cwd: tmp.dir })
  const log = memoryLogger()
  const gh = createGitHubRepo(
    { owner: server.owner, repo: server.repo },
    { token: server.token, baseUrl: server.url, log, timeUnitMs: 5 }
  )
  const result = await publishTrack({
    git: checkout.git,
    remote: 'origin',
    track,
    base: 'main',
    branch: 'stable-sync/qemu',
    bot,
    host: pullRequestHost(gh),
    labels: [],
    reviewers: [],
    teamReviewers: [],
    draft: false,
    dryRun: false,
    log,
    worktreeDir: join(tmp.dir, 'wt'),
    apply: async (dir): Promise<TrackResult> => {
      mkdirSync(join(dir, 'debian/patches/stable'), { recursive: true })
      HOSTILE.forEach((_, i) => writeFileSync(join(dir, `debian/patches/stable/${i}.patch`), `patch ${i}\n`))
      return {
        name: 'qemu',
        pin: { version: '8.2.2', tag: 'v8.2.2', sha: sha(1) },
        tip: { ref: 'stable-8.2', sha: sha(2) },
        patches: HOSTILE.map((subject, i) => ({
          file: `debian/patches/stable/${i}.patch`,
          upstream: [sha(100 + i)],
          subject,
          author: 'Dev',
          kind: 'commit' as const
        })),
        skipped: [],
        problems: [],
        verification: { status: 'ok', text: 'applies' },
        changed: true
      }
    }
  })
  expect(result).toMatchObject({ operation: 'created', pushed: true })

  // The maintainer merges the pull request into the default branch.
  const maint = new FixtureRepo(join(tmp.dir, 'maint'), isolatedGitEnv(tmp.dir))
  await maint.git.exec(['clone', '-q', bare, maint.dir], { cwd: tmp.dir })
  await maint.git.exec(['fetch', '-q', 'origin', 'stable-sync/qemu'])
  await maint.git.exec(
    ['merge', '-q', '--no-ff', '-m', 'Merge pull request from stable-sync/qemu', 'FETCH_HEAD'],
    {
      env: maint.identityEnv()
    }
  )
  await maint.git.exec(['push', '-q', 'origin', 'main'])
  const merged = await createGit(bare).text(['log', '--format=%B', 'main^1..main^2'])

  expect(githubReferences(merged)).toEqual({ closes: [], references: [], mentions: [] })
  // Readable: without the zero-width joiners the subjects are exactly upstream's.
  const plain = merged.replace(/\u200d/g, '')
  for (const s of HOSTILE) expect(plain).toContain(s)
  // Only what forms a reference was touched.
  expect(merged).toContain('#include <stdio.h>')
  expect(merged).toContain('dev@\u200dqemu.org')
  expect(merged).toContain('Fixes #\u200d123')
  // The matcher does find them in the raw subjects: the test would catch a regression.
  expect(githubReferences(HOSTILE.join('\n')).closes).toEqual([
    '#123',
    'GH-12',
    'octo-org/qemu-packaging#7',
    'https://github.com/octo-org/qemu-packaging/issues/9',
    '#10'
  ])
})
