import { ShaSet } from '../../../src/classify/refs.js'
import { cancelReverts } from '../../../src/engine/phases/reverts.js'
import { statesByCommit, type StepState } from '../../../src/engine/phases/state.js'
import type { CommitInfo } from '../../../src/walk/types.js'
import { fakeCommit } from '../../helpers/walk-states.js'

const taken = (c: CommitInfo, action: 'take' | 'skip' = 'take'): StepState => ({
  step: { kind: 'commit', commit: c },
  decision: { action, kept: ['a.c'], dropped: [] }
})

test('a revert and its target in the range cancel out; a revert of something outside it is a fix', () => {
  const target = fakeCommit(1, 'a: tweak', [{ path: 'a.c' }])
  const revert = fakeCommit(2, `Revert "a: tweak"\n\nThis reverts commit ${target.sha}.`, [{ path: 'a.c' }])
  const outside = fakeCommit(3, `Revert "old"\n\nThis reverts commit ${'e'.repeat(40)}.`, [{ path: 'a.c' }])
  const states = [taken(target), taken(revert), taken(outside)]
  const inRange = new ShaSet<CommitInfo>()
  for (const c of [target, revert, outside]) inRange.add(c.sha, c)
  cancelReverts(states, inRange, statesByCommit(states))
  expect(states.map(s => [s.decision.action, s.decision.reason, s.decision.text])).toEqual([
    ['skip', 'reverted', `reverted by ${revert.sha} in the same range`],
    ['skip', 'reverted', `reverts ${target.sha} from the same range`],
    ['take', undefined, undefined]
  ])
})

test('a revert of a commit that is not taken stays a fix of its own', () => {
  const target = fakeCommit(1, 'a: tweak', [{ path: 'a.c' }])
  const revert = fakeCommit(2, `Revert\n\nThis reverts commit ${target.sha}.`, [{ path: 'a.c' }])
  const states = [taken(target, 'skip'), taken(revert)]
  const inRange = new ShaSet<CommitInfo>()
  for (const c of [target, revert]) inRange.add(c.sha, c)
  cancelReverts(states, inRange, statesByCommit(states))
  expect(states[1].decision.action).toBe('take')
})
