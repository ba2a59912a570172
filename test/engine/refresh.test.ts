import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeResult } from '../../src/cli/commands/engine-run.js'
import { applyTrack } from '../../src/engine/apply.js'
import { planTrack } from '../../src/engine/plan.js'
import type { EngineOptions, TrackResult } from '../../src/engine/types.js'
import { verifyTrack } from '../../src/engine/verify.js'
import { dep3Field, parseDep3, splitPatch } from '../../src/debian/dep3.js'
import { memoryLogger } from '../../src/log.js'
import { run } from '../../src/process/run.js'
import { renderPullBody } from '../../src/publish/body.js'
import { editLine, lines, makePackaging, Upstream } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'
import type { Config } from '../../src/config/types.js'

/** A unified diff of one file, as a packager makes it (`diff -u` with a/ and b/ labels). */
async function unifiedDiff(tmp: string, path: string, before: string, after: string): Promise<string> {
  writeFileSync(join(tmp, 'before'), before)
  writeFileSync(join(tmp, 'after'), after)
  const r = await run(
    'diff',
    ['-u', '--label', `a/${path}`, '--label', `b/${path}`, join(tmp, 'before'), join(tmp, 'after')],
    { allowFailure: true }
  )
  expect(r.code).toBe(1)
  return r.stdout.toString('utf8')
}

/** The package's series with real quilt at fuzz 0 onto the pinned tree; returns the tree. */
async function quiltPush(
  upstream: Upstream,
  packagingDir: string,
  tmp: string,
  pin: string
): Promise<string> {
  const tree = join(tmp, `quilt-${Date.now()}`)
  mkdirSync(tree, { recursive: true })
  const env = { GIT_INDEX_FILE: `${tree}.index` }
  await upstream.repo.git.exec(['--work-tree', tree, 'read-tree', pin], { env })
  await upstream.repo.git.exec(['--work-tree', tree, 'checkout-index', '-a', '-f'], { env })
  const quilt = await run('quilt', ['--quiltrc', '-', 'push', '-a', '--fuzz=0'], {
    cwd: tree,
    env: { QUILT_PATCHES: join(packagingDir, 'debian/patches'), QUILT_PC: `${tree}.pc` },
    allowFailure: true
  })
  expect(`${quilt.stdout.toString('utf8')}${quilt.stderr}`).not.toMatch(/fuzz|FAILED|offset/i)
  expect(quilt.code).toBe(0)
  return tree
}

/**
 * Upstream fixes that run into the distribution's own patches: one refreshes cleanly onto
 * debian-a.patch (its hunk's context is the line that patch changes), one conflicts with
 * debian-b.patch (both change the same line) and stays does-not-apply, naming that patch. A hand
 * backport recorded with `Origin: backport, <url of the upstream commit>` counts as carried next run.
 */
