import { join } from 'node:path'
import { markBinary } from '../../../src/engine/phases/binary.js'
import { makeTempDir } from '../../helpers/tmp.js'
import { numbered, phaseRepo, walkStates } from '../../helpers/walk-states.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

test('a commit changing a blob with a NUL byte anywhere is a binary problem; verdicts are kept', async () => {
  const repo = await phaseRepo(tmp.dir)
  repo.write('a.c', numbered('a', 5))
  repo.write('rom.bin', Buffer.concat([Buffer.alloc(9000, 'x'), Buffer.from([0])]))
  const pin = await repo.commit('start')
  repo.write('a.c', numbered('a', 5, { 2: 'fixed' }))
  await repo.commit('a: fix')
  repo.write('rom.bin', Buffer.from('now text\n'))
  await repo.commit('rom: update')
  const tip = await repo.git.text(['rev-parse', 'HEAD'])
  const { states } = await walkStates(repo, pin, tip)
  for (const s of states) s.decision.kept = s.step.commit.files.map(f => f.path)
  const cache = join(tmp.dir, 'verdicts')
  await markBinary(repo.git, states, cache)
  expect(states.map(s => [s.decision.action, s.decision.kind])).toEqual([
    ['take', undefined],
    ['problem', 'binary']
  ])
  expect(states[1].decision.text).toMatch(/^changes binary file rom\.bin: a quilt patch cannot carry it/)
  // A second run reads the verdicts back (same answer).
  for (const s of states)
    s.decision = { action: 'take', kept: s.step.commit.files.map(f => f.path), dropped: [] }
  await markBinary(repo.git, states, cache)
  expect(states[1].decision.kind).toBe('binary')
})
