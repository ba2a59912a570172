import { ShaSet } from '../../../src/classify/refs.js'
import { compileRules } from '../../../src/classify/rules.js'
import { classifyMetadata } from '../../../src/engine/phases/classify-metadata.js'
import type { StepState } from '../../../src/engine/phases/state.js'
import { fakeCommit } from '../../helpers/walk-states.js'
import type { TrackConfig } from '../../../src/config/types.js'

const rules = compileRules({
  paths: [],
  exclude: { paths: [], subjects: [] },
  versionFiles: ['VERSION']
} as unknown as TrackConfig)

const state = (c: ReturnType<typeof fakeCommit>, merge?: ReturnType<typeof fakeCommit>): StepState => ({
  step: { kind: 'commit', commit: c, merge },
  decision: { action: 'take', kept: [], dropped: [] }
})

test('merges inside a merged branch, version bumps, commits carried by name; the rest is taken', () => {
  const outer = fakeCommit(9, 'Merge branch x', [], 2)
  const inner = state(fakeCommit(1, 'Merge inner', [{ path: 'a.c' }], 2), outer)
  const bump = state(fakeCommit(2, 'Release', [{ path: 'VERSION' }]))
  const named = state(fakeCommit(3, 'fix: named', [{ path: 'a.c' }]))
  const picked = state(
    fakeCommit(4, 'fix: picked\n\n(cherry picked from commit ' + 'c'.repeat(40) + ')', [{ path: 'a.c' }])
  )
  const plain = state(fakeCommit(5, 'fix: plain', [{ path: 'a.c' }]))
  const carried = new ShaSet<string>()
  carried.add(named.step.commit.sha.slice(0, 12), 'debian/patches/named.patch')
  carried.add('c'.repeat(40), 'debian/patches/picked.patch')
  classifyMetadata([inner, bump, named, picked, plain], rules, carried)
  expect([inner, bump, named, picked, plain].map(s => [s.decision.action, s.decision.reason])).toEqual([
    ['skip', 'merge'],
    ['skip', 'version-bump'],
    ['skip', 'already-carried'],
    ['skip', 'already-carried'],
    ['take', undefined]
  ])
  expect(named.decision.text).toBe('already carried as debian/patches/named.patch (it names this commit)')
  expect(picked.decision.text).toMatch(/picked\.patch \(both name upstream commit c{40}\)/)
  expect(plain.decision.kept).toEqual(['a.c'])
})