describe('a fix that conflicts with the distribution’s own patch', () => {
  const tmp = makeTempDir()
  const commitUrl = 'https://example.org/upstream/commit/{sha}'
  let upstream: Upstream
  let packagingDir: string
  let config: Config
  let opts: EngineOptions
  let pin: string
  const s: Record<string, string> = {}
  let plan: TrackResult

  beforeAll(async () => {
    const home = join(tmp.dir, 'home')
    mkdirSync(home, { recursive: true })
    upstream = await Upstream.create(join(tmp.dir, 'upstream'), home, {
      VERSION: '1.0.0\n',
      'src/a.c': lines('a'),
      'src/b.c': lines('b'),
      'src/c.c': lines('c'),
      'src/d.c': lines('d')
    })
    await upstream.git(['tag', 'v1.0.0'])
    pin = await upstream.git(['rev-parse', 'HEAD'])
    await upstream.git(['checkout', '-q', '-b', 'stable-1.0'])
    s.clean = await upstream.fix('src/a.c', 13, 'a: fix bounds check')
    s.conflict = await upstream.fix('src/b.c', 20, 'b: fix use after free')
    s.plain = await upstream.fix('src/c.c', 5, 'c: fix typo')
    // The series skips this one (excluded subject), so the next fix's context is not in the tree.
    s.wip = await upstream.fix('src/d.c', 10, 'd: WIP rework')
    s.afterSkip = await upstream.fix('src/d.c', 12, 'd: fix overflow')
    await upstream.git(['checkout', '-q', 'master'])

    const a = lines('a')
    const b = lines('b')
    const own = async (path: string, before: string, after: string, subject: string): Promise<string> =>
      `Description: ${subject}\nForwarded: not-needed\nLast-Update: 2026-01-01\n---\n` +
      (await unifiedDiff(tmp.dir, path, before, after))
    const patches: [string, string][] = [
      [
        'debian-a.patch',
        await own('src/a.c', a, editLine(a, 10, 'a line 10, as Debian has it'), 'Debian: a')
      ],
      [
        'debian-b.patch',
        await own('src/b.c', b, editLine(b, 20, 'b line 20, as Debian has it'), 'Debian: b')
      ],
      // Touches src/a.c too, far from the fix: the conflict is not blamed on it.
      [
        'debian-a-tail.patch',
        await own(
          'src/a.c',
          editLine(a, 10, 'a line 10, as Debian has it'),
          editLine(editLine(a, 10, 'a line 10, as Debian has it'), 28, 'a tail'),
          'Debian: a tail'
        )
      ]
    ]
    packagingDir = join(tmp.dir, 'packaging')
    ;({ config } = await makePackaging(packagingDir, home, join(tmp.dir, 'upstream'), {
      version: '1.0.0-1',
      patches,
      commitUrl,
      trackYaml: "    exclude:\n      subjects: ['^d: WIP']"
    }))
    opts = {
      repoDir: packagingDir,
      config,
      cacheDir: join(tmp.dir, 'cache'),
      log: memoryLogger(),
      now: new Date('2026-11-25T21:00:00Z'),
      env: {}
    }
    plan = await planTrack(opts, config.tracks[0])
  })
  afterAll(() => tmp.cleanup())

  it('plan refreshes the fix that merges cleanly and marks it for review', () => {
    expect(plan.patches.map(p => [p.upstream, p.refreshed])).toEqual([
      [[s.clean], { onto: 'debian/patches/debian-a.patch' }],
      [[s.plain], undefined]
    ])
    expect(plan.problems.map(p => [p.sha, p.kind])).toEqual([
      [s.clean, 'refreshed'],
      [s.conflict, 'does-not-apply'],
      [s.afterSkip, 'does-not-apply']
    ])
    expect(plan.problems[0].text).toMatch(/after debian\/patches\/debian-a\.patch; refreshed onto it.*review/)
    expect(plan.verification.status).toBe('ok')
  })

  it('names the distribution patch a fix that does not merge conflicts with', () => {
    const text = plan.problems.find(p => p.sha === s.conflict)!.text
    expect(text).toContain("conflicts with the package's own patch debian/patches/debian-b.patch")
    expect(text).toContain('(both change lines 17-23 of src/b.c)')
    expect(text).toContain('a three-way refresh left conflicts in src/b.c')
    expect(text).toContain('docs/does-not-apply.md')
  })

  it('does not refresh over a file that differs from upstream through a skipped commit', () => {
    const text = plan.problems.find(p => p.sha === s.afterSkip)!.text
    expect(text).not.toContain('conflicts with')
    expect(text).toContain(
      "src/d.c differs from upstream through upstream commits the series skips or carries in another form, not only through the package's own patches; no three-way refresh"
    )
    expect(plan.skipped.find(k => k.sha === s.wip)?.reason).toBe('excluded-subject')
  })

  it('plan output marks the refreshed patch', () => {
    const text = describeResult(plan, 'plan').join('\n')
    expect(text).toMatch(
      /debian\/patches\/stable\/0001-a-fix-bounds-check\.patch .* \[refreshed onto debian\/patches\/debian-a\.patch: review it\]/
    )
    expect(text).toMatch(/refreshed: does not apply at fuzz 0 after debian\/patches\/debian-a\.patch/)
  })

  it('the PR body marks the refreshed patch', () => {
    const body = renderPullBody({ track: config.tracks[0], result: plan })
    expect(body).toContain('(**refreshed** onto `debian/patches/debian-a.patch`: review it)')
    expect(body).toMatch(/\*\*refreshed\*\*: does not apply at fuzz 0 after/)
    expect(body).toMatch(/\*\*does-not-apply\*\*: .*debian-b\.patch/)
  })

  it('apply writes the refreshed patch as a backport; real quilt pushes the series at fuzz 0', async () => {
    const applied = await applyTrack(opts, config.tracks[0])
    expect(applied.changed).toBe(true)
    expect(applied.verification.status).toBe('ok')
    const file = join(packagingDir, applied.patches[0].file)
    const { header, diff } = splitPatch(readFileSync(file, 'utf8'))
    const dep3 = parseDep3(header)
    expect(dep3Field(dep3, 'Origin')).toBe(`backport, https://example.org/upstream/commit/${s.clean}`)
    expect(dep3Field(dep3, 'Applied-Upstream')).toBe(`https://example.org/upstream/commit/${s.clean}`)
    expect(header).toContain('refreshed by stable-sync onto debian/patches/debian-a.patch')
    // Made against the series: its context is Debian's line 10, not upstream's.
    expect(diff).toContain(' a line 10, as Debian has it')
    expect(diff).toContain('+src/a.c line 13 fixed by "a: fix bounds check"')

    const tree = await quiltPush(upstream, packagingDir, tmp.dir, pin)
    const a = readFileSync(join(tree, 'src/a.c'), 'utf8')
    expect(a).toContain('a line 10, as Debian has it')
    expect(a).toContain('src/a.c line 13 fixed by "a: fix bounds check"')
    expect(a).toContain('a tail')
    expect((await verifyTrack(opts, config.tracks[0])).verification.status).toBe('ok')
  })

  it('a hand backport recorded with Origin: backport, <commit url> is carried on the next run', async () => {
    // The maintainer resolves the conflict by hand on top of the series and records the upstream commit.
    const b = editLine(lines('b'), 20, 'b line 20, as Debian has it')
    const patch =
      `Description: b: fix use after free\n Backported by hand onto debian-b.patch.\n` +
      `Origin: backport, https://example.org/upstream/commit/${s.conflict}\n` +
      `Forwarded: not-needed\nLast-Update: 2026-11-26\n---\n` +
      (await unifiedDiff(tmp.dir, 'src/b.c', b, editLine(b, 20, 'b line 20, as Debian has it, fixed')))
    writeFileSync(join(packagingDir, 'debian/patches/stable/b-fix-use-after-free.patch'), patch)
    writeFileSync(
      join(packagingDir, 'debian/patches/series'),
      readFileSync(join(packagingDir, 'debian/patches/series'), 'utf8') +
        'stable/b-fix-use-after-free.patch\n'
    )
    const next = await planTrack(opts, config.tracks[0])
    expect(next.patches).toEqual([])
    expect(next.problems.map(p => [p.sha, p.kind])).toEqual([[s.afterSkip, 'does-not-apply']])
    expect(Object.fromEntries(next.skipped.map(k => [k.sha, [k.reason, k.text]]))).toEqual({
      [s.clean]: ['already-carried', expect.stringContaining('0001-a-fix-bounds-check.patch')],
      [s.conflict]: [
        'already-carried',
        'already carried as debian/patches/stable/b-fix-use-after-free.patch (it names this commit)'
      ],
      [s.plain]: ['already-carried', expect.stringContaining('0002-c-fix-typo.patch')],
      [s.wip]: ['excluded-subject', expect.any(String)]
    })
    expect(next.verification.status).toBe('ok')
    const tree = await quiltPush(upstream, packagingDir, tmp.dir, pin)
    expect(readFileSync(join(tree, 'src/b.c'), 'utf8')).toContain('b line 20, as Debian has it, fixed')
  })
})
