import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import type { Config } from '../../src/config/types.js'
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
    const out = await this.repo.git.text(['ls-files', '-z'])
    const { readFileSync } = await import('node:fs')
    for (const p of out.split('\0').filter(Boolean))
      this.files.set(p, readFileSync(join(this.repo.dir, p), 'utf8'))
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
