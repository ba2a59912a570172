import { chmodSync } from 'node:fs'
import { join } from 'node:path'
import { rawEntry, sectionImages, TreeState } from '../../src/verify/tree-state.js'
import { numbered, phaseRepo } from '../helpers/walk-states.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)

test('rawEntry: mode 000000 or a zero blob is no file', () => {
  expect(rawEntry('100644', A)).toBe(`100644 ${A}`)
  expect(rawEntry('000000', '0'.repeat(40))).toBeNull()
})

test('sectionImages reads pre- and post-images from a --full-index header', () => {
  const section = (head: string): Buffer =>
    Buffer.from(`diff --git a/f b/f\n${head}\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-x\n+y\n`)
  expect(sectionImages(section(`index ${A}..${B} 100644`))).toEqual({
    pre: `100644 ${A}`,
    post: `100644 ${B}`
  })
  expect(sectionImages(section(`new file mode 100755\nindex ${'0'.repeat(40)}..${B}`))).toEqual({
    pre: null,
    post: `100755 ${B}`
  })
  expect(sectionImages(section(`deleted file mode 100644\nindex ${A}..${'0'.repeat(40)}`))).toEqual({
    pre: `100644 ${A}`,
    post: null
  })
  expect(sectionImages(section(`old mode 100644\nnew mode 100755\nindex ${A}..${B}`))).toEqual({
    pre: `100644 ${A}`,
    post: `100755 ${B}`
  })
  // Without full blob ids there is nothing to compare: the file is content-checked instead.
  expect(
    sectionImages(Buffer.from('diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-x\n+y\n'))
  ).toBeUndefined()
})

test('TreeState: the pinned tree, changes on top, roll-back to a mark', async () => {
  const repo = await phaseRepo(tmp.dir)
  repo.write('src/a b.c', numbered('a', 3))
  repo.write('run.sh', '#!/bin/sh\n')
  chmodSync(join(repo.dir, 'run.sh'), 0o755)
  const pin = await repo.commit('start')
  const blob = await repo.git.text(['rev-parse', `${pin}:src/a b.c`])
  const t = await TreeState.read(repo.git, pin)
  expect(t.get('src/a b.c')).toBe(`100644 ${blob}`)
  expect(t.get('run.sh')).toMatch(/^100755 /)
  expect(t.get('missing')).toBeNull()
  t.set('src/a b.c', `100644 ${A}`)
  t.commit()
  const mark = t.mark()
  t.set('src/a b.c', null)
  t.set('new.c', `100644 ${B}`)
  expect(t.changed()).toEqual([
    ['src/a b.c', null],
    ['new.c', `100644 ${B}`]
  ])
  t.rollback(mark)
  expect(t.get('src/a b.c')).toBe(`100644 ${A}`)
  expect(t.get('new.c')).toBeNull()
  expect(t.changed()).toEqual([['src/a b.c', `100644 ${A}`]])
})
