import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import type { Config } from '../../src/config/types.js'
import { FixtureRepo } from './git-fixture.js'
import { lines, Upstream } from './stable-history.js'

/**
 * An upstream that lives through release cycles, for cache tests: two stable branches and the
 * history around them.
 *
 *   master:      init ─ m1 ─(v1.0.0)─ m2 ─ m3 ─ merge v1.0.2 ─ m4 ─(v2.0.0)
 *   stable-1.0:          └ s1 (v1.0.1) ─ s2 (v1.0.2) ─ s3 (v1.0.3) ─ s4
 *   experimental:        └ x1 (v1.5.0, a tag on a side branch)
 *   stable-2.0:                                        └ t1 ─(v2.0.1)─ merge v1.0.3 ─ t2 ─ t3
 *
 * stable-2.0 merges a release of the other stable branch (v1.0.3, whose history v2.0.0 partly has:
 * the pin v2.0.0 is not on that merge's first-parent line), and the newer-than-the-pin tags include
 * one on a side branch. Every commit changes its own line, so every fix applies on its own.
 */
export interface ReleaseCycles {
  up: Upstream
  home: string
  tags: string[]
}

async function release(up: Upstream, version: string): Promise<void> {
  up.put('VERSION', `${version}\n`)
  await up.repo.commit(`Update version for ${version} release`)
  await up.git(['tag', '-a', '-m', `v${version}`, `v${version}`])
}

export async function makeReleaseCycles(dir: string): Promise<ReleaseCycles> {
  const home = join(dir, 'home')
  mkdirSync(home, { recursive: true })
  const up = await Upstream.create(join(dir, 'upstream'), home, {
    VERSION: '0.9.0\n',
    'src/a.c': lines('a', 40),
    'src/b.c': lines('b', 40),
    'src/c.c': lines('c', 40),
    'src/d.c': lines('d', 40)
  })
  await up.fix('src/a.c', 2, 'a: m1')
  await release(up, '1.0.0')
  await up.git(['checkout', '-q', '-b', 'experimental'])
  await up.fix('src/d.c', 38, 'd: experimental x1')
  await release(up, '1.5.0')
  await up.git(['checkout', '-q', '-b', 'stable-1.0', 'v1.0.0'])
  await up.reload()
  await up.fix('src/b.c', 3, 'b: s1 fix', { body: 'Cc: qemu-stable@nongnu.org' })
  await release(up, '1.0.1')
  await up.fix('src/c.c', 4, 'c: s2 fix')
  await release(up, '1.0.2')
  await up.git(['checkout', '-q', 'master'])
  await up.reload()
  await up.fix('src/a.c', 10, 'a: m2')
  await up.fix('src/d.c', 5, 'd: m3')
  await up.git(['merge', '-q', '--no-ff', '-X', 'theirs', '-m', 'Merge tag v1.0.2', 'v1.0.2'])
  await up.reload()
  await up.fix('src/a.c', 12, 'a: m4')
  await release(up, '2.0.0')
  await up.git(['checkout', '-q', 'stable-1.0'])
  await up.reload()
  await up.fix('src/c.c', 20, 'c: s3 fix')
  await release(up, '1.0.3')
  await up.fix('src/b.c', 25, 'b: s4 fix')
  await up.git(['checkout', '-q', '-b', 'stable-2.0', 'v2.0.0'])
  await up.reload()
  await up.fix('src/b.c', 15, 'b: t1 fix')
  await release(up, '2.0.1')
  await up.git(['merge', '-q', '--no-ff', '-X', 'ours', '-m', 'Merge tag v1.0.3 into stable-2.0', 'v1.0.3'])
  await up.reload()
  await up.fix('src/d.c', 20, 'd: t2 fix')
  await up.fix('src/a.c', 30, 'a: t3 fix')
  await up.git(['checkout', '-q', 'master'])
  const tags = (await up.git(['tag', '--list'])).split('\n').filter(Boolean)
  return { up, home, tags }
}

/** A packaging repository for one branch of that upstream, pinned through debian/changelog. */
export async function makeCyclePackage(
  dir: string,
  cycles: ReleaseCycles,
  o: { branch: string; version: string; paths?: string[] }
): Promise<{ repo: FixtureRepo; config: Config; dir: string }> {
  const repo = await FixtureRepo.init(dir, cycles.home, 'main')
  repo.write(
    'debian/changelog',
    `demo (${o.version}) unstable; urgency=medium\n\n  * Initial release.\n\n -- Packager <packager@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n`
  )
  repo.write('debian/source/format', '3.0 (quilt)\n')
  repo.write('debian/patches/series', '')
  const configFile = join(dir, '.github', 'stable-sync.yml')
  mkdirSync(join(dir, '.github'), { recursive: true })
  writeFileSync(
    configFile,
    [
      'maintainer: { name: Stable Bot, email: bot@example.org }',
      'tracks:',
      '  - name: demo',
      '    upstream:',
      `      url: ${cycles.up.repo.dir}`,
      `      branch: ${o.branch}`,
      "      tag: 'v{version}'",
      ...(o.paths ? [`    paths: [${o.paths.join(', ')}]`] : []),
      ''
    ].join('\n')
  )
  await repo.commit('Packaging')
  const config = await loadConfig(configFile, { repoDir: dir })
  return { repo, config, dir }
}

/** Point a package at another pinned version (a new changelog top entry), as a maintainer would. */
export async function repin(pkg: { repo: FixtureRepo }, version: string): Promise<void> {
  pkg.repo.write(
    'debian/changelog',
    `demo (${version}) unstable; urgency=medium\n\n  * Repinned.\n\n -- Packager <packager@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n`
  )
  await pkg.repo.commit(`Pin ${version}`)
}
