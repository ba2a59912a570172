import { ShaSet } from '../../../src/classify/refs.js'
import { compileRules } from '../../../src/classify/rules.js'
import type { TrackConfig } from '../../../src/config/types.js'
import { DiffCache } from '../../../src/engine/phases/diff-cache.js'
import { cleanMerge, mergedCommitsToDiff, resolveMerges } from '../../../src/engine/phases/merges.js'
import { statesByCommit } from '../../../src/engine/phases/state.js'
import { splitFileDiffs } from '../../../src/walk/diff.js'
import { join } from 'node:path'
import { makeTempDir } from '../../helpers/tmp.js'
import { fakeCommit, numbered, phaseRepo, walkStates } from '../../helpers/walk-states.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())
const rules = compileRules({
  paths: [],
  exclude: { paths: [], subjects: [] },
  versionFiles: []
} as unknown as TrackConfig)

test('cleanMerge: merged commits chaining blob for blob from the first parent to the merge', () => {
  const merge = fakeCommit(9, 'Merge', [{ path: 'f', oldBlob: '1'.repeat(40), newBlob: '3'.repeat(40) }], 2)
  const one = fakeCommit(1, 'one', [{ path: 'f', oldBlob: '1'.repeat(40), newBlob: '2'.repeat(40) }])
  const two = fakeCommit(2, 'two', [{ path: 'f', oldBlob: '2'.repeat(40), newBlob: '3'.repeat(40) }])
  const other = fakeCommit(3, 'other', [{ path: 'g' }])
  expect(cleanMerge(merge, [one, two])).toBe(true)
  expect(cleanMerge(merge, [two])).toBe(false)
  expect(cleanMerge(merge, [one, two, other])).toBe(false)
})

test('a merge with a conflict resolution: the merged commits that apply are carried, the rest is a residual', async () => {
  const repo = await phaseRepo(tmp.dir)
  const env = repo.identityEnv()
  repo.write('a.c', numbered('a', 20))
  repo.write('b.c', numbered('b', 20))
  const pin = await repo.commit('start')
  await repo.git.exec(['checkout', '-q', '-b', 'side'])
  repo.write('b.c', numbered('b', 20, { 15: 'b side' }))
  const sideB = await repo.commit('b: side fix')
  repo.write('a.c', numbered('a', 20, { 5: 'a side' }))
  const sideA = await repo.commit('a: side fix')
  await repo.git.exec(['checkout', '-q', 'main'])
  repo.write('a.c', numbered('a', 20, { 5: 'a main' }))
  await repo.commit('a: main fix')
  await repo.git.exec(['merge', '-q', '--no-ff', 'side'], { env, allowFailure: true })
  repo.write('a.c', numbered('a', 20, { 5: 'a resolved' }))
  const merge = await repo.commit('Merge side')
  const { shape, states } = await walkStates(repo, pin, merge)
  for (const s of states) s.decision.kept = s.step.commit.files.map(f => f.path)
  const diffs = new DiffCache(repo.git)
  await diffs.ensure(mergedCommitsToDiff(shape.merges))
  const byCommit = statesByCommit(states)
  await resolveMerges({
    git: repo.git,
    states,
    merges: shape.merges,
    byCommit,
    rules,
    carried: new ShaSet(),
    diffs,
    tmpDir: tmp.dir
  })
  expect(byCommit.get(sideB)!.decision.action).toBe('take')
  expect(byCommit.get(sideA)!.decision.action).toBe('folded')
  const residual = states.find(s => s.step.kind === 'residual')!
  expect(residual.decision.action).toBe('take')
  expect(residual.folded!.map(c => c.sha)).toEqual([sideA])
  expect(splitFileDiffs(residual.residualDiff!).map(f => f.path)).toEqual(['a.c'])
  expect(residual.residualDiff!.toString()).toContain('+a resolved')
})

// The residual, whichever way it is found (in memory for plain paths, with git apply in a scratch
// index for a path that is not plain ASCII), is git's diff from the first parent plus the carried
// commits to the merge: also for a file the merged commits never touch (an "evil" merge).
test.each([
  ['plain paths', 'src/a.c', 'src/deep/b.c', 'c.c'],
  ['a non-ASCII path', 'src/é.c', 'src/deep/b.c', 'c.c']
])('%s: the residual is the diff from the carried commits to the merge', async (name, a, b, c) => {
  const repo = await phaseRepo(join(tmp.dir, name.replace(/\W/g, '-')))
  const env = repo.identityEnv()
  repo.write(a, numbered('a', 20))
  repo.write(b, numbered('b', 20))
  repo.write(c, numbered('c', 20))
  const pin = await repo.commit('start')
  await repo.git.exec(['checkout', '-q', '-b', 'side'])
  repo.write(b, numbered('b', 20, { 15: 'b side' }))
  await repo.commit('b: side fix')
  repo.write(a, numbered('a', 20, { 5: 'a side' }))
  await repo.commit('a: side fix')
  await repo.git.exec(['checkout', '-q', 'main'])
  repo.write(a, numbered('a', 20, { 5: 'a main' }))
  const first = await repo.commit('a: main fix')
  await repo.git.exec(['merge', '-q', '--no-ff', 'side'], { env, allowFailure: true })
  repo.write(a, numbered('a', 20, { 5: 'a resolved' }))
  repo.write(c, numbered('c', 20, { 10: 'c only in the merge' }))
  await repo.git.exec(['add', '-A'])
  const merge = await repo.commit('Merge side')
  const { shape, states } = await walkStates(repo, pin, merge)
  for (const s of states) s.decision.kept = s.step.commit.files.map(f => f.path)
  const diffs = new DiffCache(repo.git)
  await diffs.ensure(mergedCommitsToDiff(shape.merges))
  await resolveMerges({
    git: repo.git,
    states,
    merges: shape.merges,
    byCommit: statesByCommit(states),
    rules,
    carried: new ShaSet(),
    diffs,
    tmpDir: tmp.dir
  })
  const residual = states.find(s => s.step.kind === 'residual')!
  // git's own answer: the carried commit applied onto the first parent, diffed to the merge.
  const index = { GIT_INDEX_FILE: `${tmp.dir}/expected.index` }
  await repo.git.exec(['read-tree', first], { env: index })
  for (const carried of residual.carriedSeparately!)
    await repo.git.exec(['apply', '--cached'], { env: index, input: diffs.get(carried.sha)! })
  const x = await repo.git.text(['write-tree'], { env: index })
  const expected = await repo.git.exec([
    'diff-tree',
    '-p',
    '--no-renames',
    '--full-index',
    x,
    `${merge}^{tree}`
  ])
  expect(residual.carriedSeparately!.map(s => s.subject)).toEqual(['b: side fix'])
  expect(residual.residualDiff!.toString('latin1')).toBe(expected.stdout.toString('latin1'))
  expect(splitFileDiffs(residual.residualDiff!).map(f => f.path)).toEqual([c, a].sort())
})
