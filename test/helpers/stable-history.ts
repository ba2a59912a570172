import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import type { Config } from '../../src/config/types.js'
import type { EngineOptions } from '../../src/engine/types.js'
import { memoryLogger } from '../../src/log.js'
import { FixtureRepo } from './git-fixture.js'

/**
 * Upstream + packaging repository pairs for engine tests (and for the sync action and calendar
 * tests): a real upstream git repo with a tagged release and a stable branch, and a packaging repo
 * with debian/ pinned to that release and a .github/stable-sync.yml pointing at the upstream.
 */

/** A text file of numbered lines, so fixes can change one line each. */
export function lines(name: string, n = 30): string {
  return Array.from({ length: n }, (_, i) => `${name} line ${i + 1}`).join('\n') + '\n'
}

/** Replace line `k` (1-based) of a text. */
export function editLine(text: string, k: number, replacement: string): string {
  const l = text.split('\n')
  l[k - 1] = replacement
  return l.join('\n')
}

export interface UpstreamFiles {
  [path: string]: string | Buffer
}

export class Upstream {
  readonly files = new Map<string, string | Buffer>()
  constructor(readonly repo: FixtureRepo) {}

  static async create(dir: string, home: string, initial: UpstreamFiles): Promise<Upstream> {
    const repo = await FixtureRepo.init(dir, home, 'master')
    const u = new Upstream(repo)
    for (const [p, c] of Object.entries(initial)) u.put(p, c)
    await repo.commit('Initial import')
    return u
  }

  put(path: string, content: string | Buffer): void {
    this.files.set(path, content)
    this.repo.write(path, content)
  }

  text(path: string): string {
    return String(this.files.get(path))
  }

  /** Change line k of a file and commit. */
  async fix(
    path: string,
    k: number,
    subject: string,
    opts: { body?: string; author?: string } = {}
  ): Promise<string> {
    this.put(path, editLine(this.text(path), k, `${path} line ${k} fixed by "${subject}"`))
    return this.repo.commit(opts.body ? `${subject}\n\n${opts.body}` : subject, { author: opts.author })
  }

  async git(args: string[]): Promise<string> {
    return this.repo.git.text(args, { env: this.repo.identityEnv() })
  }

  /** Re-read the working tree's files after a checkout. */
  async reload(): Promise<void> {
    this.files.clear()
    // Regular files only (a gitlink is a directory in the work tree).
    const out = await this.repo.git.text(['ls-files', '-s', '-z'])
    for (const entry of out.split('\0').filter(Boolean)) {
      const [meta, p] = entry.split('\t')
      if (meta.startsWith('160000')) continue
      this.files.set(p, readFileSync(join(this.repo.dir, p), 'utf8'))
    }
  }
}

export interface PackagingOptions {
  source?: string
  version: string
  distribution?: string
  /** Extra YAML for the track (indented 4 spaces), e.g. "    paths: [hw/kvm/]". */
  trackYaml?: string
  /** Existing patches: name (relative to debian/patches) → content. */
  patches?: [string, string][]
  commitUrl?: string
}

export async function makePackaging(
  dir: string,
  home: string,
  upstreamDir: string,
  o: PackagingOptions
): Promise<{ repo: FixtureRepo; config: Config; configFile: string }> {
  const repo = await FixtureRepo.init(dir, home, 'main')
  const source = o.source ?? 'demo'
  repo.write(
    'debian/changelog',
    `${source} (${o.version}) ${o.distribution ?? 'unstable'}; urgency=medium\n\n  * Initial release.\n\n -- Packager <packager@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n`
  )
  repo.write('debian/source/format', '3.0 (quilt)\n')
  const patches = o.patches ?? []
  for (const [name, content] of patches) repo.write(join('debian/patches', name), content)
  repo.write('debian/patches/series', patches.map(([n]) => `${n}\n`).join(''))
  const configFile = join(dir, '.github', 'stable-sync.yml')
  mkdirSync(join(dir, '.github'), { recursive: true })
  writeFileSync(
    configFile,
    [
      'maintainer: { name: Stable Bot, email: bot@example.org }',
      'tracks:',
      `  - name: ${source}`,
      '    upstream:',
      `      url: ${upstreamDir}`,
      '      branch: stable-1.0',
      "      tag: 'v{version}'",
      ...(o.commitUrl ? [`      commit-url: ${o.commitUrl}`] : []),
      ...(o.trackYaml ? [o.trackYaml] : []),
      ''
    ].join('\n')
  )
  await repo.commit('Packaging')
  const config = await loadConfig(configFile, { repoDir: dir })
  return { repo, config, configFile }
}

