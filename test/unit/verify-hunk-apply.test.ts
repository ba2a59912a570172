import { jest } from '@jest/globals'
import { join } from 'node:path'
import { createGit, type Git } from '../../src/git/gateway.js'
import { fromLines, toLines } from '../../src/verify/hunk-apply.js'
import { applySection, blobId, type FileState } from '../../src/verify/memory-files.js'
import { readDiffs } from '../../src/walk/diffs.js'
import { splitFileDiffs } from '../../src/walk/diff.js'
import { isolatedGitEnv } from '../helpers/git-fixture.js'
import { prng } from '../helpers/random-history.js'
import { makeTempDir } from '../helpers/tmp.js'

// The in-memory applier against real `git apply --cached` (what the proof replaced): a patch made by
// git from a file to an edited copy, applied to a third version of the file (edited elsewhere,
// shifted, or conflicting). Lines come from a small alphabet, so context repeats and hunks can match
// in more than one place; files may lack a final newline, be created or deleted.
const tmp = makeTempDir()
afterAll(() => tmp.cleanup())
jest.setTimeout(120_000)

// HUNK_CASES=2000 runs more (a failing case prints its patch and target).
const CASES = Number(process.env.HUNK_CASES ?? 120)
let git: Git

beforeAll(async () => {
  const dir = join(tmp.dir, 'repo')
  git = createGit(tmp.dir, isolatedGitEnv(tmp.dir))
  await git.exec(['init', '-q', '--bare', dir])
  git = git.at(dir)
})

type Content = string[] | null

function randomLines(rnd: () => number, n: number): string[] {
  const words = ['{', '}', 'return 0;', 'x++;', '', 'if (a) {', 'break;', '/* note */']
  return Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)] + '\n')
}

/** An edit of some lines: replaced, inserted, deleted; sometimes the last newline goes. */
function edit(rnd: () => number, lines: string[], count: number): string[] {
  const out = [...lines]
  for (let k = 0; k < count; k++) {
    const at = Math.floor(rnd() * (out.length + 1))
    const kind = Math.floor(rnd() * 3)
    if (kind === 0 && at < out.length) out[at] = `changed ${Math.floor(rnd() * 1000)}\n`
    else if (kind === 1) out.splice(at, 0, ...randomLines(rnd, 1 + Math.floor(rnd() * 3)))
    else if (at < out.length) out.splice(at, 1 + Math.floor(rnd() * 2))
  }
  if (out.length && rnd() < 0.15) out[out.length - 1] = out[out.length - 1].replace(/\n$/, '')
  return out
}

/** base → edited (the patch), and the target it is applied to. */
function makeCase(seed: number): { base: Content; edited: Content; target: Content } {
  const rnd = prng(seed)
  const base = randomLines(rnd, 5 + Math.floor(rnd() * 60))
  const roll = rnd()
  if (roll < 0.08) return { base: null, edited: base, target: rnd() < 0.7 ? null : base }
  if (roll < 0.16) return { base, edited: null, target: rnd() < 0.6 ? base : edit(rnd, base, 1) }
  const edited = edit(rnd, base, 1 + Math.floor(rnd() * 4))
  const r = rnd()
  const target =
    r < 0.3 ? base : r < 0.5 ? [...randomLines(rnd, 3), ...base] : edit(rnd, base, 1 + Math.floor(rnd() * 3))
  return { base, edited, target }
}

/** One fast-import commit per tree, each holding `f<i>` for every case that has a file there. */
function treeCommit(ref: string, files: Content[], from?: string): Buffer {
  const parts: Buffer[] = [
    Buffer.from(
      `commit ${ref}\ncommitter T <t@example.org> 0 +0000\ndata 0\n${from ? `from ${from}\n` : ''}deleteall\n`
    )
  ]
  files.forEach((f, i) => {
    if (f === null) return
    const b = fromLines(f)
    parts.push(Buffer.from(`M 100644 inline f${i}\ndata ${b.length}\n`), b, Buffer.from('\n'))
  })
  parts.push(Buffer.from('\n'))
  return Buffer.concat(parts)
}

test(`${CASES} random patches: the same verdict and the same content as git apply --cached`, async () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(1000 + i))
  await git.exec(['fast-import', '--quiet'], {
    input: Buffer.concat([
      treeCommit(
        'refs/heads/base',
        cases.map(c => c.base)
      ),
      treeCommit(
        'refs/heads/edited',
        cases.map(c => c.edited),
        'refs/heads/base'
      ),
      treeCommit(
        'refs/heads/target',
        cases.map(c => c.target)
      )
    ])
  })
  const [edited, base] = (await git.text(['rev-parse', 'edited', 'base'])).split('\n')
  const diff = (await readDiffs(git, [{ sha: edited, parent: base }])).get(edited)!
  const sections = new Map(splitFileDiffs(diff).map(s => [s.path, s.bytes]))
  const index = { GIT_INDEX_FILE: join(tmp.dir, 'index') }
  let applied = 0
  let refused = 0
  for (const [i, c] of cases.entries()) {
    const section = sections.get(`f${i}`)
    if (!section) continue // no change
    await git.exec(['read-tree', 'target'], { env: index })
    const byGit = await git.exec(['apply', '--cached', '--whitespace=nowarn'], {
      env: index,
      input: section,
      allowFailure: true
    })
    const current: FileState = c.target && { mode: '100644', lines: toLines(fromLines(c.target)) }
    const mine = applySection(current, section)
    const context = `case ${i}:\n${section.toString('latin1')}\ntarget:\n${c.target?.join('') ?? '(none)'}`
    expect([context, mine === 'fails']).toEqual([context, byGit.code !== 0])
    if (byGit.code !== 0) {
      refused++
      continue
    }
    applied++
    const entry = (await git.text(['ls-files', '-s', '--', `f${i}`], { env: index })).split(' ')[1]
    expect([context, mine === null || mine === 'fails' ? undefined : blobId(mine.lines)]).toEqual([
      context,
      entry
    ])
  }
  // The cases exercise both verdicts.
  if (process.env.HUNK_CASES) console.log({ applied, refused })
  expect(applied).toBeGreaterThan(30)
  expect(refused).toBeGreaterThan(10)
})

