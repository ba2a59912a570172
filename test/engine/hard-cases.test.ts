import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { applyTrack } from '../../src/engine/apply.js'
import { planTrack } from '../../src/engine/plan.js'
import type { EngineOptions, TrackResult } from '../../src/engine/types.js'
import { verifyTrack } from '../../src/engine/verify.js'
import { memoryLogger } from '../../src/log.js'
import { run } from '../../src/process/run.js'
import { makeQemuLikeFixture, type QemuLikeFixture } from '../helpers/stable-history.js'
import { makeTempDir } from '../helpers/tmp.js'

/** Snapshot of every file under debian/ (name → bytes), to prove what apply did or did not write. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`)
      else out.set(`${rel}${e.name}`, readFileSync(join(d, e.name)).toString('base64'))
    }
  }
  walk(join(dir, 'debian'), 'debian/')
  return out
}

/** The reconstruction property with real quilt: pin tree + `quilt push -a` vs the tip, as changed paths. */
async function quiltReconstruction(
  f: QemuLikeFixture,
  tmp: string,
  pin: string,
  tip: string
): Promise<string[]> {
  const tree = join(tmp, `quilt-${Date.now()}`)
  mkdirSync(tree, { recursive: true })
  const env = { GIT_INDEX_FILE: join(tree, '..', `${Date.now()}.index`) }
  const git = f.upstream.repo.git
  await git.exec(['--work-tree', tree, 'read-tree', pin], { env })
  await git.exec(['--work-tree', tree, 'checkout-index', '-a', '-f'], { env })
  const quilt = await run('quilt', ['--quiltrc', '-', 'push', '-a', '--fuzz=0', '-q'], {
    cwd: tree,
    env: {
      QUILT_PATCHES: join(f.packagingDir, 'debian/patches'),
      QUILT_PC: join(tmp, `pc-${Date.now()}`)
    },
    allowFailure: true
  })
  expect(quilt.stderr).not.toMatch(/fuzz/i)
  expect(quilt.code).toBe(0)
  await git.exec(['--work-tree', tree, 'add', '-A', '.', ':(exclude)roms/firmware'], { env })
  const { stdout } = await git.exec(['diff-index', '--cached', '--name-only', '-z', tip], { env })
  return stdout.toString('utf8').split('\0').filter(Boolean).sort()
}