export interface LinearFixture {
  upstream: Upstream
  upstreamDir: string
  packagingDir: string
  config: Config
  configFile: string
  shas: Record<string, string>
}

/** The simplest pair: three fixes on stable-1.0 after v1.0.0, a packaging repo at 1.0.0-1. */
export async function makeLinearFixture(dir: string): Promise<LinearFixture> {
  const home = join(dir, 'home')
  mkdirSync(home, { recursive: true })
  const upstreamDir = join(dir, 'upstream')
  const upstream = await Upstream.create(upstreamDir, home, {
    VERSION: '1.0.0\n',
    'src/a.c': lines('a'),
    'src/b.c': lines('b'),
    'docs/my notes.txt': lines('notes')
  })
  await upstream.git(['tag', 'v1.0.0'])
  await upstream.git(['checkout', '-q', '-b', 'stable-1.0'])
  const shas: Record<string, string> = {}
  shas.fixA = await upstream.fix('src/a.c', 3, 'a: fix overflow', { body: 'Cc: qemu-stable@nongnu.org' })
  shas.fixB = await upstream.fix('src/b.c', 10, 'b: fix leak')
  shas.fixNotes = await upstream.fix('docs/my notes.txt', 5, 'docs: fix typo in my notes')
  await upstream.git(['checkout', '-q', 'master'])
  const packagingDir = join(dir, 'packaging')
  const { config, configFile } = await makePackaging(packagingDir, home, upstreamDir, { version: '1.0.0-1' })
  return { upstream, upstreamDir, packagingDir, config, configFile, shas }
}

/** A fake mainline sha (for `(cherry picked from commit …)` lines). */
export const mainlineSha = (n: number): string => (n.toString(16) + 'ab'.repeat(20)).slice(0, 40)

/**
 * Commit with an author name in raw Latin-1 bytes and no encoding header, as old history has.
 * git's environment cannot carry such bytes, so the commit object is written by hand.
 */
export async function commitLatin1Author(
  repo: FixtureRepo,
  authorLatin1: Buffer,
  subject: string
): Promise<string> {
  await repo.git.exec(['add', '-A'])
  const tree = await repo.git.text(['write-tree'])
  const parent = await repo.git.text(['rev-parse', 'HEAD'])
  const body = Buffer.concat([
    Buffer.from(`tree ${tree}\nparent ${parent}\nauthor `),
    authorLatin1,
    Buffer.from(
      ` <latin1@example.org> 1700001000 +0000\ncommitter C O Mitter <committer@example.org> 1700001000 +0000\n\n${subject}\n`
    )
  ])
  const sha = await repo.git.text(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: body })
  await repo.git.exec(['update-ref', 'HEAD', sha])
  return sha
}

export interface QemuLikeFixture extends LinearFixture {
  /** Existing patches in the packaging repo (names relative to debian/patches). */
  existingPatches: string[]
  home: string
}

/** Engine options for the fixture's packaging repo with a given cache (a fixed clock, a fresh log). */
export function fixtureOptions(
  f: LinearFixture,
  cacheDir: string,
  env: Record<string, string> = {}
): EngineOptions & { log: ReturnType<typeof memoryLogger> } {
  return {
    repoDir: f.packagingDir,
    config: f.config,
    cacheDir,
    log: memoryLogger(),
    now: new Date('2026-11-25T21:00:00Z'),
    env
  }
}

