import { catFileBatch } from '../../src/git/cat-file.js'
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
