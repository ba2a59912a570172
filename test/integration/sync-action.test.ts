import { makeTempDir } from '../helpers/tmp.js'
import { BRANCH, maintainerClone, makeSyncWorld, type SyncWorld } from '../helpers/sync-action-fixture.js'

// The REAL bundled action (node dist/index.js) through a maintainer's year: first run, idle runs,
// a new (hostile) upstream fix, a maintainer taking over the branch, and the fixes going away.
// Steps share one world and run in order.
const tmp = makeTempDir('sync-action-')
let w: SyncWorld

beforeAll(async () => {
  w = await makeSyncWorld(tmp.dir)
})

afterAll(async () => {
  await w?.stop()
  tmp.cleanup()
})

afterEach(() => expect(w.server.violations.splice(0)).toEqual([]))

const pull = (n: number) => w.server.state.pulls.get(n)!

test('first run opens one pull request: base + one bot commit with patches, series and changelog', async () => {
  const r = await w.run({ labels: 'stable-update, bot', reviewers: 'jane' })
  expect(r.code).toBe(0)
  // The token is masked (::add-mask::) and never printed otherwise.
  const [mask, ...rest] = (r.stdout + r.stderr).split('\n')
  expect(mask).toBe(`::add-mask::${w.server.token}`)
  expect(rest.join('\n')).not.toContain(w.server.token)
  expect(r.outputs).toMatchObject({
    operation: 'created',
    'pull-request-number': '1',
    branch: BRANCH,
    patches: '3',
    changed: 'true'
  })
  expect(r.outputs['pull-request-url']).toBe('https://github.test/packager/demo/pull/1')
  expect(r.outputs['head-sha']).toBe(await w.branchSha())
  expect(JSON.parse(r.outputs.tracks)).toEqual([
    expect.objectContaining({ track: 'demo', operation: 'created', pushed: true })
  ])
  expect(w.pushes()).toHaveLength(1)

  const p = pull(1)
  expect([p.state, p.head, p.base, p.labels, p.reviewers]).toEqual([
    'open',
    BRANCH,
    'main',
    ['stable-update', 'bot'],
    ['jane']
  ])
  expect(p.title).toBe('demo: 3 fixes from upstream stable-1.0')
  for (const s of ['a: fix overflow', 'b: fix leak', 'docs: fix typo in my notes'])
    expect(p.body).toContain(s)
  expect(p.body).toMatch(/^<!-- stable-sync:track=demo patches=[0-9a-f]{16} -->/)

  // One commit on base, by the bot, listing the upstream commits; it carries patches, series, changelog.
  const log = await w.origin.text(['log', '--format=%an <%ae>%x00%cn%x00%B', `main..${BRANCH}`])
  expect(log.split('\0').slice(0, 2)).toEqual([
    'stable-sync[bot] <stable-sync[bot]@users.noreply.github.com>',
    'stable-sync[bot]'
  ])
  for (const sha of Object.values(w.fixture.shas)) expect(log).toContain(sha.slice(0, 12))
  const files = await w.origin.text(['diff', '--name-only', `main...${BRANCH}`])
  expect(files.split('\n').every(f => f.startsWith('debian/'))).toBe(true)
  expect(p.body).toMatch(/### Verification\n\n✅ \*\*ok\*\*/)
  expect(p.body).toMatch(/### Stable range\n\n`v1\.0\.0`/)
  expect(files.split('\n')).toEqual(
    expect.arrayContaining([
      'debian/changelog',
      'debian/patches/series',
      expect.stringMatching(/^debian\/patches\/stable\/.+\.patch$/)
    ])
  )
  expect(r.summary).toMatch(/<table>[\s\S]*demo[\s\S]*created/)
})

test('second run with nothing new: zero write calls, zero pushes', async () => {
  w.server.clearLog()
  const before = w.pushes().length
  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'unchanged', 'pull-request-number': '1', changed: 'false' })
  expect(w.server.writes()).toEqual([])
  expect(w.pushes()).toHaveLength(before)
})

test('a new upstream fix (with a hostile message) updates the same PR, body included, escaped', async () => {
  const u = w.fixture.upstream
  await u.git(['checkout', '-q', 'stable-1.0'])
  await u.reload()
  const hostile = 'Fix for @torvalds in #1 <script>alert(1)</script> | a|b'
  const sha = await u.fix('src/a.c', 20, hostile, { author: 'Evil @user' })
  await u.git(['checkout', '-q', 'master'])
  const before = w.pushes().length

  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'updated', 'pull-request-number': '1', patches: '4' })
  expect(w.server.state.pulls.size).toBe(1)
  expect(w.pushes()).toHaveLength(before + 1)
  const body = pull(1).body!
  expect(body).toContain(sha.slice(0, 12))
  expect(pull(1).title).toBe('demo: 4 fixes from upstream stable-1.0')
  // No live mention, no issue link, no HTML, the table row intact.
  expect(body).not.toMatch(/@torvalds|@user|#1\b|<script>/)
  expect(body).toContain('@\u200dtorvalds')
  expect(body).toContain('&lt;script&gt;')
  const row = body.split('\n').find(l => l.includes('torvalds'))!
  // As many cells as the table's header has (a Bugs column when any patch names a bug).
  const header = body.split('\n').find(l => l.startsWith('| # | Upstream |'))!
  expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(header.split('|').length)
  expect(header.split('|').length).toBeGreaterThanOrEqual(6)
})

