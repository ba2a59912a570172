import { makeTempDir } from '../helpers/tmp.js'
import { BRANCH, maintainerClone, makeSyncWorld, type SyncWorld } from '../helpers/sync-action-fixture.js'

// The REAL bundled action declining one fix in review: a maintainer ticks a fix's "leave out" box in
// the bot's PR; the next run drops the patch and records the decline in the configuration file on the
// bot branch; later runs (idle, and with a new upstream fix) never propose it again. Ticks in a PR the
// bot did not open are ignored; a patch removed by hand pauses the bot, and its notice says that this
// does not decline the fix. Steps share one world and run in order.
const tmp = makeTempDir('sync-declines-')
let w: SyncWorld

beforeAll(async () => {
  w = await makeSyncWorld(tmp.dir)
})

afterAll(async () => {
  await w?.stop()
  tmp.cleanup()
})

afterEach(() => expect(w.server.violations.splice(0)).toEqual([]))

const pull = () => w.server.state.pulls.get(1)!
const tick = (body: string, sha: string): string => {
  const line = body.split('\n').find(l => l.includes(`<!-- stable-sync:leave-out ${sha} -->`))
  if (!line) throw new Error(`no leave-out box for ${sha} in the body`)
  return body.replace(line, line.replace('- [ ]', '- [x]'))
}
const configOnBranch = (): Promise<string> => w.origin.text(['show', `${BRANCH}:.github/stable-sync.yml`])
const patchesOnBranch = async (): Promise<string> =>
  w.origin.text(['show', `${BRANCH}:debian/patches/series`])

test('the first run gives every patch a leave-out box', async () => {
  const r = await w.run()
  expect(r.outputs).toMatchObject({ operation: 'created', 'pull-request-number': '1', patches: '3' })
  for (const sha of Object.values(w.fixture.shas))
    expect(pull().body).toMatch(
      new RegExp(
        `^- \\[ \\] leave out \`${sha.slice(0, 12)}\` .* <!-- stable-sync:leave-out ${sha} -->$`,
        'm'
      )
    )
})

test('a tick in a pull request stable-sync did not open is ignored', async () => {
  const body = pull().body!
  const author = pull().user
  pull().user = 'mallory'
  pull().body = tick(body, w.fixture.shas.fixB)
  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.stdout + r.stderr).toContain(
    "ticked 'leave out' boxes, but it is not stable-sync's own pull request"
  )
  expect(await patchesOnBranch()).toContain('b-fix-leak')
  expect(await configOnBranch()).not.toContain('commits:')
  pull().user = author
  pull().body = body
})

test("a ticked box: the next run drops the patch and records the decline in the branch's config", async () => {
  const config = await w.origin.text(['show', 'main:.github/stable-sync.yml'])
  pull().body = tick(pull().body!, w.fixture.shas.fixB)
  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'updated', 'pull-request-number': '1', patches: '2' })
  const series = await patchesOnBranch()
  expect(series).not.toContain('b-fix-leak')
  expect(series).toContain('a-fix-overflow')
  // The base's file plus the decline, nothing else changed (git's text output is trimmed).
  expect(await configOnBranch()).toBe(
    [
      config,
      '    exclude:',
      '      commits:',
      `        - sha: ${w.fixture.shas.fixB}`,
      '          subject: "b: fix leak"',
      '          reason: left out in review',
      '          by: "a maintainer via PR #1"'
    ].join('\n')
  )
  const body = pull().body!
  expect(pull().title).toBe('demo: 2 fixes from upstream stable-1.0')
  expect(body).toContain('### Declined in review')
  expect(body).toContain(
    `\`${w.fixture.shas.fixB.slice(0, 12)}\` b: fix leak: left out in review (a maintainer via PR #\u200d1)`
  )
  expect(body).not.toContain(`<!-- stable-sync:leave-out ${w.fixture.shas.fixB} -->`)
  // Still one bot commit on base.
  expect((await w.origin.text(['rev-list', '--count', `main..${BRANCH}`])).trim()).toBe('1')
})

test('an idle run keeps the decline and writes nothing', async () => {
  w.server.clearLog()
  const head = await w.branchSha()
  const r = await w.run()
  expect(r.outputs).toMatchObject({ operation: 'unchanged', patches: '2' })
  expect(w.server.writes()).toEqual([])
  expect(await w.branchSha()).toBe(head)
})

test('a new upstream fix updates the PR; the declined one is still left out, its decline still recorded', async () => {
  const u = w.fixture.upstream
  await u.git(['checkout', '-q', 'stable-1.0'])
  await u.reload()
  const later = await u.fix('src/b.c', 25, 'b: fix another leak')
  await u.git(['checkout', '-q', 'master'])
  const r = await w.run()
  expect(r.outputs).toMatchObject({ operation: 'updated', patches: '3' })
  const series = await patchesOnBranch()
  expect(series).not.toContain('b-fix-leak.patch')
  expect(series).toContain('b-fix-another-leak')
  expect(await configOnBranch()).toContain(`- sha: ${w.fixture.shas.fixB}`)
  expect(pull().body).toContain(`<!-- stable-sync:leave-out ${later} -->`)
  expect(pull().body).toContain('### Declined in review')
})

test('a patch removed by hand pauses the bot, and the notice says it is not a decline', async () => {
  const m = await maintainerClone(w)
  await m.git.exec(['checkout', '-q', BRANCH])
  const series = (await m.git.text(['show', 'HEAD:debian/patches/series'])).split('\n')
  const victim = series.find(l => l.includes('docs-fix-typo'))!
  await m.git.exec(['rm', '-q', `debian/patches/${victim}`])
  m.write('debian/patches/series', series.filter(l => l !== victim).join('\n') + '\n')
  await m.commit('d/p: drop the docs fix', { author: 'Jane Packager', email: 'jane@example.org' })
  await m.git.exec(['push', '-q', 'origin', BRANCH])
  const r = await w.run()
  expect(JSON.parse(r.outputs.tracks)[0]).toMatchObject({ paused: true })
  const notice = w.server.state.commentsOn(1).find(c => c.body.includes('paused updates'))!
  expect(notice.body).toContain(`\`debian/patches/${victim}\``)
  expect(notice.body).toContain('Removing a patch by hand does not decline its fix')
})
