import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/process/run.js'
import { compareVersions, isValidVersion } from '../../src/debian/version.js'
import { makeTempDir } from '../helpers/tmp.js'

// Our comparison must agree with dpkg itself. Pairs come from a seeded PRNG so a failure reproduces;
// dpkg runs once per pair inside ONE shell loop reading the pairs from a file (no interpolation).

/** mulberry32: a tiny deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = prng(20261125)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!

const DIGITS = ['0', '00', '1', '01', '001', '2', '9', '10', '010', '11', '99', '100', '12345678901234567890']
const LETTERS = ['a', 'b', 'z', 'A', 'Z', 'rc', 'beta', 'dfsg', 'ds', 'git', 'ubuntu', 'build', 'deb']
const SEPARATORS = ['.', '.', '+', '~', '~~', '.~', '+~', '-']
const REVISIONS = ['1', '0', '2', '10', '0ubuntu1', '0ubuntu2', '2ubuntu1', '2ubuntu2.1', '2ubuntu0.1']
const REVISIONS2 = ['1~bpo12+1', '1build1', '0.1', '1.1', '1+deb12u1', '1ubuntu1~22.04.1', '1~exp1', '1a']

function randomUpstream(allowHyphen: boolean): string {
  let s = pick(DIGITS)
  const parts = Math.floor(random() * 5)
  for (let i = 0; i < parts; i++) {
    const r = random()
    if (r < 0.45) s += pick(SEPARATORS.filter(x => allowHyphen || x !== '-')) + pick(DIGITS)
    else if (r < 0.75) s += pick(LETTERS)
    else if (r < 0.9) s += pick(DIGITS)
    else s += pick(['~', '+', '.']) + pick(LETTERS)
  }
  return s
}

function randomVersion(): string {
  const epoch = random() < 0.25 ? `${pick(['0', '1', '2', '10', '01'])}:` : ''
  const hasRevision = random() < 0.6
  const revision = hasRevision ? `-${random() < 0.6 ? pick(REVISIONS) : pick(REVISIONS2)}` : ''
  return `${epoch}${randomUpstream(hasRevision)}${revision}`
}

/** A near neighbour of `v`, so that many pairs are equal or differ in one place. */
function mutate(v: string): string {
  const r = random()
  if (r < 0.15) return v
  if (r < 0.3)
    return v.replace(/\d+/, d => (random() < 0.5 ? `0${d}` : String(Number(d[0]) + 1) + d.slice(1)))
  if (r < 0.45) return v + pick(['~', '~rc1', '+b1', '.0', 'a', '.', '+'])
  if (r < 0.55) return v.replace(/~/, '')
  if (r < 0.65) return v.includes(':') ? v.replace(/^\d+:/, '') : `1:${v}`
  if (r < 0.75) return v.includes('-') ? v.replace(/-[^-]*$/, `-${pick(REVISIONS)}`) : `${v}-0`
  const i = 1 + Math.floor(random() * Math.max(1, v.length - 1))
  return v.slice(0, i) + pick([...LETTERS, ...DIGITS, '~', '.', '+']) + v.slice(i)
}

test('compareVersions agrees with dpkg --compare-versions on 600 generated pairs', async () => {
  const pairs: [string, string][] = []
  while (pairs.length < 600) {
    const a = randomVersion()
    const b = random() < 0.6 ? mutate(a) : randomVersion()
    if (isValidVersion(a) && isValidVersion(b)) pairs.push([a, b])
  }
  // Hand-picked classics from the dpkg test suite and Debian policy.
  pairs.push(
    ['1.0~rc1', '1.0'],
    ['1.0', '1.0+b1'],
    ['1.0~~', '1.0~'],
    ['1.0~~a', '1.0~~'],
    ['1.0', '1.0-0'],
    ['0:1.0', '1.0'],
    ['1:0.1', '2.0'],
    ['1.0a', '1.0+'],
    ['1.0.', '1.0'],
    ['1.001', '1.1'],
    ['2.0-2ubuntu2.1', '2.0-2ubuntu3'],
    ['2.0-2ubuntu0.1', '2.0-2'],
    ['2.0-2build1', '2.0-2ubuntu1'],
    ['8.2.2+ds-0ubuntu2', '8.2.2-0ubuntu2'],
    ['1.2-3ubuntu1~22.04.1', '1.2-3ubuntu1'],
    // dpkg only warns about these, and still compares them.
    ['a1.0', '2.0'],
    ['1.0_1', '1.0.1'],
    ['1.0-1_2', '1.0-1'],
    ['v8.2.2', 'v8.2.10']
  )
  const tmp = makeTempDir()
  try {
    const file = join(tmp.dir, 'pairs')
    writeFileSync(file, pairs.map(([a, b]) => `${a} ${b}\n`).join(''))
    const script =
      'while read -r a b; do ' +
      'if dpkg --compare-versions "$a" lt "$b"; then echo -1; ' +
      'elif dpkg --compare-versions "$a" eq "$b"; then echo 0; else echo 1; fi; done < "$1"'
    const result = await run('sh', ['-c', script, 'sh', file])
    const expected = result.stdout.toString('utf8').trim().split('\n').map(Number)
    expect(expected).toHaveLength(pairs.length)
    const mismatches = pairs
      .map(([a, b], i) => ({ a, b, dpkg: expected[i], ours: compareVersions(a, b) }))
      .filter(m => m.dpkg !== m.ours)
    expect(mismatches).toEqual([])
    // The generator must actually exercise all three outcomes.
    for (const outcome of [-1, 0, 1]) expect(expected.filter(x => x === outcome).length).toBeGreaterThan(30)
    // Antisymmetry, checked cheaply on our side.
    for (const [a, b] of pairs) expect(compareVersions(b, a) + compareVersions(a, b)).toBe(0)
  } finally {
    tmp.cleanup()
  }
})