test('a maintainer commit on the branch pauses the bot: one comment, never a second, no push', async () => {
  const m = await maintainerClone(w)
  await m.git.exec(['checkout', '-q', BRANCH])
  m.write('debian/README.source', 'maintainer note\n')
  await m.commit('d/README.source: explain the stable patches', {
    author: 'Jane Packager',
    email: 'jane@example.org'
  })
  await m.git.exec(['push', '-q', 'origin', BRANCH])
  const edited = await w.branchSha()
  const before = w.pushes().length

  const first = await w.run()
  expect(first.outputs).toMatchObject({ operation: 'unchanged', 'head-sha': edited })
  expect(JSON.parse(first.outputs.tracks)[0]).toMatchObject({ paused: true })
  w.server.clearLog()
  const second = await w.run()
  expect(second.code).toBe(0)
  expect(w.server.writes()).toEqual([])
  const paused = w.server.state.commentsOn(1).filter(c => c.body.includes('paused updates'))
  expect(paused).toHaveLength(1)
  expect(paused[0].body).toMatch(/Jane Packager/)
  expect(w.pushes()).toHaveLength(before)
  expect(await w.branchSha()).toBe(edited)

  // The maintainer drops their commit: the bot's branch is back, nothing to push.
  await m.git.exec(['push', '-q', '--force', 'origin', `${BRANCH}~1:${BRANCH}`])
  const resumed = await w.run()
  expect(resumed.outputs).toMatchObject({ operation: 'unchanged' })
  expect(JSON.parse(resumed.outputs.tracks)[0]).toMatchObject({ paused: false })
})

test('dry-run says what it would do and writes nothing', async () => {
  const u = w.fixture.upstream
  await u.git(['checkout', '-q', 'stable-1.0'])
  await u.reload()
  await u.fix('src/b.c', 25, 'b: fix another leak')
  await u.git(['checkout', '-q', 'master'])
  w.server.clearLog()
  const before = w.pushes().length
  const r = await w.run({ 'dry-run': 'true' })
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'updated', patches: '5' })
  expect(w.server.writes()).toEqual([])
  expect(w.pushes()).toHaveLength(before)
})

test('the base branch moves on: the bot branch is rebuilt on the new base, same PR', async () => {
  const m = await maintainerClone(w, 'maint-base')
  m.write('debian/README.Debian', 'packaging notes\n')
  await m.commit('d/README.Debian: notes', { author: 'Jane Packager', email: 'jane@example.org' })
  await m.git.exec(['push', '-q', 'origin', 'main'])

  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'updated', 'pull-request-number': '1', patches: '5' })
  expect(await w.origin.test(['merge-base', '--is-ancestor', 'main', BRANCH])).toBe(true)
  expect(await w.origin.text(['rev-list', '--count', `main..${BRANCH}`])).toBe('1')
})

test('a PR closed unmerged stays closed for the same fixes; a new upstream fix opens a new one', async () => {
  Object.assign(pull(1), { state: 'closed', closedAt: '2026-11-25T13:00:00Z' })
  w.server.clearLog()
  const declined = await w.run()
  expect(declined.outputs).toMatchObject({ operation: 'none', 'pull-request-number': '1' })
  expect(JSON.parse(declined.outputs.tracks)[0].reason).toMatch(/declined in #1/)
  expect(w.server.writes()).toEqual([])

  const u = w.fixture.upstream
  await u.git(['checkout', '-q', 'stable-1.0'])
  await u.reload()
  await u.fix('src/b.c', 28, 'b: fix a third leak')
  await u.git(['checkout', '-q', 'master'])
  const r = await w.run()
  expect(r.outputs).toMatchObject({ operation: 'created', 'pull-request-number': '2', patches: '6' })
  expect(pull(1).state).toBe('closed')
})

test('upstream reverts every pending fix: the PR is closed with a comment and the branch deleted', async () => {
  const u = w.fixture.upstream
  await u.git(['checkout', '-q', 'stable-1.0'])
  const pending = (await u.git(['rev-list', 'v1.0.0..stable-1.0'])).split('\n')
  for (const sha of pending) await u.git(['revert', '--no-edit', sha])
  await u.git(['checkout', '-q', 'master'])

  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'closed', 'pull-request-number': '2', 'head-sha': '' })
  expect(pull(2).state).toBe('closed')
  expect(w.server.state.commentsOn(2).at(-1)!.body).toMatch(/closed this pull request/)
  expect(await w.branchSha()).toBeUndefined()

  w.server.clearLog()
  expect((await w.run()).outputs).toMatchObject({ operation: 'none' })
  expect(w.server.writes()).toEqual([])
})
