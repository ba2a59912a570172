import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeCalendarResult, runWithCalendar } from '../../../src/calendar/policy.js'
import { trackCalendar } from '../../../src/calendar/track-calendar.js'
import type { Config } from '../../../src/config/types.js'
import { applyTrack } from '../../../src/engine/apply.js'
import { planTrack } from '../../../src/engine/plan.js'
import type { EngineOptions } from '../../../src/engine/types.js'
import { memoryLogger } from '../../../src/log.js'
import { editLine, lines, makePackaging, Upstream } from '../../helpers/stable-history.js'
import { makeTempDir } from '../../helpers/tmp.js'

/**
 * Freeze-exception selections are resolved by content, on a stable branch whose first-parent history
 * merges an upstream point release (with a conflict resolution): a ticked fix before, inside or after
 * the merge is taken alone when it applies alone; a fix that needs an earlier one pulls exactly that
 * one in (and says so); what cannot be completed is a problem, and nothing is written.
 *
 *   v1.0.0 ─ fixA(a.c:5) ─ fixB(b.c:3) ─────────── M ─ fixC(c.c:20) ─ fixD(b.c:4) ─ fixE(a.c:5)
 *       └─ point(c.c:5) ─ point2(b.c:3, conflicts) ─┘
 */
const tmp = makeTempDir()
const engine = { planTrack, applyTrack }
const now = new Date('2026-12-10T12:00:00Z')
const s: Record<string, string> = {}
let up: Upstream
let home: string
let n = 0

beforeAll(async () => {
  home = join(tmp.dir, 'home')
  mkdirSync(home, { recursive: true })
  up = await Upstream.create(join(tmp.dir, 'upstream'), home, {
    VERSION: '1.0.0\n',
    'src/a.c': lines('a'),
    'src/b.c': lines('b'),
    'src/c.c': lines('c')
  })
  await up.git(['tag', 'v1.0.0'])
  await up.git(['checkout', '-q', '-b', 'stable-1.0.1'])
  s.point = await up.fix('src/c.c', 5, 'c: fix from the point release')
  s.point2 = await up.fix('src/b.c', 3, 'b: fix from the point release')
  await up.git(['checkout', '-q', '-b', 'stable-1.0', 'v1.0.0'])
  await up.reload()
  s.fixA = await up.fix('src/a.c', 5, 'a: first fix after the pin')
  s.fixB = await up.fix('src/b.c', 3, 'b: stable fix')
  const r = up.repo
  await r.git.exec(['merge', '--no-ff', '-q', '-m', "Merge tag 'v1.0.1' into stable-1.0", 'stable-1.0.1'], {
    env: r.identityEnv(),
    allowFailure: true
  })
  r.write('src/b.c', editLine(up.text('src/b.c'), 3, 'src/b.c line 3 fixed by both (resolution)'))
  r.write(
    'src/c.c',
    editLine(up.text('src/c.c'), 5, 'src/c.c line 5 fixed by "c: fix from the point release"')
  )
  await r.git.exec(['add', '-A'])
  await r.git.exec(['commit', '-q', '--no-edit'], { env: r.identityEnv() })
  s.merge = await r.git.text(['rev-parse', 'HEAD'])
  await up.reload()
  s.fixC = await up.fix('src/c.c', 20, 'c: fix after the merge')
  s.fixD = await up.fix('src/b.c', 4, 'b: fix next to the resolution')
  s.fixE = await up.fix('src/a.c', 5, 'a: fix the first fix again')
  await up.git(['checkout', '-q', 'master'])
})
afterAll(() => tmp.cleanup())

async function packaging(patches: [string, string][] = []): Promise<{ opts: EngineOptions; config: Config }> {
  const dir = join(tmp.dir, `pkg-${++n}`)
  const { config } = await makePackaging(dir, home, up.repo.dir, { version: '1.0.0-1', patches })
  config.calendar = { featureFreeze: '2026-11-01', betaFreeze: '2026-12-01' }
  const opts = { repoDir: dir, config, cacheDir: join(tmp.dir, 'cache'), log: memoryLogger(), now, env: {} }
  return { opts, config }
}

async function select(shas: string[], action: 'plan' | 'apply' = 'plan', patches: [string, string][] = []) {
  const { opts, config } = await packaging(patches)
  const track = config.tracks[0]
  const calendar = await trackCalendar(config, track, now)
  expect(calendar.mode).toBe('frozen')
  const r = await runWithCalendar(action, opts, track, calendar, engine, { freezeException: shas })
  return { r, opts }
}

test('the first fix after the pin, before a merged point release, is taken alone', async () => {
  const { r } = await select([s.fixA])
  expect(r.problems).toEqual([])
  expect(r.patches.map(p => p.upstream)).toEqual([[s.fixA]])
  expect(r.freezeException).toEqual({ shas: [s.fixA] })
  expect(r.selection?.added).toEqual([])
  expect(r.verification.status).toBe('ok')
  const skipped = new Map(r.skipped.map(k => [k.sha, k.reason]))
  for (const other of [s.fixB, s.point, s.merge, s.fixC, s.fixD, s.fixE])
    expect(skipped.get(other)).toBe('not-selected')
})

test('a fix after the merge, and one inside it that applies alone, are taken alone', async () => {
  const after = await select([s.fixC])
  expect(after.r.patches.map(p => p.upstream)).toEqual([[s.fixC]])
  expect(after.r.verification.status).toBe('ok')
  const inside = await select([s.point])
  expect(inside.r.problems).toEqual([])
  expect(inside.r.patches.map(p => p.upstream)).toEqual([[s.point]])
  expect(inside.r.verification.status).toBe('ok')
})

