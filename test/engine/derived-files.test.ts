import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { restoreUpstreamCache } from '../../src/action/upstream-cache.js'
import { planTrack } from '../../src/engine/plan.js'
import type { TrackResult } from '../../src/engine/types.js'
import { memoryLogger } from '../../src/log.js'
import { forgetDerivedFiles } from '../../src/upstream/derived-files.js'
import { makeQemuLikeFixture, type QemuLikeFixture, fixtureOptions } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

/**
 * Issue 13: a cache restored from another job (the action's @actions/cache, maybe saved by a less
 * trusted one) may hold forged derived files — a walk, binary verdicts, a stored analysis. Each
 * forgery below does change the plan when trusted; after the restore path's cleanup the plan is the
 * empty cache's again, and the repository itself is reused (not fetched again).
 */
const tmp = makeTempDir()
afterAll(() => tmp.cleanup())
let f: QemuLikeFixture
let warmCache: string
let expected: TrackResult
let copies = 0

const options = (cacheDir: string, env: Record<string, string> = {}) => fixtureOptions(f, cacheDir, env)
const plan = (cacheDir: string, env?: Record<string, string>): Promise<TrackResult> =>
  planTrack(options(cacheDir, env), f.config.tracks[0])

/** The one clone's derived-file directory in a cache. */
function derivedDir(cacheDir: string): string {
  const clones = readdirSync(join(cacheDir, 'upstream')).filter(d => d.endsWith('.git'))
  expect(clones).toHaveLength(1)
  return join(cacheDir, 'upstream', clones[0], 'stable-sync')
}

// The action's restore path must not reach a cache service from the test's environment.
const actionsVars = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2'
]
const saved = Object.fromEntries(actionsVars.map(k => [k, process.env[k]]))
beforeAll(async () => {
  for (const k of actionsVars) delete process.env[k]
  f = await makeQemuLikeFixture(tmp.dir)
  expected = await plan(join(tmp.dir, 'empty'))
  warmCache = join(tmp.dir, 'warm')
  expect(await plan(warmCache)).toEqual(expected)
})
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v
})

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

/** Forgeries a less trusted job could leave, each with the environment that makes the engine read it. */
const forgeries: [string, (dir: string) => Promise<void> | void, Record<string, string>][] = [
  [
    'a walk without one of the fixes',
    dir => {
      const name = readdirSync(dir).find(n => n.startsWith('walk-'))!
      const walk = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { commits: { sha: string }[] }
      walk.commits = walk.commits.filter(c => c.sha !== f.shas.fixA)
      writeFileSync(join(dir, name), JSON.stringify(walk))
    },
    // The stored analysis would answer first; without it the walk file is what is read.
    { STABLE_SYNC_NO_ANALYSIS_CACHE: '1' }
  ],
  [
    'a binary verdict for a text blob',
    async dir => {
      const blob = await f.upstream.git(['rev-parse', `${f.shas.fixA}:src/a.c`])
      appendFileSync(join(dir, 'blob-verdicts-2'), `b ${blob}\n`)
    },
    { STABLE_SYNC_NO_ANALYSIS_CACHE: '1' }
  ],
  [
    'a stored analysis without its problems',
    dir => {
      const name = readdirSync(dir).find(n => /^analysis-.*\.json$/.test(n))!
      const stored = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        key: string
        result: { value: { analysis: { problems: unknown[] } } }
      }
      stored.result.value.analysis.problems = []
      // A forger recomputes the digest too: it finds damage, it does not authenticate.
      const result = JSON.stringify(stored.result)
      writeFileSync(
        join(dir, name),
        `{"format":1,"key":"${stored.key}","sha256":"${sha256(result)}","result":${result}}`
      )
    },
    {}
  ]
]

