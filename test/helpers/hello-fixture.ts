import { cpSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FixtureRepo } from './git-fixture.js'

/** examples/hello: the upstream sources and the packaging (debian/) of the example package. */
export const HELLO_EXAMPLE = resolve('examples/hello')

export interface HelloFixture {
  upstream: FixtureRepo
  packaging: FixtureRepo
  /** Full sha of the commit tagged v1.0 (the pin of debian/changelog's 1.0-1). */
  tagSha: string
  /** The stable-1.0 fixes in order, then the version bump to 1.0.1. */
  stable: { fix: string; help: string; bump: string }
}

/**
 * Build, in `root`, what a maintainer of examples/hello has: `hello-upstream/` (a git repo made from
 * examples/hello/upstream, tagged `v1.0`, with a `stable-1.0` branch carrying two small fixes and a
 * version bump, and a `main` that moved on) and `hello-packaging/` (debian/ and .github/ of the
 * example, committed). The example config's `url: ../hello-upstream` points from one to the other.
 */
export async function makeHelloFixture(root: string, home = root): Promise<HelloFixture> {
  const upstream = await FixtureRepo.init(join(root, 'hello-upstream'), home, 'main')
  for (const name of readdirSync(join(HELLO_EXAMPLE, 'upstream'))) {
    upstream.write(name, readFileSync(join(HELLO_EXAMPLE, 'upstream', name)))
  }
  const tagSha = await upstream.commit('Initial import of hello-stable 1.0')
  await upstream.git.exec(['tag', '-a', 'v1.0', '-m', 'hello-stable 1.0', tagSha], {
    env: upstream.identityEnv()
  })

  // main moves on: a feature the stable branch never gets.
  upstream.write('NEWS', 'Future: a feature for 2.0.\n')
  await upstream.commit('Add NEWS for 2.0 development')

  await upstream.git.exec(['checkout', '-q', '-b', 'stable-1.0', 'v1.0'])
  // The stable branch's commits are kept as patches in examples/hello/stable-1.0/ (make-repos.sh
  // applies the same ones), so the fixture and the example cannot drift apart.
  const [fix, help, bump] = await applyStablePatches(upstream)
  await upstream.git.exec(['tag', '-a', 'v1.0.1', '-m', 'hello-stable 1.0.1', bump], {
    env: upstream.identityEnv()
  })
  await upstream.git.exec(['checkout', '-q', 'main'])

  const packaging = await FixtureRepo.init(join(root, 'hello-packaging'), home, 'main')
  cpSync(join(HELLO_EXAMPLE, 'debian'), join(packaging.dir, 'debian'), { recursive: true })
  cpSync(join(HELLO_EXAMPLE, '.github'), join(packaging.dir, '.github'), { recursive: true })
  await packaging.commit('hello-stable 1.0-1')
  return { upstream, packaging, tagSha, stable: { fix, help, bump } }
}

/** `git am` each examples/hello/stable-1.0/*.patch onto the checked-out branch; returns the new shas. */
async function applyStablePatches(upstream: FixtureRepo): Promise<string[]> {
  const dir = join(HELLO_EXAMPLE, 'stable-1.0')
  const shas: string[] = []
  for (const name of readdirSync(dir)
    .filter(n => n.endsWith('.patch'))
    .sort()) {
    await upstream.git.exec(['am', '-q', '--committer-date-is-author-date', join(dir, name)], {
      env: upstream.identityEnv()
    })
    shas.push(await upstream.git.text(['rev-parse', 'HEAD']))
  }
  if (shas.length !== 3) throw new Error(`fixture: expected 3 stable patches in ${dir}, found ${shas.length}`)
  return shas
}
