import { mkdirSync } from 'node:fs'
import { DiffStream } from '../../src/walk/diff-stream.js'
import { readDiffs, RecordParser } from '../../src/walk/diffs.js'
import { FixtureRepo } from '../helpers/git-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

/**
 * A history of 700 commits (more than two chunks per process) written with fast-import: a root
 * commit, edits, empty commits, a file name with spaces and non-UTF-8 content.
 */
async function history(): Promise<{ repo: FixtureRepo; commits: { sha: string; parent?: string }[] }> {
  const repo = await FixtureRepo.init(`${tmp.dir}/repo`, tmp.dir)
  const out: string[] = []
  const data = (s: string | Buffer): string => {
    const b = Buffer.isBuffer(s) ? s : Buffer.from(s)
    return `data ${b.length}\n${b.toString('latin1')}\n`
  }
  for (let i = 1; i <= 700; i++) {
    const who = `A U Thor <author@example.org> ${1_700_000_000 + i * 60} +0000`
    out.push(`commit refs/heads/main\nmark :${i}\nauthor ${who}\ncommitter ${who}\n${data(`change ${i}\n`)}`)
    if (i > 1) out.push(`from :${i - 1}\n`)
    if (i % 97 === 0) {
      out.push('\n') // an empty commit: diff-tree prints nothing for it
      continue
    }
    const path = i % 5 === 0 ? `dir with space/file ${i % 7}.txt` : `src/f${i % 11}.c`
    const content =
      i % 13 === 0 ? Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x30 + (i % 10), 0x0a]) : `line\n${i}\n`
    out.push(`M 100644 inline ${path}\n${data(content)}\n`)
  }
  await repo.git.exec(['fast-import', '--quiet'], { input: Buffer.from(out.join(''), 'latin1') })
  const log = await repo.git.text(['log', '--reverse', '--format=%H %P', 'main'])
  const commits = log.split('\n').map(l => {
    const [sha, parent] = l.split(' ')
    return parent ? { sha, parent } : { sha }
  })
  return { repo, commits }
}

test('streamed diffs equal the one-process batch read, for 1 to 3 processes, empty commits included', async () => {
  const { repo, commits } = await history()
  expect(commits).toHaveLength(700)
  const batch = await readDiffs(repo.git, commits)
  for (const processes of [1, 2, 3]) {
    const stream = new DiffStream(repo.git, commits, processes)
    const got: Buffer[] = []
    for (const c of commits) got.push(await stream.get(c.sha)!)
    await stream.done()
    commits.forEach((c, i) => {
      const expected = batch.get(c.sha) ?? Buffer.alloc(0)
      expect([c.sha, Buffer.compare(got[i], expected)]).toEqual([c.sha, 0])
    })
    // The root commit is diffed against nothing, an empty commit has no diff.
    expect(got[0].toString()).toMatch(/^diff --git a\/src\/f1\.c b\/src\/f1\.c\nnew file mode 100644/)
    expect(got[96]).toHaveLength(0)
    expect(got[12].includes(Buffer.from([0x66, 0xe9, 0x0a]))).toBe(true)
  }
  expect(new DiffStream(repo.git, commits.slice(0, 3)).get('f'.repeat(40))).toBeUndefined()
})

test('cancel stops git and rejects what was not read; a failing git rejects the requests', async () => {
  const { repo, commits } = await history()
  const stream = new DiffStream(repo.git, commits, 2)
  await stream.cancel()
  const last = stream.get(commits[699].sha)!
  await expect(last).rejects.toThrow(/cancelled/)

  mkdirSync(`${tmp.dir}/not-a-repo`)
  const bad = new DiffStream(repo.git.at(`${tmp.dir}/not-a-repo`), commits.slice(0, 2), 1)
  // apply is still analysing when git fails: nothing awaits the stream yet, and the process lives on.
  await new Promise(resolve => setTimeout(resolve, 300))
  await expect(bad.get(commits[0].sha)!).rejects.toThrow(/diff-tree.*failed \(exit 128\)/)
  await expect(bad.done()).rejects.toThrow(/not a git repository/)
})

test('records are the same however the output is cut into chunks', () => {
  const text = Buffer.from('\0aaa\0diff one\nline\n\0bbb\0\0ccc\0diff three\n', 'latin1')
  const whole: [string, string][] = []
  const p1 = new RecordParser((sha, body) => whole.push([sha, body.toString()]))
  p1.push(text)
  p1.end()
  expect(whole).toEqual([
    ['aaa', 'diff one\nline\n'],
    ['bbb', ''],
    ['ccc', 'diff three\n']
  ])
  for (let size = 1; size <= 5; size++) {
    const pieces: [string, string][] = []
    const p = new RecordParser((sha, body) => pieces.push([sha, body.toString()]))
    for (let i = 0; i < text.length; i += size) p.push(text.subarray(i, i + size))
    p.end()
    expect(pieces).toEqual(whole)
  }
})