test.each(forgeries)(
  '%s changes the plan when trusted, and nothing after a restore',
  async (_what, forge, env) => {
    const cache = join(tmp.dir, `restored-${copies++}`)
    cpSync(warmCache, cache, { recursive: true })
    await forge(derivedDir(cache))
    expect(await plan(cache, env)).not.toEqual(expected)

    // The same forgery in a cache the action restores.
    const restored = join(tmp.dir, `restored-${copies++}`)
    cpSync(warmCache, restored, { recursive: true })
    await forge(derivedDir(restored))
    const log = memoryLogger()
    expect(await restoreUpstreamCache(restored, 'stable-sync-upstream-test-', log)).toBeUndefined()
    expect(log.lines.join('\n')).toMatch(/derived file\(s\) from an earlier job removed/)
    // Only what the repository check judges is left: the stamp and when the clone was last used.
    expect(readdirSync(derivedDir(restored)).sort()).toEqual(['clone.json', 'used'])
    const opts = options(restored, env)
    expect(await planTrack(opts, f.config.tracks[0])).toEqual(expected)
    // The repository was checked (git fsck, no fingerprint left) and reused, not fetched again.
    expect(opts.log.lines.join('\n')).not.toMatch(/not using the upstream cache/)
    expect(existsSync(join(derivedDir(restored), 'objects'))).toBe(true)
  }
)

test('forgetDerivedFiles keeps the check’s own files and leaves an empty or missing cache alone', () => {
  expect(forgetDerivedFiles(join(tmp.dir, 'missing'))).toEqual([])
  const cache = join(tmp.dir, `restored-${copies++}`)
  cpSync(warmCache, cache, { recursive: true })
  const dir = derivedDir(cache)
  writeFileSync(join(dir, 'fetching'), '')
  writeFileSync(join(dir, 'ancestry'), 'forged')
  const before = readdirSync(dir).sort()
  expect(before).toEqual(
    expect.arrayContaining(['ancestry', 'blob-verdicts-2', 'clone.json', 'fetching', 'objects', 'used'])
  )
  const removed = forgetDerivedFiles(cache)
  expect(readdirSync(dir).sort()).toEqual(['clone.json', 'fetching', 'used'])
  expect(removed.map(p => p.slice(dir.length + 1)).sort()).toEqual(
    before.filter(n => !['clone.json', 'fetching', 'used'].includes(n))
  )
})

// A restored cache is a tar a less trusted job made: a link in it must not turn the cleanup into a
// deletion outside the cache.
test('the cleanup never follows a symbolic link: the links go, what they point at stays', () => {
  const outside = join(tmp.dir, 'outside')
  for (const d of ['a', 'b', 'c']) mkdirSync(join(outside, d), { recursive: true })
  for (const d of ['a', 'b', 'c']) writeFileSync(join(outside, d, 'walk-x.json'), 'precious\n')
  mkdirSync(join(outside, 'b', 'stable-sync'))
  writeFileSync(join(outside, 'b', 'stable-sync', 'analysis-x.json'), 'precious\n')
  // A cache whose upstream/ is a link, and one whose repository and whose stable-sync/ are.
  const linkedUpstream = join(tmp.dir, 'linked-upstream')
  mkdirSync(linkedUpstream)
  symlinkSync(join(outside, 'a'), join(linkedUpstream, 'upstream'))
  const linkedInside = join(tmp.dir, 'linked-inside')
  mkdirSync(join(linkedInside, 'upstream', 'real.git'), { recursive: true })
  symlinkSync(join(outside, 'b'), join(linkedInside, 'upstream', 'linked.git'))
  symlinkSync(join(outside, 'c'), join(linkedInside, 'upstream', 'real.git', 'stable-sync'))

  expect(forgetDerivedFiles(linkedUpstream)).toEqual([join(linkedUpstream, 'upstream')])
  expect(forgetDerivedFiles(linkedInside).sort()).toEqual(
    [
      join(linkedInside, 'upstream', 'linked.git'),
      join(linkedInside, 'upstream', 'real.git', 'stable-sync')
    ].sort()
  )
  for (const f of ['a/walk-x.json', 'b/walk-x.json', 'c/walk-x.json', 'b/stable-sync/analysis-x.json'])
    expect(readFileSync(join(outside, f), 'utf8')).toBe('precious\n')
  expect(existsSync(join(linkedUpstream, 'upstream'))).toBe(false)
})
