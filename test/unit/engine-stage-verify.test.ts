import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StageWriter } from '../../src/engine/stage-writer.js'
import { startVerify, verifyWithPatch } from '../../src/verify/real.js'
import { FixtureRepo } from '../helpers/git-fixture.js'

let tmp: string
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'stage-verify-'))
})
afterEach(() => rmSync(tmp, { recursive: true, force: true }))

describe('StageWriter', () => {
  it('writes every queued file (nested directories included) before done() resolves', async () => {
    const w = new StageWriter(join(tmp, 'stage'))
    const files: [string, Buffer][] = Array.from({ length: 300 }, (_, i) => [
      `stable/${String(i).padStart(4, '0')}.patch`,
      Buffer.from(`patch ${i}\n`)
    ])
    w.add(files.slice(0, 100))
    w.add(files.slice(100))
    await w.done()
    expect(readdirSync(join(tmp, 'stage', 'stable'))).toHaveLength(300)
    expect(readFileSync(join(tmp, 'stage', 'stable', '0299.patch'), 'utf8')).toBe('patch 299\n')
  })

  it('cancel() drops what is still queued', async () => {
    const w = new StageWriter(join(tmp, 'stage'))
    w.add(Array.from({ length: 1000 }, (_, i): [string, Buffer] => [`${i}.patch`, Buffer.from('x')]))
    await w.cancel()
    expect(readdirSync(join(tmp, 'stage')).length).toBeLessThan(1000)
  })
})

// pin: f = 1..5; tip: each line changed by its own patch.
async function fixture(): Promise<{ repo: FixtureRepo; pin: string; tip: string }> {
  mkdirSync(join(tmp, 'home'))
  const repo = await FixtureRepo.init(join(tmp, 'up'), join(tmp, 'home'))
  repo.write('f', '1\n2\n3\n4\n5\n')
  const pin = await repo.commit('pin')
  repo.write('f', 'one\ntwo\nthree\nfour\nfive\n')
  const tip = await repo.commit('tip')
  return { repo, pin, tip }
}

const lines = ['1', '2', '3', '4', '5']
const words = ['one', 'two', 'three', 'four', 'five']
function patchFor(i: number, from = lines[i]): { name: string; bytes: Buffer } {
  const before = lines.map((l, k) => (k < i ? words[k] : l))
  const after = before.map((l, k) => (k === i ? words[i] : l))
  before[i] = from
  // Hunk order: context before, -old, +new, context after.
  const hunk = [
    ...before.slice(0, i).map(l => ` ${l}`),
    `-${before[i]}`,
    `+${after[i]}`,
    ...before.slice(i + 1).map(l => ` ${l}`)
  ]
  return {
    name: `000${i + 1}.patch`,
    bytes: Buffer.from(`Subject: line ${i + 1}\n---\n--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n${hunk.join('\n')}\n`)
  }
}

describe('startVerify (the series in pieces)', () => {
  it('gives the same verdict as the whole series at once', async () => {
    const { repo, pin, tip } = await fixture()
    const all = [0, 1, 2, 3, 4].map(i => patchFor(i))
    const base = { git: repo.git, pinSha: pin, tipSha: tip, explained: () => false, strict: () => true }
    const whole = await verifyWithPatch({ ...base, patches: all, tmpDir: mkdtempSync(join(tmp, 'w-')) })
    const v = startVerify({ ...base, tmpDir: mkdtempSync(join(tmp, 'p-')) })
    v.add(all.slice(0, 2))
    v.add([])
    v.add(all.slice(2))
    const pieces = await v.finish()
    expect(whole.status).toBe('ok')
    expect(pieces).toEqual(whole)
  })

  it('names the patch that does not apply, whichever piece it is in', async () => {
    const { repo, pin, tip } = await fixture()
    const all = [0, 1, 2, 3, 4].map(i => (i === 3 ? patchFor(i, 'FOUR') : patchFor(i)))
    const v = startVerify({
      git: repo.git,
      pinSha: pin,
      tipSha: tip,
      explained: () => false,
      strict: () => true,
      tmpDir: mkdtempSync(join(tmp, 'p-'))
    })
    v.add(all.slice(0, 3))
    v.add(all.slice(3))
    const r = await v.finish()
    expect(r.status).toBe('failed')
    expect(r.text).toMatch(/^0004\.patch does not apply at fuzz 0/)
  })
})
