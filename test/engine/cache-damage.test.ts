import {
  chmodSync,
  cpSync,
  mkdirSync,
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { planTrack } from '../../src/engine/plan.js'
import { createGit } from '../../src/git/gateway.js'
import { cacheGit } from '../../src/upstream/cache-git.js'
import type { EngineOptions, TrackResult } from '../../src/engine/types.js'
import { memoryLogger } from '../../src/log.js'
import { captureCli } from '../helpers/cli.js'
import { makeCyclePackage, makeReleaseCycles, repin, type ReleaseCycles } from '../helpers/release-cycles.js'
import { makeTempDir } from '../helpers/tmp.js'

/**
 * A cache is a copy of what the upstream serves, and it may come from a less trusted job: whatever
 * in it did not come from stable-sync's own completed fetches is detected, reported, and the
 * repository fetched again — the plan is the one an empty cache gives, and nothing planted runs.
 */
const tmp = makeTempDir()
afterAll(() => tmp.cleanup())
let cycles: ReleaseCycles
let pkg: Awaited<ReturnType<typeof makeCyclePackage>>
let good: string
let cold: TrackResult
beforeAll(async () => {
  cycles = await makeReleaseCycles(join(tmp.dir, 'cycles'))
  pkg = await makeCyclePackage(join(tmp.dir, 'pkg'), cycles, { branch: 'stable-2.0', version: '2.0.0-1' })
  good = join(tmp.dir, 'good-cache')
  cold = await plan(good).result
})

function plan(cacheDir: string): { result: Promise<TrackResult>; log: ReturnType<typeof memoryLogger> } {
  const log = memoryLogger()
  const opts: EngineOptions = { repoDir: pkg.dir, config: pkg.config, cacheDir, log, env: cycles.up.repo.env }
  return { result: planTrack(opts, pkg.config.tracks[0]), log }
}

/** A copy of the good cache and its one repository. */
function copyOfGood(name: string): { cache: string; clone: string } {
  const cache = join(tmp.dir, name)
  cpSync(good, cache, { recursive: true })
  const repo = readdirSync(join(cache, 'upstream')).find(d => d.endsWith('.git'))!
  return { cache, clone: join(cache, 'upstream', repo) }
}

async function expectRebuilt(cache: string, reason: RegExp): Promise<void> {
  const run = plan(cache)
  expect(await run.result).toEqual(cold)
  const warnings = run.log.lines.filter(l => l.startsWith('warning: '))
  expect(warnings).toEqual([expect.stringMatching(/not using the upstream cache .*Fetching it again\.$/)])
  expect(warnings[0]).toMatch(reason)
  // Rebuilt: the next run trusts it and warns no more.
  const again = plan(cache)
  expect(await again.result).toEqual(cold)
  expect(again.log.lines.filter(l => l.startsWith('warning: '))).toEqual([])
}

test('a warm run on an intact cache trusts it (no warning, same plan)', async () => {
  const { cache } = copyOfGood('intact')
  const run = plan(cache)
  expect(await run.result).toEqual(cold)
  expect(run.log.lines.filter(l => l.startsWith('warning: '))).toEqual([])
})

test('a planted hook never runs, and the cache is fetched again', async () => {
  const { cache, clone } = copyOfGood('hook')
  const ran = join(tmp.dir, 'hook-ran')
  mkdirSync(join(clone, 'hooks'), { recursive: true })
  for (const hook of ['reference-transaction', 'post-checkout', 'fsmonitor-watchman']) {
    writeFileSync(join(clone, 'hooks', hook), `#!/bin/sh\ntouch '${ran}'\n`)
    chmodSync(join(clone, 'hooks', hook), 0o755)
  }
  await expectRebuilt(cache, /holds hooks \(.*reference-transaction/)
  expect(existsSync(ran)).toBe(false)
})

test('git on a cache runs no hook and no fsmonitor, whatever the repository says', async () => {
  const { clone } = copyOfGood('no-hooks')
  const ran = join(tmp.dir, 'ran-anyway')
  mkdirSync(join(clone, 'hooks'), { recursive: true })
  writeFileSync(join(clone, 'hooks', 'reference-transaction'), `#!/bin/sh\ntouch '${ran}'\n`)
  chmodSync(join(clone, 'hooks', 'reference-transaction'), 0o755)
  const config = readFileSync(join(clone, 'config'), 'utf8')
  writeFileSync(join(clone, 'config'), config + `[core]\n\tfsmonitor = touch '${ran}'\n`)
  // Straight through the cache's gateway, without the checks that would throw the cache away.
  const git = cacheGit(clone, cycles.up.repo.env)
  await git.exec(['update-ref', 'refs/stable-sync/probe', 'HEAD'], { allowFailure: true })
  await git.exec([
    'update-ref',
    'refs/stable-sync/probe',
    await cycles.up.git(['rev-parse', 'v2.0.0^{commit}'])
  ])
  expect(existsSync(ran)).toBe(false)
  // The same hook does run for plain git: the probe is real.
  await createGit(clone, cycles.up.repo.env).exec(['update-ref', '-d', 'refs/stable-sync/probe'])
  expect(existsSync(ran)).toBe(true)
})

test.each([
  ['core.fsmonitor', '\tfsmonitor = touch FSMONITOR-RAN\n'],
  ['core.sshCommand', '\tsshCommand = touch SSH-RAN\n'],
  ['a different remote.origin.url', '[remote "origin"]\n\turl = https://example.org/evil.git\n']
])('a planted config (%s) is detected and rewritten by a new fetch', async (_name, extra) => {
  const { cache, clone } = copyOfGood(`config-${_name.replace(/\W/g, '')}`)
  const config = readFileSync(join(clone, 'config'), 'utf8')
  writeFileSync(
    join(clone, 'config'),
    extra.startsWith('[') ? config + extra : config.replace('[gc]', `${extra}[gc]`)
  )
  await expectRebuilt(cache, /config is not the one stable-sync writes/)
  expect(readFileSync(join(clone, 'config'), 'utf8')).toBe(config)
})

test('a deleted object is found (git fsck) and the cache is fetched again', async () => {
  const { cache, clone } = copyOfGood('object')
  const objects = join(clone, 'objects')
  const packs = readdirSync(join(objects, 'pack')).filter(f => f.endsWith('.pack'))
  if (packs.length) unlinkSync(join(objects, 'pack', packs[0]))
  else {
    const sub = readdirSync(objects).find(d => /^[0-9a-f]{2}$/.test(d))!
    unlinkSync(join(objects, sub, readdirSync(join(objects, sub))[0]))
  }
  await expectRebuilt(cache, /objects are missing or damaged/)
})

test('a truncated shallow file is found and the cache is fetched again', async () => {
  const { cache, clone } = copyOfGood('shallow')
  const shallow = join(clone, 'shallow')
  writeFileSync(shallow, readFileSync(shallow).subarray(0, statSync(shallow).size - 7))
  await expectRebuilt(cache, /shallow file is damaged/)
})

test('a fetch killed half-way (its marker left, a merge still grafted) is not trusted', async () => {
  const { cache, clone } = copyOfGood('killed')
  const merge = await cycles.up.git(['rev-parse', 'stable-2.0~2'])
  writeFileSync(join(clone, 'shallow'), readFileSync(join(clone, 'shallow'), 'latin1') + `${merge}\n`)
  writeFileSync(join(clone, 'stable-sync', 'fetching'), '12345\n')
  await expectRebuilt(cache, /a fetch into it was interrupted/)
})

test('a cache stable-sync did not write (no stamp: another tool, another version) is fetched again', async () => {
  const { cache, clone } = copyOfGood('foreign')
  unlinkSync(join(clone, 'stable-sync', 'clone.json'))
  await expectRebuilt(cache, /not created by stable-sync/)
})

test('a cold fetch shows progress on stderr; --json keeps stdout for the document; --quiet silences it', async () => {
  const env = { ...process.env, ...cycles.up.repo.env }
  const loud = await captureCli(
    ['plan', '--repo', pkg.dir, '--cache-dir', join(tmp.dir, 'cli-cold'), '--json'],
    { env }
  )
  expect(loud.code).toBe(0)
  expect(loud.err).toMatch(/^progress: demo: fetching stable-2\.0: .*objects: +100% \(\d+\/\d+\)/m)
  expect(() => JSON.parse(loud.out)).not.toThrow()
  expect(loud.out).not.toMatch(/progress|objects/i)
  const quiet = await captureCli(
    ['plan', '--repo', pkg.dir, '--cache-dir', join(tmp.dir, 'cli-quiet'), '--json', '--quiet'],
    { env }
  )
  expect(quiet.err).not.toMatch(/progress:/)
  expect(JSON.parse(quiet.out)).toEqual(JSON.parse(loud.out))
})

test('a new pin removes the repositories of pins no run used for 30 days, and keeps the others', async () => {
  const { cache, clone } = copyOfGood('prune')
  const upstream = join(cache, 'upstream')
  const stale = clone.replace(/-[0-9a-f]+\.git$/, '-000000000000.git')
  const recent = clone.replace(/-[0-9a-f]+\.git$/, '-111111111111.git')
  const otherUpstream = join(upstream, '0123456789abcdef-000000000000.git')
  // The layout before one repository per pin: one per URL.
  const legacy = clone.replace(/-[0-9a-f]+\.git$/, '.git')
  for (const d of [stale, recent, otherUpstream, legacy]) cpSync(clone, d, { recursive: true })
  const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000)
  for (const d of [stale, otherUpstream]) utimesSync(join(d, 'stable-sync', 'used'), old, old)
  rmSync(join(legacy, 'stable-sync', 'used'))
  utimesSync(legacy, old, old)
  await repin(pkg, '2.0.1-1')
  try {
    const run = plan(cache)
    await run.result
    expect(run.log.lines).toContainEqual(
      expect.stringMatching(/removed the upstream cache .*-000000000000\.git/)
    )
  } finally {
    await repin(pkg, '2.0.0-1')
  }
  expect(existsSync(stale)).toBe(false)
  expect(existsSync(legacy)).toBe(false)
  expect(existsSync(recent)).toBe(true)
  expect(existsSync(clone)).toBe(true)
  // Another upstream's repositories are not this run's to judge.
  expect(existsSync(otherUpstream)).toBe(true)
})

/** SIGKILL every process working in `dir` (git fetch and the index-pack it started). */
function killWorkingIn(dir: string): number {
  let killed = 0
  for (const pid of readdirSync('/proc').filter(p => /^\d+$/.test(p))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) !== dir) continue
      process.kill(Number(pid), 'SIGKILL')
      killed++
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return killed
}

test('a run whose git fetch is killed mid-way fails, and the next run starts over and plans as cold', async () => {
  const cache = join(tmp.dir, 'killed-for-real')
  const clone = (): string =>
    join(
      cache,
      'upstream',
      readdirSync(join(cache, 'upstream')).find(d => d.endsWith('.git'))!
    )
  let killed = 0
  const log = memoryLogger()
  log.progress = () => {
    if (!killed) killed = killWorkingIn(clone())
  }
  const opts: EngineOptions = {
    repoDir: pkg.dir,
    config: pkg.config,
    cacheDir: cache,
    log,
    env: cycles.up.repo.env
  }
  await expect(planTrack(opts, pkg.config.tracks[0])).rejects.toThrow(/cannot fetch branch stable-2\.0/)
  expect(killed).toBeGreaterThan(0)
  expect(existsSync(join(clone(), 'stable-sync', 'fetching'))).toBe(true)
  await expectRebuilt(cache, /a fetch into it was interrupted/)
})
