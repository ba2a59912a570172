import { mkdirSync } from 'node:fs'
import { createGit } from '../../src/git/gateway.js'
import { CatFileReader, catFileBatch } from '../../src/git/cat-file.js'
import { FixtureRepo } from '../helpers/git-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

test('one cat-file --batch returns each object by size (newlines and NULs inside), skipping missing ids', async () => {
  const repo = await FixtureRepo.init(`${tmp.dir}/repo`, tmp.dir)
  const text = 'line 1\nline 2\n\nline 4\n'
  const binary = Buffer.from([0x7f, 0x45, 0x00, 0x0a, 0x0a, 0x01])
  repo.write('a.txt', text)
  repo.write('b.bin', binary)
  const commit = await repo.commit('two files\n\nwith a body')
  const textBlob = await repo.git.text(['rev-parse', `${commit}:a.txt`])
  const binBlob = await repo.git.text(['rev-parse', `${commit}:b.bin`])
  const missing = 'f'.repeat(40)

  const objects = await catFileBatch(repo.git, [textBlob, missing, binBlob, commit])

  expect(objects.map(o => [o.sha, o.type])).toEqual([
    [textBlob, 'blob'],
    [binBlob, 'blob'],
    [commit, 'commit']
  ])
  expect(objects[0].body.toString()).toBe(text)
  expect(Buffer.compare(objects[1].body, binary)).toBe(0)
  expect(objects[2].body.toString()).toMatch(/^tree [0-9a-f]{40}\n[\s\S]*\n\ntwo files\n\nwith a body\n$/)
  expect(await catFileBatch(repo.git, [])).toEqual([])
})

test('CatFileReader: one git answering reads as they come, in order; big objects across chunks; missing ids', async () => {
  const repo = await FixtureRepo.init(`${tmp.dir}/reader`, tmp.dir)
  // Bigger than a pipe's chunk, with newlines and NULs where a header could be mistaken for one.
  const big = Buffer.alloc(1 << 20)
  for (let i = 0; i < big.length; i++) big[i] = i % 7 === 0 ? 10 : i % 11 === 0 ? 0 : 97 + (i % 26)
  repo.write('big.bin', big)
  repo.write('small.txt', 'small\n')
  repo.write('empty', '')
  const commit = await repo.commit('three files')
  const [bigId, smallId, emptyId] = (
    await repo.git.text(['rev-parse', `${commit}:big.bin`, `${commit}:small.txt`, `${commit}:empty`])
  ).split('\n')
  const reader = new CatFileReader(repo.git)
  // Asked all at once: the answers come back to the right callers.
  const [a, b, c, d, e] = await Promise.all([
    reader.read(smallId),
    reader.read(bigId),
    reader.read('f'.repeat(40)),
    reader.read(emptyId),
    reader.read(smallId)
  ])
  expect(a?.toString()).toBe('small\n')
  expect(Buffer.compare(b!, big)).toBe(0)
  expect(c).toBeUndefined()
  expect(d?.length).toBe(0)
  expect(e?.toString()).toBe('small\n')
  // And one after another, as the proof asks.
  expect((await reader.read(smallId))?.toString()).toBe('small\n')
  await expect(reader.read('HEAD\nx')).rejects.toThrow(/not an object name/)
  await reader.close()
  await expect(reader.read(smallId)).rejects.toThrow(/closed/)
})

test('CatFileReader: a read fails, never waits forever, when git has ended (here: not a repository)', async () => {
  const dir = `${tmp.dir}/not-a-repo`
  mkdirSync(dir)
  const reader = new CatFileReader(
    createGit(dir, { ...process.env, GIT_CEILING_DIRECTORIES: tmp.dir, GIT_DIR: `${dir}/missing.git` })
  )
  await expect(reader.read('f'.repeat(40))).rejects.toThrow(/git|repository|EPIPE/i)
  await expect(reader.close()).rejects.toThrow()
})
