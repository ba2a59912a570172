import { chmodSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { entriesAt, plainPath } from '../../src/verify/tree-entries.js'
import { FixtureRepo } from '../helpers/git-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

test('entriesAt: the entries ls-tree gives, for many (commit, path) pairs in one cat-file', async () => {
  const repo = await FixtureRepo.init(join(tmp.dir, 'repo'), tmp.dir)
  repo.write('top.c', 'top\n')
  repo.write('src/deep/er/file.c', 'deep\n')
  repo.write('src/run.sh', '#!/bin/sh\n')
  chmodSync(join(repo.dir, 'src/run.sh'), 0o755)
  symlinkSync('top.c', join(repo.dir, 'link'))
  repo.write('src/é.c', 'not plain\n')
  const first = await repo.commit('one')
  repo.write('top.c', 'top, changed\n')
  const second = await repo.commit('two')
  const asked = [
    [first, 'top.c'],
    [second, 'top.c'],
    [second, 'src/deep/er/file.c'],
    [second, 'src/run.sh'],
    [second, 'link'],
    [second, 'src/missing.c'],
    [second, 'nowhere/missing.c'],
    [second, 'src/é.c'],
    [second, 'src/deep']
  ] as const
  const got = await entriesAt(repo.git, asked)
  for (const [commit, path] of asked.slice(0, 5)) {
    const [meta] = (await repo.git.text(['ls-tree', commit, '--', path])).split('\t')
    const [mode, , blob] = meta.split(' ')
    expect([path, got.get(`${commit} ${path}`)]).toEqual([path, `${mode} ${blob}`])
  }
  expect(got.get(`${second} src/missing.c`)).toBeNull()
  expect(got.get(`${second} nowhere/missing.c`)).toBeNull()
  // Left for the caller to ask git another way: a name whose bytes are in doubt, a directory.
  expect(got.has(`${second} src/é.c`)).toBe(false)
  expect(got.has(`${second} src/deep`)).toBe(false)
  expect(plainPath('src/a b.c')).toBe(true)
  expect(plainPath('a\nb')).toBe(false)
  expect(plainPath('"quoted"')).toBe(false)
})
