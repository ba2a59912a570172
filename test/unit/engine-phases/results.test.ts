import { collectResults } from '../../../src/engine/phases/results.js'
import type { StepState } from '../../../src/engine/phases/state.js'
import { fakeCommit } from '../../helpers/walk-states.js'

test('patches in walk order, skips with reasons, problems sorted by commit order, reductions flagged', () => {
  const a = fakeCommit(1, 'a: fix', [{ path: 'a.c' }, { path: 'a.h' }])
  const b = fakeCommit(2, 'b: binary', [{ path: 'b.bin' }])
  const c = fakeCommit(3, 'c: bump', [{ path: 'VERSION' }])
  const states: StepState[] = [
    { step: { kind: 'commit', commit: a }, decision: { action: 'take', kept: ['a.c'], dropped: ['a.h'] } },
    {
      step: { kind: 'commit', commit: b },
      decision: { action: 'problem', kind: 'binary', text: 'binary', kept: ['b.bin'], dropped: [] }
    },
    {
      step: { kind: 'commit', commit: c },
      decision: { action: 'skip', reason: 'version-bump', text: 'bump', kept: [], dropped: [] }
    }
  ]
  const r = collectResults(states, [a, b, c])
  expect(r.steps.map(s => [s.kind, s.upstream, s.kept, s.dropped])).toEqual([
    ['commit', [a.sha], ['a.c'], ['a.h']]
  ])
  expect(r.skipped).toEqual([{ sha: c.sha, subject: 'c: bump', reason: 'version-bump', text: 'bump' }])
  expect(r.problems.map(p => [p.sha, p.kind])).toEqual([
    [a.sha, 'reduced'],
    [b.sha, 'binary']
  ])
})