/**
 * The hard cases of a QEMU-like stable branch, in one history (see test/engine/hard-cases.test.ts):
 * linear fixes, a misleading version bump, a revert pair, a binary change, a submodule bump, an
 * empty commit, an excluded path and subject, three commits already carried three ways, a merge
 * of another stable branch with a conflict resolution, a commit touching hw/kvm and other files
 * (for a path-filtered track), a Latin-1 author name, a file name with spaces.
 */
export async function makeQemuLikeFixture(dir: string): Promise<QemuLikeFixture> {
  const home = join(dir, 'home')
  mkdirSync(home, { recursive: true })
  const upstreamDir = join(dir, 'upstream')
  const logo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 4])
  const u = await Upstream.create(upstreamDir, home, {
    VERSION: '1.0.0\n',
    'src/a.c': lines('a'),
    'src/b.c': lines('b'),
    'src/c.c': lines('c'),
    'src/d.c': lines('d'),
    'hw/kvm/kvm.c': lines('kvm'),
    'tests/t.c': lines('t'),
    '.gitlab-ci.d/ci.yml': lines('ci', 5),
    'docs/my notes.txt': lines('notes'),
    'data/logo.bin': logo
  })
  const r = u.repo
  const gitlinkA = await r.git.text(['rev-parse', 'HEAD'])
  // An unpopulated submodule is an empty directory; `git add -A` then keeps the gitlink.
  mkdirSync(join(upstreamDir, 'roms', 'firmware'), { recursive: true })
  await r.git.exec(['update-index', '--add', '--cacheinfo', `160000,${gitlinkA},roms/firmware`])
  await r.commit('Add firmware submodule')
  await u.git(['tag', 'v0.9.0', 'HEAD~1'])
  await u.git(['tag', 'v1.0.0'])
  const s: Record<string, string> = {}
  await u.git(['checkout', '-q', '-b', 'stable-1.0'])
  s.fixA = await u.fix('src/a.c', 3, 'a: fix overflow', {
    body: `Cc: qemu-stable@nongnu.org\n(cherry picked from commit ${mainlineSha(1)})`
  })
  u.put('VERSION', '1.0.1\n')
  s.bump = await r.commit('Fix crash in the option parser')
  s.tweak = await u.fix('src/c.c', 5, 'c: tweak defaults')
  await r.git.exec(['revert', '--no-edit', s.tweak], { env: r.identityEnv() })
  s.revert = await r.git.text(['rev-parse', 'HEAD'])
  u.put('src/c.c', readText(join(upstreamDir, 'src/c.c')))
  u.put('data/logo.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9, 0, 4]))
  s.binary = await r.commit('data: refresh logo')
  await r.git.exec(['update-index', '--cacheinfo', `160000,${s.fixA},roms/firmware`])
  s.submodule = await r.commit('roms: update firmware')
  s.empty = await r.commit('Empty commit for CI')
  u.put('.gitlab-ci.d/ci.yml', editLine(u.text('.gitlab-ci.d/ci.yml'), 2, 'ci fixed'))
  s.ci = await r.commit('ci: fix the pipeline')
  s.wip = await u.fix('tests/t.c', 4, 'tests: WIP do not merge')
  s.carriedOrigin = await u.fix('src/b.c', 10, 'b: fix leak')
  s.carriedPick = await u.fix('src/d.c', 7, 'd: fix race', {
    body: `(cherry picked from commit ${mainlineSha(2)})`
  })
  s.carriedContent = await u.fix('src/c.c', 20, 'c: fix null deref')
  // Another stable branch, merged with a conflict on a.c line 3.
  await u.git(['checkout', '-q', '-b', 'stable-0.9-fixes', 'v1.0.0'])
  await u.reload()
  s.side1 = await u.fix('src/d.c', 25, 'd: fix off-by-one (from 0.9)')
  s.side2 = await u.fix('src/a.c', 3, 'a: fix overflow differently (from 0.9)')
  await u.git(['checkout', '-q', 'stable-1.0'])
  await u.reload()
  await r.git.exec(
    ['merge', '--no-ff', '-q', '-m', "Merge branch 'stable-0.9-fixes' into stable-1.0", 'stable-0.9-fixes'],
    {
      env: r.identityEnv(),
      allowFailure: true
    }
  )
  const merged = editLine(
    readText(join(upstreamDir, 'src/d.c')),
    25,
    'src/d.c line 25 fixed by "d: fix off-by-one (from 0.9)"'
  )
  r.write('src/d.c', merged)
  r.write('src/a.c', editLine(u.text('src/a.c'), 3, 'src/a.c line 3 fixed by both (resolution)'))
  await r.git.exec(['add', '-A'])
  await r.git.exec(['commit', '-q', '--no-edit'], { env: r.identityEnv() })
  s.merge = await r.git.text(['rev-parse', 'HEAD'])
  await u.reload()
  u.put('hw/kvm/kvm.c', editLine(u.text('hw/kvm/kvm.c'), 4, 'kvm fixed'))
  u.put('src/b.c', editLine(u.text('src/b.c'), 20, 'b line 20 for kvm'))
  s.kvm = await r.commit('kvm: fix irq routing')
  u.put('src/b.c', editLine(u.text('src/b.c'), 25, 'b line 25 by J\u00e9r\u00f4me'))
  s.latin1 = await commitLatin1Author(
    r,
    Buffer.from('J\xe9r\xf4me Lat\xefn', 'latin1'),
    'b: fix the Latin-1 case'
  )
  s.notes = await u.fix('docs/my notes.txt', 5, 'docs: fix typo in my notes')
  await u.git(['checkout', '-q', 'master'])
  await u.reload()

  const packagingDir = join(dir, 'packaging')
  const patchOf = async (sha: string, context?: number): Promise<string> =>
    r.git
      .text(['diff', ...(context !== undefined ? [`-U${context}`] : []), `${sha}~1`, sha])
      .then(t => t + '\n')
  // Shift the hunk's line numbers: the same change made against a slightly different tree.
  const shifted = (await patchOf(s.carriedContent, 1)).replace(
    /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@/m,
    (_m, a, b, c, d) => `@@ -${Number(a) - 3},${b} +${Number(c) - 3},${d} @@`
  )
  const own = `Description: Debian-specific default path\nForwarded: not-needed\n\n${await ownPatch()}`
  const existingPatches: [string, string][] = [
    ['debian-default-path.patch', own],
    [
      'b-fix-leak.patch',
      `Description: b: fix leak\nOrigin: upstream, commit:${s.carriedOrigin}\n\n${await patchOf(s.carriedOrigin)}`
    ],
    [
      'd-fix-race.patch',
      `Subject: d: fix race\n\n(cherry picked from commit ${mainlineSha(2)})\n---\n${await patchOf(s.carriedPick)}`
    ],
    ['c-null.patch', shifted]
  ]
  const { config, configFile } = await makePackaging(packagingDir, home, upstreamDir, {
    version: '1.0.0-1',
    patches: existingPatches,
    commitUrl: 'https://gitlab.example.org/qemu/-/commit/{sha}',
    trackYaml: ['    exclude:', '      paths: [.gitlab-ci.d/]', "      subjects: ['^tests: WIP']"].join('\n')
  })
  return {
    upstream: u,
    upstreamDir,
    packagingDir,
    config,
    configFile,
    shas: s,
    existingPatches: existingPatches.map(p => p[0]),
    home
  }

  async function ownPatch(): Promise<string> {
    // A distro change to tests/t.c line 30 (upstream never touches it).
    return [
      '--- a/tests/t.c',
      '+++ b/tests/t.c',
      '@@ -28,3 +28,3 @@',
      ' t line 28',
      ' t line 29',
      '-t line 30',
      '+t line 30 (debian)',
      ''
    ].join('\n')
  }
}

function readText(path: string): string {
  return readFileSync(path, 'utf8')
}
