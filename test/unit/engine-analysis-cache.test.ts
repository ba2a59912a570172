import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TrackConfig } from '../../src/config/types.js'
import {
  analysisCacheDisabled,
  analysisKey,
  canonicalJson,
  codeIdentity,
  hasStoredAnalyses,
  readCachedAnalysis,
  writeCachedAnalysis,
  type AnalysisInputs
} from '../../src/engine/analysis-cache.js'
import { decodeAnalysis, encodeAnalysis, type AnalysisResult } from '../../src/engine/analysis-codec.js'
import type { CommitInfo } from '../../src/walk/types.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

const commit = (n: number, extra: Partial<CommitInfo> = {}): CommitInfo => ({
  sha: String(n).repeat(40).slice(0, 40),
  parents: [
    String(n - 1)
      .repeat(40)
      .slice(0, 40)
  ],
  tree: 'f'.repeat(40),
  authorName: 'J\u00e9r\u00f4me',
  authorEmail: 'j@example.org',
  date: 'Tue, 14 Nov 2023 22:13:20 +0000',
  message: `fix ${n}\n\nbody with "quotes" and \\0 and \u0000 a NUL`,
  subject: `fix ${n}`,
  files: [{ path: 'src/a.c', status: 'M', oldMode: '100644', newMode: '100644', oldBlob: 'a', newBlob: 'b' }],
  ...extra
})

/** An analysis with every shape the engine produces: shared commits, diffs, optional fields. */
function sample(): AnalysisResult {
  const commits = [commit(1), commit(2), commit(3, { parents: ['2'.repeat(40), '9'.repeat(40)] })]
  return {
    analysis: {
      commits,
      steps: [
        { kind: 'commit', commit: commits[0], upstream: [commits[0].sha], kept: ['src/a.c'], dropped: [] },
        {
          kind: 'commit',
          commit: commits[1],
          upstream: [commits[1].sha],
          kept: ['src/a.c'],
          dropped: [],
          refreshed: { diff: Buffer.from([0, 1, 2, 255, 10]), onto: undefined }
        },
        {
          kind: 'merge-residual',
          commit: commits[2],
          upstream: [commits[2].sha],
          kept: ['src/a.c'],
          dropped: ['data/x.bin'],
          carriedSeparately: [commits[1]],
          folded: [commits[0]],
          diff: Buffer.from('diff --git a/src/a.c b/src/a.c\n\xff\xfe', 'latin1')
        }
      ],
      skipped: [{ sha: commits[0].sha, subject: 'x', reason: 'empty', text: 'empty' }],
      problems: [{ sha: commits[1].sha, kind: 'refreshed', text: 'refreshed' }],
      verification: { status: 'ok', text: 'ok', differences: undefined }
    },
    selection: { selected: [commits[0].sha], added: [], unresolved: [] }
  }
}

describe('the analysis codec', () => {
  it('round-trips Buffers, undefined properties and the commits the steps share', () => {
    const value = sample()
    const back = decodeAnalysis(encodeAnalysis(value))
    expect(back).toStrictEqual(value)
    const [first, second, residual] = back.analysis.steps
    expect(Buffer.isBuffer(second.refreshed!.diff)).toBe(true)
    expect(Buffer.isBuffer(residual.diff)).toBe(true)
    expect('onto' in second.refreshed!).toBe(true)
    // The same objects, as in the computed analysis (not copies).
    expect(first.commit).toBe(back.analysis.commits[0])
    expect(residual.carriedSeparately![0]).toBe(back.analysis.commits[1])
    expect(residual.folded![0]).toBe(back.analysis.commits[0])
  })

  it('keeps a result without a selection without one', () => {
    const { analysis } = sample()
    const back = decodeAnalysis(encodeAnalysis({ analysis }))
    expect(back).toStrictEqual({ analysis })
  })

  it('refuses text it did not write', () => {
    for (const text of [
      '',
      '{}',
      '[]',
      '{"commits":[],"value":{}}',
      '{"commits":[],"value":{"analysis":{}}}'
    ])
      expect(() => decodeAnalysis(text)).toThrow()
  })
})

