import { DiffCache } from '../../../src/engine/phases/diff-cache.js'
import { proveSeries } from '../../../src/engine/phases/prove.js'
import { memoryLogger } from '../../../src/log.js'
import type { ExistingSeries } from '../../../src/series/existing.js'
import { makeTempDir } from '../../helpers/tmp.js'
import { noSeries, numbered, phaseRepo, walkStates } from '../../helpers/walk-states.js'
import type { FixtureRepo } from '../../helpers/git-fixture.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

let repo: FixtureRepo
let pin: string
const c: Record<string, string> = {}
beforeAll(async () => {
  repo = await phaseRepo(tmp.dir)
  repo.write('a.c', numbered('a', 20))
  repo.write('b.c', numbered('b', 20))
  pin = await repo.commit('start')
  repo.write('a.c', numbered('a', 20, { 5: 'a five' }))
  c.left = await repo.commit('a: left out')
  repo.write('a.c', numbered('a', 20, { 5: 'a five', 6: 'a six' }))
  c.needsLeft = await repo.commit('a: needs the one left out')
  repo.write('a.c', numbered('a', 20, { 5: 'a five', 6: 'a six', 18: 'a eighteen' }))
  c.farAway = await repo.commit('a: far from it')
  repo.write('b.c', numbered('b', 20, { 2: 'b two' }))
  c.b = await repo.commit('b: fix')
})

async function prove(leftOut: string[], existing: ExistingSeries = noSeries) {
  const tip = c.b
  const { states } = await walkStates(repo, pin, tip)
  for (const s of states) {
    s.decision.kept = s.step.commit.files.map(f => f.path)
    if (leftOut.includes(s.step.commit.sha))
      s.decision = { ...s.decision, action: 'skip', reason: 'excluded-subject' }
  }
  const { verification } = await proveSeries({
    git: repo.git,
    pinSha: pin,
    tipSha: tip,
    states,
    existing,
    ownOnly: new Set(),
    inRange: () => false,
    diffs: new DiffCache(repo.git),
    tmpDir: tmp.dir,
    log: memoryLogger(),
    trackName: 't'
  })
  return { verification, decisions: states.map(s => [s.decision.action, s.decision.kind]) }
}

test('everything taken: the series applies and reproduces the tip', async () => {
  const r = await prove([])
  expect(r.verification.status).toBe('ok')
  expect(r.decisions.every(([a]) => a === 'take')).toBe(true)
})

test('a commit that needs a left-out one does not apply; the ones after it that still apply are taken', async () => {
  const r = await prove([c.left])
  expect(r.decisions).toEqual([
    ['skip', undefined],
    ['problem', 'does-not-apply'],
    ['take', undefined],
    ['take', undefined]
  ])
  // a.c keeps the pin's line 5 while later patches change it: a human must look.
  expect(r.verification).toMatchObject({ status: 'failed', differences: ['a.c'] })
})

test("the package's own series that does not apply fails the verification", async () => {
  const broken = 'diff --git a/b.c b/b.c\n--- a/b.c\n+++ b/b.c\n@@ -1,1 +1,1 @@\n-not there\n+x\n'
  const existing: ExistingSeries = {
    seriesFile: 'series',
    seriesText: 'own.patch\n',
    patches: [
      {
        name: 'own.patch',
        file: 'debian/patches/own.patch',
        bytes: Buffer.from(broken),
        header: '',
        diff: broken,
        files: ['b.c'],
        refs: []
      }
    ]
  }
  const r = await prove([], existing)
  expect(r.verification).toMatchObject({ status: 'failed', text: expect.stringMatching(/own\.patch fails/) })
})
