import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { makeSyncWorld, type SyncWorld } from '../helpers/sync-action-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

// The contract between the REAL bundled sync action and workflow-plan, as the reusable workflow
// wires them: the action's per-track `tracks` output (its only output for an all-tracks run) drives
// the build, boot and report matrices.
const tmp = makeTempDir('sync-action-plan-')
let w: SyncWorld

beforeAll(async () => {
  w = await makeSyncWorld(tmp.dir)
})
afterAll(async () => {
  await w?.stop()
  tmp.cleanup()
})
afterEach(() => expect(w.server.violations.splice(0)).toEqual([]))

async function plan(tracks: string, summary: string) {
  let out = ''
  let err = ''
  const code = await runCli(
    [
      'workflow-plan',
      '--repo',
      w.checkout,
      '--override',
      '{"releases": ["debian:bookworm"]}',
      '--sync-tracks',
      tracks,
      '--event',
      'schedule',
      '--stable-sync-repository',
      'me/stable-sync',
      '--stable-sync-ref',
      'f'.repeat(40),
      '--summary',
      summary,
      '--json'
    ],
    {
      out: t => void (out += t),
      err: t => void (err += t + '\n'),
      cwd: w.checkout,
      env: { PATH: process.env.PATH }
    }
  )
  expect(err).not.toMatch(/error/i)
  expect(code).toBe(0)
  return JSON.parse(out)
}

test('an all-tracks run (no tracks input): the changed track is built at its head and reported on its PR', async () => {
  const r = await w.run()
  expect(r.code).toBe(0)
  const head = await w.branchSha()
  const p = await plan(r.outputs.tracks, join(tmp.dir, 'summary1.md'))
  expect(p.build).toEqual([expect.objectContaining({ track: 'demo', sha: head, release: 'debian:bookworm' })])
  expect(p.report).toEqual([{ track: 'demo', pr: 1, headSha: head }])
  expect(p.bootNote).toBe('no KVM runner configured')
  expect(p.boot).toEqual([])
})

test('the next, idle run builds nothing and the summary says why', async () => {
  await w.refreshCheckout()
  const r = await w.run()
  expect(r.code).toBe(0)
  const summary = join(tmp.dir, 'summary2.md')
  const p = await plan(r.outputs.tracks, summary)
  expect(p.build).toEqual([])
  expect(p.tracks).toEqual([
    expect.objectContaining({ track: 'demo', build: false, reason: expect.stringMatching(/^unchanged/) })
  ])
  expect(readFileSync(summary, 'utf8')).toContain('Nothing is built in this run.')
})
