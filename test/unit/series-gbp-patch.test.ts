import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { gbpPatchName, sanitizedSubject } from '../../src/series/gbp-patch.js'
import { FixtureRepo } from '../helpers/git-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir('stable-sync-gbp-names-')
afterAll(() => tmp.cleanup())

test("sanitizedSubject is git's %f", async () => {
  const home = join(tmp.dir, 'home')
  mkdirSync(home, { recursive: true })
  const repo = await FixtureRepo.init(join(tmp.dir, 'r'), home)
  const subjects = [
    'hw/virtio: Fix the overflow (CVE-2024-3446)',
    'Revert "block: drop ..." ...',
    '  leading and trailing --..  ',
    'Ünïcödé and_underscores.c v2.0...final',
    '[PATCH] x.y..z -- a'
  ]
  const got: string[] = []
  for (const s of subjects) {
    await repo.commit(s)
    got.push(await repo.git.text(['log', '-1', '--format=%f']))
  }
  expect(subjects.map(sanitizedSubject)).toEqual(got)
})

test("gbp's file names: the series position, 63 characters, patch-numbers off", () => {
  expect(gbpPatchName(12, 'a: fix it', true)).toBe('0012-a-fix-it.patch')
  expect(gbpPatchName(12, 'a: fix it', false)).toBe('a-fix-it.patch')
  expect(gbpPatchName(1, 'x'.repeat(100), true)).toHaveLength(63)
  expect(gbpPatchName(1, 'x'.repeat(100), false)).toHaveLength(63)
})