test('a patch whose hunks would overlap, or that leaves content behind a deletion, is refused as git does', () => {
  const file: FileState = { mode: '100644', lines: ['a\n', 'b\n'] }
  const deletion = Buffer.from(
    'diff --git a/f b/f\ndeleted file mode 100644\nindex 1..0\n--- a/f\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n'
  )
  expect(applySection(file, deletion)).toBe('fails')
  const creation = Buffer.from(
    'diff --git a/f b/f\nnew file mode 100644\nindex 0..1\n--- /dev/null\n+++ b/f\n@@ -0,0 +1 @@\n+a\n'
  )
  expect(applySection(file, creation)).toBe('fails')
  expect(applySection(null, creation)).toEqual({ mode: '100644', lines: ['a\n'] })
})

test('a hunk of context only is corrupt, as git apply says', async () => {
  const file: FileState = { mode: '100644', lines: ['a\n', 'b\n'] }
  const contextOnly = Buffer.from(
    'diff --git a/f b/f\nindex 1..2 100644\n--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n b\n'
  )
  expect(applySection(file, contextOnly)).toBe('fails')
  const dir = join(tmp.dir, 'context-only')
  await git.exec(['init', '-q', dir])
  const work = git.at(dir)
  await work.exec([
    'update-index',
    '--add',
    '--cacheinfo',
    `100644,${await work.text(['hash-object', '-w', '--stdin'], { input: 'a\nb\n' })},f`
  ])
  await expect(work.exec(['apply', '--cached', '-'], { input: contextOnly })).rejects.toThrow(/corrupt patch/)
})

test('a binary or submodule section applies by id onto exactly its pre-image; no text patch applies to what it leaves', () => {
  const [a, b] = ['a'.repeat(40), 'b'.repeat(40)]
  const binary = Buffer.from(
    `diff --git a/x.bin b/x.bin\nindex ${a}..${b} 100644\nBinary files a/x.bin and b/x.bin differ\n`
  )
  const atA: FileState = { mode: '100644', lines: [], entry: `100644 ${a}`, opaque: true }
  expect(applySection(atA, binary)).toEqual({ mode: '100644', lines: [], entry: `100644 ${b}`, opaque: true })
  expect(applySection({ ...atA, entry: `100644 ${b}` }, binary)).toBe('fails')
  expect(applySection(null, binary)).toBe('fails')
  // Content read as lines (no entry): its id is computed to compare.
  const text: FileState = { mode: '100644', lines: ['a\n'] }
  const fromText = Buffer.from(
    `diff --git a/x.bin b/x.bin\nindex ${blobId(text.lines)}..${b} 100644\nBinary files a/x.bin and b/x.bin differ\n`
  )
  expect(applySection(text, fromText)).toMatchObject({ entry: `100644 ${b}` })
  const gitlink = Buffer.from(
    `diff --git a/sub b/sub\nindex ${a}..${b} 160000\n--- a/sub\n+++ b/sub\n@@ -1 +1 @@\n-Subproject commit ${a}\n+Subproject commit ${b}\n`
  )
  expect(
    applySection({ mode: '160000', lines: [], entry: `160000 ${a}`, opaque: true }, gitlink)
  ).toMatchObject({
    entry: `160000 ${b}`
  })
  const textPatch = Buffer.from(
    'diff --git a/x.bin b/x.bin\nindex 1..2 100644\n--- a/x.bin\n+++ b/x.bin\n@@ -0,0 +1 @@\n+a\n'
  )
  expect(applySection(atA, textPatch)).toBe('fails')
})

test('blob ids in the repository object format: SHA-256 as git hash-object gives it', async () => {
  const dir = join(tmp.dir, 'sha256')
  await git.exec(['init', '-q', '--bare', '--object-format=sha256', dir])
  const id = await git.at(dir).text(['hash-object', '--stdin'], { input: 'one\ntwo' })
  expect(blobId(['one\n', 'two'], 'sha256')).toBe(id)
  expect(blobId(['one\n', 'two'])).toBe(await git.text(['hash-object', '--stdin'], { input: 'one\ntwo' }))
})