describe('the analysis key', () => {
  const track = {
    name: 'demo',
    upstream: { url: '/u', branch: 'stable-1.0', tag: 'v{version}' },
    package: '.',
    pin: 'changelog',
    paths: [],
    exclude: { paths: [], subjects: [] },
    patchDir: 'debian/patches/stable',
    versionFiles: ['VERSION']
  } as unknown as TrackConfig
  const base: AnalysisInputs = {
    code: 'c'.repeat(64),
    gitVersion: 'git version 2.47.3',
    env: { PATH: '/bin', GIT_CONFIG_NOSYSTEM: '1' },
    pinSha: 'a'.repeat(40),
    tipSha: 'b'.repeat(40),
    shallow: 'd'.repeat(64),
    track,
    existing: {
      seriesFile: '/pkg/debian/patches/series',
      seriesText: 'own.patch\n',
      patches: [
        {
          name: 'own.patch',
          file: 'debian/patches/own.patch',
          bytes: Buffer.from('--- a/x\n+++ b/x\n'),
          header: '',
          diff: '',
          files: ['x'],
          refs: []
        }
      ]
    }
  }
  const key = analysisKey(base)

  it('is the same for the same inputs, whatever the order of object keys', () => {
    const reordered = { ...base, track: Object.fromEntries(Object.entries(track).reverse()) as TrackConfig }
    expect(analysisKey(reordered)).toBe(key)
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}')
    // Where the package directory is, and variables git does not read, do not matter.
    expect(
      analysisKey({
        ...base,
        existing: { ...base.existing, seriesFile: '/elsewhere/debian/patches/series' },
        env: { ...base.env, PATH: '/usr/bin', HOME: '/h' }
      })
    ).toBe(key)
  })

  const patch = base.existing.patches[0]
  it.each<[string, Partial<AnalysisInputs>]>([
    ['the code', { code: 'e'.repeat(64) }],
    ['git', { gitVersion: 'git version 2.48.0' }],
    ['a GIT_ variable', { env: { ...base.env, GIT_DIFF_OPTS: '-u5' } }],
    ['the pin', { pinSha: 'c'.repeat(40) }],
    ['the tip', { tipSha: 'c'.repeat(40) }],
    ['the grafts', { shallow: 'e'.repeat(64) }],
    ['a track key', { track: { ...track, paths: ['hw/'] } }],
    ['an exclusion', { track: { ...track, exclude: { paths: [], subjects: ['^WIP'] } } }],
    ['the selection', { track: { ...track, selection: ['a'.repeat(40)] } }],
    [
      'the bug trackers',
      { track: { ...track, bugs: [{ url: 'https://bugs.example.org/', field: 'Bug' }] } as never }
    ],
    ['the series text', { existing: { ...base.existing, seriesText: 'own.patch\n# comment\n' } }],
    [
      'the vendor series',
      { existing: { ...base.existing, seriesFile: '/pkg/debian/patches/ubuntu.series' } }
    ],
    [
      'a patch’s bytes',
      { existing: { ...base.existing, patches: [{ ...patch, bytes: Buffer.from('--- a/x\n+++ b/x\n ') }] } }
    ],
    ['a patch’s name', { existing: { ...base.existing, patches: [{ ...patch, name: 'other.patch' }] } }]
  ])('changes with %s', (_what, change) => {
    expect(analysisKey({ ...base, ...change })).not.toBe(key)
  })

  it('identifies the running code, once per process', () => {
    expect(codeIdentity()).toMatch(/^[0-9a-f]{64}$/)
    expect(codeIdentity()).toBe(codeIdentity())
  })

  it('is off with STABLE_SYNC_NO_ANALYSIS_CACHE set', () => {
    expect(analysisCacheDisabled({})).toBe(false)
    expect(analysisCacheDisabled({ STABLE_SYNC_NO_ANALYSIS_CACHE: '' })).toBe(false)
    expect(analysisCacheDisabled({ STABLE_SYNC_NO_ANALYSIS_CACHE: '0' })).toBe(false)
    expect(analysisCacheDisabled({ STABLE_SYNC_NO_ANALYSIS_CACHE: '1' })).toBe(true)
  })
})

describe('the analysis store', () => {
  const key = (n: number): string => n.toString(16).padStart(64, '0')
  const stored = (clone: string): string[] =>
    readdirSync(join(clone, 'stable-sync'))
      .filter(n => n.startsWith('analysis-'))
      .sort()

  it('reads back what it wrote, under its key only', () => {
    const clone = join(tmp.dir, 'roundtrip.git')
    writeCachedAnalysis(clone, key(1), sample())
    expect(readCachedAnalysis(clone, key(1))).toStrictEqual(sample())
    expect(readCachedAnalysis(clone, key(2))).toBeUndefined()
    expect(stored(clone)).toEqual([`analysis-${key(1)}.json`])
    expect(hasStoredAnalyses(clone)).toBe(true)
    expect(hasStoredAnalyses(join(tmp.dir, 'none.git'))).toBe(false)
  })

  it('ignores a damaged file, or one stored under another key', () => {
    const clone = join(tmp.dir, 'damaged.git')
    writeCachedAnalysis(clone, key(1), sample())
    const file = join(clone, 'stable-sync', `analysis-${key(1)}.json`)
    const text = readFileSync(file, 'utf8')
    for (const bad of [
      text.slice(0, text.length / 2),
      '',
      'not json',
      text.replace(key(1), key(3)),
      text.replace('"format":1', '"format":0'),
      text.replace('\\u0000buffer', 'buffer')
    ]) {
      writeFileSync(file, bad)
      expect(readCachedAnalysis(clone, key(1))).toBeUndefined()
    }
  })

  it('keeps only the newest few, the last used counting as new', () => {
    const clone = join(tmp.dir, 'prune.git')
    const old = new Date('2026-01-01T00:00:00Z')
    for (let i = 1; i <= 3; i++) {
      writeCachedAnalysis(clone, key(i), sample(), 3)
      utimesSync(
        join(clone, 'stable-sync', `analysis-${key(i)}.json`),
        old,
        new Date(old.getTime() + i * 1000)
      )
    }
    // Key 1 is read (used): key 2 is now the oldest.
    expect(readCachedAnalysis(clone, key(1))).toBeDefined()
    writeFileSync(join(clone, 'stable-sync', `analysis-${key(9)}.json.1.tmp`), 'left by a killed run')
    writeCachedAnalysis(clone, key(4), sample(), 3)
    expect(stored(clone)).toEqual([key(1), key(3), key(4)].map(k => `analysis-${k}.json`))
  })
})
