import { binaryBlobs } from '../../src/classify/binary.js'
import { FixtureRepo } from '../helpers/git-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

test('a NUL byte anywhere makes a blob binary, also after the 8,000 bytes git looks at; verdicts are kept', async () => {
  const repo = await FixtureRepo.init(`${tmp.dir}/repo`, tmp.dir)
  repo.write('text.c', 'int x;\n'.repeat(2000))
  repo.write('early.bin', Buffer.from([0x7f, 0x45, 0x00, 0x01]))
  repo.write('late.dat', Buffer.concat([Buffer.from('a\n'.repeat(5000)), Buffer.from([0x00, 0x0a])]))
  const commit = await repo.commit('three files')
  const blob = (path: string): Promise<string> => repo.git.text(['rev-parse', `${commit}:${path}`])
  const [text, early, late] = await Promise.all([blob('text.c'), blob('early.bin'), blob('late.dat')])
  // git calls the late one text: its diff would carry the NUL into a patch.
  const numstat = await repo.git.text(['show', '--numstat', '--format=', commit])
  expect(numstat).toMatch(/^5001\t0\tlate\.dat$/m)

  const cache = `${tmp.dir}/verdicts`
  expect(await binaryBlobs(repo.git, [text, early, late, '0'.repeat(40)], cache)).toEqual(
    new Set([early, late])
  )
  // Known verdicts are not read again: a second call answers from the cache file alone.
  expect(await binaryBlobs(repo.git.at(`${tmp.dir}/nowhere`), [late, text], cache)).toEqual(new Set([late]))
})