describe('engine on a QEMU-like stable history with every hard case', () => {
  const tmp = makeTempDir()
  let f: QemuLikeFixture
  let opts: EngineOptions
  let plan: TrackResult
  beforeAll(async () => {
    f = await makeQemuLikeFixture(tmp.dir)
    opts = {
      repoDir: f.packagingDir,
      config: f.config,
      cacheDir: join(tmp.dir, 'cache'),
      log: memoryLogger(),
      now: new Date('2026-11-25T21:00:00Z'),
      env: {}
    }
    plan = await planTrack(opts, f.config.tracks[0])
  })
  afterAll(() => tmp.cleanup())

  it('proposes exactly the fixes, in upstream order, with a residual for the merge', () => {
    const s = f.shas
    expect(plan.patches.map(p => [p.file, p.kind, p.upstream])).toEqual([
      ['debian/patches/stable/0001-a-fix-overflow.patch', 'commit', [s.fixA]],
      ['debian/patches/stable/0002-d-fix-off-by-one-from-0-9.patch', 'commit', [s.side1]],
      [
        'debian/patches/stable/0003-merge-resolution-merge-branch-stable-0-9-fixes-into.patch',
        'merge-residual',
        [s.merge, s.side2]
      ],
      ['debian/patches/stable/0004-kvm-fix-irq-routing.patch', 'commit', [s.kvm]],
      ['debian/patches/stable/0005-b-fix-the-latin-1-case.patch', 'commit', [s.latin1]],
      ['debian/patches/stable/0006-docs-fix-typo-in-my-notes.patch', 'commit', [s.notes]]
    ])
    expect(plan.patches[4].author).toBe('J\u00e9r\u00f4me Lat\u00efn <latin1@example.org>')
  })

  it('skips with reasons and reports problems', () => {
    const s = f.shas
    const reasons = Object.fromEntries(plan.skipped.map(k => [k.sha, k.reason]))
    expect(reasons).toEqual({
      [s.bump]: 'version-bump',
      [s.tweak]: 'reverted',
      [s.revert]: 'reverted',
      [s.empty]: 'empty',
      [s.ci]: 'excluded-path',
      [s.wip]: 'excluded-subject',
      [s.carriedOrigin]: 'already-carried',
      [s.carriedPick]: 'already-carried',
      [s.carriedContent]: 'already-carried'
    })
    expect(plan.skipped.find(k => k.sha === s.carriedContent)?.text).toMatch(/c-null\.patch .*patch-id/)
    expect(plan.problems.map(p => [p.sha, p.kind])).toEqual([
      [s.binary, 'binary'],
      [s.submodule, 'submodule']
    ])
    expect(plan.verification.status).toBe('ok')
    for (const sha of [...plan.skipped.map(k => k.sha), plan.pin.sha, plan.tip.sha])
      expect(sha).toMatch(/^[0-9a-f]{40}$/)
  })

  it('a path-filtered track reduces a commit to its files and says so', async () => {
    const file = join(tmp.dir, 'kvm.yml')
    writeFileSync(
      file,
      [
        'maintainer: { name: Stable Bot, email: bot@example.org }',
        'tracks:',
        '  - name: kvm',
        `    upstream: { url: ${f.upstreamDir}, branch: stable-1.0, tag: 'v{version}' }`,
        '    paths: [hw/kvm/]',
        '    patch-dir: debian/patches/kvm',
        ''
      ].join('\n')
    )
    const config = await loadConfig(file, { repoDir: f.packagingDir })
    const r = await planTrack({ ...opts, config }, config.tracks[0])
    expect(r.patches.map(p => [p.file, p.upstream])).toEqual([
      ['debian/patches/kvm/0001-kvm-fix-irq-routing.patch', [f.shas.kvm]]
    ])
    expect(r.skipped.filter(k => k.reason === 'outside-paths').length).toBeGreaterThan(5)
    expect(r.problems).toEqual([])
    expect(r.verification.status).toBe('ok')
  })

  it('applies: DEP-3 patches, series, changelog; quilt reproduces the tip; a rerun changes nothing', async () => {
    const track = f.config.tracks[0]
    const applied = await applyTrack(opts, track)
    expect(applied.changed).toBe(true)
    expect(applied.verification.status).toBe('ok')
    const series = readFileSync(join(f.packagingDir, 'debian/patches/series'), 'utf8').trim().split('\n')
    expect(series).toEqual([
      ...f.existingPatches,
      ...plan.patches.map(p => p.file.replace('debian/patches/', ''))
    ])
    const first = readFileSync(join(f.packagingDir, plan.patches[0].file), 'utf8')
    expect(first.split('\n').slice(0, 6)).toEqual([
      'From: A U Thor <author@example.org>',
      expect.stringMatching(/^Date: \w{3}, \d+ \w{3} 2023 /),
      'Subject: a: fix overflow',
      `Origin: upstream, https://gitlab.example.org/qemu/-/commit/${f.shas.fixA}`,
      `Applied-Upstream: https://gitlab.example.org/qemu/-/commit/${'1' + 'ab'.repeat(20).slice(0, 39)}`,
      'Last-Update: 2026-11-25'
    ])
    const residual = readFileSync(join(f.packagingDir, plan.patches[2].file), 'utf8')
    expect(residual).toContain(f.shas.merge)
    expect(residual).toContain(f.shas.side2)
    expect(residual).toContain(f.shas.side1)
    const changelog = readFileSync(join(f.packagingDir, 'debian/changelog'), 'utf8')
    expect(changelog.split('\n')[0]).toBe('demo (1.0.0-2) UNRELEASED; urgency=medium')
    const parsed = await run('dpkg-parsechangelog', [
      '-l',
      join(f.packagingDir, 'debian/changelog'),
      '-S',
      'Version'
    ])
    expect(parsed.stdout.toString().trim()).toBe('1.0.0-2')

    // Reconstruction with real quilt: only files changed by skipped/problem commits, or by the
    // package's own patch, differ from the tip.
    // (.gitlab-ci.d: excluded path; VERSION: version bump; logo: binary; roms/firmware: submodule;
    // tests/t.c: the package's own patch.)
    expect(await quiltReconstruction(f, tmp.dir, plan.pin.sha, plan.tip.sha)).toEqual([
      '.gitlab-ci.d/ci.yml',
      'VERSION',
      'data/logo.bin',
      'roms/firmware',
      'tests/t.c'
    ])

    const before = snapshot(f.packagingDir)
    const again = await applyTrack(opts, track)
    expect(again.changed).toBe(false)
    expect(again.patches).toEqual([])
    expect(snapshot(f.packagingDir)).toEqual(before)
    const verified = await verifyTrack(opts, track)
    expect(verified.verification.status).toBe('ok')
  })
})
