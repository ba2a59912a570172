import { appendFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../../src/cli/main.js'
import { createGit } from '../../../src/git/gateway.js'
import { run } from '../../../src/process/run.js'
import { makeLinearFixture, type LinearFixture } from '../../helpers/stable-history.js'
import { makeTempDir } from '../../helpers/tmp.js'

/**
 * One packaging repo walked through the freeze calendar with --now: fixes (the engine's fix-only
 * series), track (move the pin to the newest stable release, dropping what it contains), frozen
 * (plan lists pending fixes, apply writes nothing).
 *
 * Upstream stable-1.0: v1.0.0, fixA, fixB, fixNotes, "Update version for 1.0.1 release" (tag v1.0.1),
 * fixC; fixD arrives during the freeze.
 */
const tmp = makeTempDir()
let f: LinearFixture
let fixC: string
afterAll(() => tmp.cleanup())

beforeAll(async () => {
  f = await makeLinearFixture(tmp.dir)
  await f.upstream.git(['checkout', '-q', 'stable-1.0'])
  f.upstream.put('VERSION', '1.0.1\n')
  await f.upstream.repo.commit('Update version for 1.0.1 release')
  await f.upstream.git(['tag', '-a', '-m', 'v1.0.1', 'v1.0.1'])
  fixC = await f.upstream.fix('src/b.c', 20, 'b: fix use after free')
  appendFileSync(
    f.configFile,
    ['calendar:', "  feature-freeze: '2026-11-01'", "  beta-freeze: '2026-12-01'", ''].join('\n')
  )
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the --json document is read freely
type Json = any

async function cli(args: string[]): Promise<{ code: number; out: string; err: string; json?: Json }> {
  let out = ''
  let err = ''
  const engine = ['plan', 'apply', 'verify'].includes(args[0])
  const code = await runCli(engine ? [...args, '--cache-dir', join(tmp.dir, 'cache')] : args, {
    out: t => void (out += `${t}\n`),
    err: t => void (err += `${t}\n`),
    cwd: f.packagingDir,
    env: { ...f.upstream.repo.env }
  })
  if (args.includes('--json') && !out) throw new Error(`stable-sync ${args.join(' ')}: exit ${code}: ${err}`)
  return { code, out, err, json: args.includes('--json') ? JSON.parse(out) : undefined }
}

const file = (p: string): string => readFileSync(join(f.packagingDir, p), 'utf8')
const debianState = async (): Promise<string> =>
  (await createGit(f.packagingDir, f.upstream.repo.env).exec(['add', '-A', '-n', '.'])).stdout.toString() +
  file('debian/changelog') +
  file('debian/patches/series')

test('fixes → track → frozen on one repo', async () => {
  // Fixes mode (between the freezes): the engine's fix-only series.
  const fixes = await cli(['apply', '--now', '2026-11-15', '--json'])
  expect(fixes.code).toBe(0)
  const [r1] = fixes.json.tracks
  expect(r1.calendar).toMatchObject({ mode: 'fixes', day: '2026-11-15' })
  expect(r1.changed).toBe(true)
  expect(r1.patches.map((p: Json) => p.upstream[0])).toEqual([
    f.shas.fixA,
    f.shas.fixB,
    f.shas.fixNotes,
    fixC
  ])
  expect(r1.skipped.map((s: Json) => s.reason)).toEqual(['version-bump'])

  // Track mode (before feature freeze): the pin moves to v1.0.1; the three fixes it contains go.
  const beforePlan = await debianState()
  const plan = await cli(['plan', '--now', '2026-10-20', '--json'])
  expect(plan.code).toBe(0)
  const [r2] = plan.json.tracks
  expect(r2.calendar.mode).toBe('track')
  expect(r2.move.to.tag).toBe('v1.0.1')
  expect(r2.move.version).toBe('1.0.1-1')
  expect(r2.move.dropped.map((d: Json) => [d.file, d.how, d.upstream])).toEqual([
    ['debian/patches/stable/0001-a-fix-overflow.patch', 'patch-id', f.shas.fixA],
    ['debian/patches/stable/0002-b-fix-leak.patch', 'patch-id', f.shas.fixB],
    ['debian/patches/stable/0003-docs-fix-typo-in-my-notes.patch', 'patch-id', f.shas.fixNotes]
  ])
  expect(r2.move.kept).toEqual(['debian/patches/stable/0004-b-fix-use-after-free.patch'])
  expect(r2.verification.status).toBe('ok')
  expect(await debianState()).toBe(beforePlan)

  const moved = await cli(['apply', '--now', '2026-10-20'])
  expect(moved.code).toBe(0)
  expect(file('debian/patches/series')).toBe('stable/0004-b-fix-use-after-free.patch\n')
  const parsed = (
    await run('dpkg-parsechangelog', ['-l', join(f.packagingDir, 'debian/changelog'), '-S', 'Version'])
  ).stdout
    .toString()
    .trim()
  expect(parsed).toBe('1.0.1-1')
  // The never-uploaded 1.0.0-2 entry gives way to the move; only the kept patch's line stays.
  const tagSha = await f.upstream.git(['rev-parse', 'v1.0.1^{commit}'])
  const s12 = (sha: string): string => sha.slice(0, 12)
  expect(file('debian/changelog')).toBe(
    [
      'demo (1.0.1-1) UNRELEASED; urgency=medium',
      '',
      `  * New upstream stable release 1.0.1 (tag v1.0.1, ${s12(tagSha)}).`,
      '  * Drop patches included in 1.0.1:',
      `    - d/p/stable/0001-a-fix-overflow.patch (upstream ${s12(f.shas.fixA)})`,
      `    - d/p/stable/0002-b-fix-leak.patch (upstream ${s12(f.shas.fixB)})`,
      `    - d/p/stable/0003-docs-fix-typo-in-my-notes.patch (upstream ${s12(f.shas.fixNotes)})`,
      '',
      '  * d/p/stable/*: cherry-pick 1 fix from upstream stable-1.0 (up to',
      `    ${s12(fixC)}):`,
      '    - 0004-b-fix-use-after-free.patch: b: fix use after free',
      '',
      ' -- Stable Bot <bot@example.org>  Tue, 20 Oct 2026 12:00:00 +0000',
      '',
      'demo (1.0.0-1) unstable; urgency=medium',
      '',
      '  * Initial release.',
      '',
      ' -- Packager <packager@example.org>  Tue, 14 Nov 2023 22:13:20 +0000',
      ''
    ].join('\n')
  )

  // Still track mode, but the pin is now the newest release: the engine's plain fixes, nothing new.
  const again = await cli(['apply', '--now', '2026-10-21', '--json'])
  expect(again.json.tracks[0]).toMatchObject({ calendar: { mode: 'track' }, changed: false, patches: [] })
  expect(again.json.tracks[0].move).toBeUndefined()

  // The moved package verifies against the new pin.
  const verify = await cli(['verify', '--json'])
  expect(verify.json.tracks[0].pin.tag).toBe('v1.0.1')
  expect(verify.json.tracks[0].verification.status).toBe('ok')

  // Frozen (after beta freeze): a new upstream fix is pending, plan lists it, apply writes nothing.
  const fixD = await f.upstream.fix('src/a.c', 25, 'a: fix crash on reset')
  const frozenPlan = await cli(['plan', '--now', '2026-12-02', '--json'])
  const [r3] = frozenPlan.json.tracks
  expect(r3.calendar).toMatchObject({ mode: 'frozen', reason: 'beta freeze since 2026-12-01' })
  expect(r3.patches).toEqual([])
  expect(r3.pending.status).toBe('pending (stable release update)')
  expect(r3.pending.patches.map((p: Json) => p.upstream[0])).toEqual([fixD])
  const before = await debianState()
  const frozenApply = await cli(['apply', '--now', '2026-12-02', '--json'])
  expect(frozenApply.code).toBe(0)
  expect(frozenApply.json.tracks[0].changed).toBe(false)
  expect(await debianState()).toBe(before)

  // status names the mode of each day and the next change.
  expect((await cli(['status', '--now', '2026-10-20'])).out).toBe(
    'demo: track (before feature freeze (2026-11-01)); fixes from 2026-11-01 (feature-freeze)\n'
  )
  expect((await cli(['status', '--now', '2026-12-02'])).out).toBe(
    'demo: frozen (beta freeze since 2026-12-01); no further change\n'
  )
})
