import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { maintainerClone, makeSyncWorld, type SyncWorld } from '../helpers/sync-action-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

// The real bundled action after Beta Freeze: no pull request, no push; the pending fixes go to one
// tracking issue, updated in place (a second run writes nothing).
const tmp = makeTempDir('sync-calendar-')
let w: SyncWorld

beforeAll(async () => {
  w = await makeSyncWorld(tmp.dir)
  const m = await maintainerClone(w)
  appendFileSync(
    join(m.dir, '.github/stable-sync.yml'),
    "calendar:\n  feature-freeze: '2020-01-01'\n  beta-freeze: '2020-02-01'\n"
  )
  await m.commit('stable-sync: freeze calendar', { author: 'Jane Packager', email: 'jane@example.org' })
  await m.git.exec(['push', '-q', 'origin', 'main'])
  await w.refreshCheckout()
})

afterAll(async () => {
  await w?.stop()
  tmp.cleanup()
})

afterEach(() => expect(w.server.violations.splice(0)).toEqual([]))

test('frozen: a tracking issue lists the pending fixes, no PR, no push; the next run writes nothing', async () => {
  const maintainerPushes = w.pushes().length
  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'none', 'pull-request-number': '' })
  expect(JSON.parse(r.outputs.tracks)[0].reason).toMatch(
    /^frozen .*3 fix\(es\) held.*tracking issue #1 created/
  )
  expect(w.server.state.pulls.size).toBe(0)
  expect(w.pushes()).toHaveLength(maintainerPushes)
  const issue = w.server.state.issues.get(1)!
  for (const sha of Object.values(w.fixture.shas)) expect(issue.body).toContain(sha.slice(0, 12))

  w.server.clearLog()
  const again = await w.run()
  expect(again.code).toBe(0)
  expect(w.server.writes()).toEqual([])
  expect(w.server.state.issues.size).toBe(1)
})
