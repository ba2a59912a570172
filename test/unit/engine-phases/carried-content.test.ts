import { candidatesByContent, markCarriedByContent } from '../../../src/engine/phases/carried-content.js'
import { DiffCache } from '../../../src/engine/phases/diff-cache.js'
import type { ExistingSeries } from '../../../src/series/existing.js'
import { makeTempDir } from '../../helpers/tmp.js'
import { numbered, phaseRepo, walkStates } from '../../helpers/walk-states.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

test('a commit whose change an existing patch makes (other context, shifted lines) is already carried', async () => {
  const repo = await phaseRepo(tmp.dir)
  repo.write('a.c', numbered('a', 30))
  repo.write('b.c', numbered('b', 30))
  const pin = await repo.commit('start')
  repo.write('a.c', numbered('a', 30, { 12: 'a fixed' }))
  const fix = await repo.commit('a: fix')
  repo.write('b.c', numbered('b', 30, { 3: 'b fixed' }))
  await repo.commit('b: fix')
  const tip = await repo.git.text(['rev-parse', 'HEAD'])
  // The maintainer's backport of a: fix, made with one line of context against shifted lines.
  const backport = (await repo.git.text(['diff', '-U1', `${fix}~1`, fix]))
    .replace(/^@@ -(\d+),(\d+) \+(\d+),(\d+) @@/m, (_m, a, b, c, d) => `@@ -${a - 4},${b} +${c - 4},${d} @@`)
    .concat('\n')
  const existing: ExistingSeries = {
    seriesFile: 'series',
    seriesText: 'a.patch\n',
    patches: [
      {
        name: 'a.patch',
        file: 'debian/patches/a.patch',
        bytes: Buffer.from(backport),
        header: '',
        diff: backport,
        files: ['a.c'],
        refs: []
      }
    ]
  }
  const { states } = await walkStates(repo, pin, tip)
  for (const s of states) s.decision.kept = s.step.commit.files.map(f => f.path)
  const candidates = candidatesByContent(states, new Set(['a.c']))
  expect(candidates.map(s => s.step.commit.sha)).toEqual([fix])
  const diffs = new DiffCache(repo.git)
  await diffs.ensure(candidates.map(s => s.step.commit))
  await markCarriedByContent(repo.git, candidates, existing, diffs)
  expect(states.map(s => [s.decision.action, s.decision.reason])).toEqual([
    ['skip', 'already-carried'],
    ['take', undefined]
  ])
  expect(states[0].decision.text).toBe(
    'already carried as debian/patches/a.patch (same patch-id of the changed lines, context ignored)'
  )
})