test('a fix that needs an earlier one by content pulls exactly that one in, and says why', async () => {
  const { r } = await select([s.fixE])
  expect(r.problems).toEqual([])
  expect(r.patches.map(p => p.upstream)).toEqual([[s.fixA], [s.fixE]])
  expect(r.selection?.added).toEqual([
    {
      sha: s.fixA,
      subject: 'a: first fix after the pin',
      neededBy: s.fixE,
      why: `${s.fixE.slice(0, 12)} does not apply at fuzz 0 without it (both change src/a.c)`
    }
  ])
  expect(describeCalendarResult(r)).toContain(
    `  added: ${s.fixA.slice(0, 12)} a: first fix after the pin: needed by ${s.fixE.slice(0, 12)} ` +
      `(${s.fixE.slice(0, 12)} does not apply at fuzz 0 without it (both change src/a.c))`
  )
})

test("a fix next to a merge's conflict resolution pulls in the resolution and what the resolution needs", async () => {
  const { r, opts } = await select([s.fixD], 'apply')
  expect(r.problems).toEqual([])
  expect(r.changed).toBe(true)
  expect(r.verification.status).toBe('ok')
  expect(r.patches.map(p => [p.kind, p.upstream])).toEqual([
    ['commit', [s.fixB]],
    ['merge-residual', [s.merge, s.point2]],
    ['commit', [s.fixD]]
  ])
  expect(r.selection?.added.map(a => [a.sha, a.neededBy])).toEqual([
    [s.merge, s.fixD],
    [s.fixB, s.merge]
  ])
  const series = readFileSync(join(opts.repoDir, 'debian/patches/series'), 'utf8').trim().split('\n')
  expect(series).toHaveLength(3)
})

test('a fix inside the merge that only applies as part of it pulls in the merge resolution', async () => {
  const { r } = await select([s.point2])
  expect(r.problems).toEqual([])
  expect(r.patches.map(p => p.upstream)).toEqual([[s.fixB], [s.merge, s.point2]])
  expect(r.selection?.added.map(a => a.sha)).toEqual([s.merge, s.fixB])
  expect(r.selection?.added[0].why).toContain('does not apply on its own inside merge')
})

test('a selection that no upstream commit can complete is unresolved, and apply writes nothing', async () => {
  // The package's own patch changes c.c line 20 differently: fixC conflicts with it, whatever is added.
  const own = [
    'Description: our own change',
    '--- a/src/c.c',
    '+++ b/src/c.c',
    '@@ -19,3 +19,3 @@',
    ' c line 19',
    '-c line 20',
    '+c line 20 (ours)',
    ' c line 21',
    ''
  ].join('\n')
  const { opts, config } = await packaging([['ours.patch', own]])
  const r = await applyTrack(opts, { ...config.tracks[0], selection: [s.fixC] })
  expect(r.changed).toBe(false)
  expect(r.selection?.unresolved).toEqual([
    { sha: s.fixC, text: expect.stringContaining('does not apply at fuzz 0, and no earlier upstream commit') }
  ])
  expect(r.problems).toContainEqual(expect.objectContaining({ sha: s.fixC, kind: 'does-not-apply' }))
  expect(readFileSync(join(opts.repoDir, 'debian/patches/series'), 'utf8')).toBe('ours.patch\n')
})

// exclude.commits is the same rule: a decline inside or of a merge is honoured or reported, never lost.
describe('declines in the same history', () => {
  const declining = async (...shas: string[]) => {
    const { opts, config } = await packaging()
    const track = {
      ...config.tracks[0],
      exclude: { ...config.tracks[0].exclude, commits: shas.map(sha => ({ sha, reason: 'not for us' })) }
    }
    return planTrack(opts, track)
  }

  test('a declined commit inside the merge that applies alone is left out; the rest verifies', async () => {
    const r = await declining(s.point)
    expect(r.skipped.find(k => k.sha === s.point)?.reason).toBe('declined')
    expect(r.patches.flatMap(p => p.upstream)).not.toContain(s.point)
    expect(r.problems).toEqual([])
    expect(r.verification.status).toBe('ok')
  })

  test("a declined commit only the merge's resolution can carry is a problem, not taken silently", async () => {
    const r = await declining(s.point2)
    expect(r.patches.flatMap(p => p.upstream)).not.toContain(s.merge)
    expect(r.problems).toContainEqual({
      sha: s.merge,
      kind: 'does-not-apply',
      text: expect.stringContaining(`carries declined ${s.point2}`)
    })
  })

  test('a declined merge leaves out its resolution and reports the commits only it carried', async () => {
    const r = await declining(s.merge)
    const skipped = new Map(r.skipped.map(k => [k.sha, k]))
    expect(skipped.get(s.merge)?.reason).toBe('declined')
    expect(skipped.get(s.point2)).toMatchObject({
      reason: 'declined',
      text: expect.stringContaining(`does not apply on its own inside merge ${s.merge}`)
    })
    expect(r.patches.flatMap(p => p.upstream)).toEqual([s.fixA, s.fixB, s.point, s.fixC, s.fixE])
  })
})

test('a selected fix that needs a declined one is unresolved, and says which decline is in the way', async () => {
  const { opts, config } = await packaging()
  const track = {
    ...config.tracks[0],
    exclude: { ...config.tracks[0].exclude, commits: [{ sha: s.fixA, reason: 'not for us' }] },
    selection: [s.fixE]
  }
  const r = await applyTrack(opts, track)
  expect(r.changed).toBe(false)
  expect(r.selection?.unresolved).toEqual([
    {
      sha: s.fixE,
      text: `${s.fixE.slice(0, 12)} does not apply at fuzz 0 without ${s.fixA.slice(0, 12)}, which exclude.commits declines`
    }
  ])
})
