import { join } from 'node:path'
import { makeTempDir } from '../helpers/tmp.js'
import { makeSyncWorld, type SyncWorld } from '../helpers/sync-action-fixture.js'

// The real bundled action against an unreliable GitHub: every fault converges on exactly one PR.
const tmp = makeTempDir('sync-faults-')
const worlds: SyncWorld[] = []
const PULLS = '/repos/{owner}/{repo}/pulls'

async function world(name: string): Promise<SyncWorld> {
  const w = await makeSyncWorld(join(tmp.dir, name))
  worlds.push(w)
  return w
}

afterAll(async () => {
  for (const w of worlds) await w.stop()
  tmp.cleanup()
})

afterEach(() => {
  for (const w of worlds) expect(w.server.violations.splice(0)).toEqual([])
})

const creates = (w: SyncWorld) =>
  w.server.requests
    .filter(r => r.method === 'POST' && r.template === PULLS)
    .map(r => r.fault ?? String(r.status))
const openPulls = (w: SyncWorld) => [...w.server.state.pulls.values()].filter(p => p.state === 'open')

test('a 502 on the create is retried: one PR', async () => {
  const w = await world('502')
  w.server.inject('POST', PULLS, { kind: 'status', status: 502 })
  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'created', 'pull-request-number': '1' })
  expect(creates(w)).toEqual(['502', '201'])
  expect(openPulls(w)).toHaveLength(1)
})

test('a secondary rate limit waits for retry-after, then creates: one PR', async () => {
  const w = await world('rate')
  w.server.inject('POST', PULLS, { kind: 'secondary-rate-limit', retryAfter: 1 })
  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.stdout).toMatch(/::warning::GitHub secondary rate limit on POST .*retrying after 1s/)
  expect(creates(w)).toEqual(['secondary-rate-limit', '201'])
  expect(openPulls(w)).toHaveLength(1)
})

test('a connection reset after GitHub created the PR: the retry finds it, still one PR', async () => {
  const w = await world('reset')
  w.server.inject('POST', PULLS, { kind: 'reset' }, { afterWrite: true })
  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'created', 'pull-request-number': '1' })
  expect(creates(w)).toEqual(['reset', '422'])
  expect(openPulls(w)).toHaveLength(1)
  expect(openPulls(w)[0].body).toContain('a: fix overflow')
})

test('GitHub down for the whole run: the run fails clearly, the next one converges without a second push', async () => {
  const w = await world('down')
  w.server.inject('POST', PULLS, { kind: 'status', status: 502 }, { times: 100 })
  const failed = await w.run()
  expect(failed.code).toBe(1)
  expect(failed.stdout).toMatch(/::error::.*demo.*502/)
  expect(w.pushes()).toHaveLength(1)
  expect(openPulls(w)).toHaveLength(0)

  w.server.clearFaults()
  w.server.clearLog()
  const r = await w.run()
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ operation: 'created', 'pull-request-number': '1' })
  expect(w.pushes()).toHaveLength(1)
  expect(openPulls(w)).toHaveLength(1)
})

test('a bad token stops the run with a clear error before anything is written', async () => {
  const w = await world('token')
  const r = await w.run({ token: 'ghp_wrong' })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/::error::GitHub rejected the token \(401 Bad credentials\).*`token` input/)
  expect(w.server.writes()).toEqual([])
  expect(w.pushes()).toHaveLength(0)
})

test('two runs at once (two runners) converge on one branch push and one PR', async () => {
  const w = await world('race')
  const other = await w.secondCheckout('checkout-2')
  // Two runners: each has its own checkout and tool cache.
  const [a, b] = await Promise.all([
    w.run(),
    w.run({}, { GITHUB_WORKSPACE: other, RUNNER_TOOL_CACHE: join(w.dir, 'toolcache-2') })
  ])
  expect([a.code, b.code]).toEqual([0, 0])
  expect([a.outputs.operation, b.outputs.operation].sort()).toEqual(
    expect.arrayContaining([expect.stringMatching(/^(created|updated|unchanged)$/)])
  )
  expect(w.pushes()).toHaveLength(1)
  expect(openPulls(w)).toHaveLength(1)
  expect(a.outputs['pull-request-number']).toBe(b.outputs['pull-request-number'])
})
