import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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
  const c = readFileSync(join(HELLO_EXAMPLE, 'upstream', 'hello.c'), 'utf8')
  const withFlush = c.replace(
    '\tprintf("%s!\\n", greeting());\n\treturn 0;\n',
    '\tprintf("%s!\\n", greeting());\n\t/* A full disk or closed stdout is an error, not a silent success. */\n\treturn fflush(stdout) == 0 ? 0 : 1;\n'
  )
  if (withFlush === c) throw new Error('fixture: hello.c changed; update the stable fix in hello-fixture.ts')
  upstream.write('hello.c', withFlush)
  const fix = await upstream.commit(
    'Report write errors in the exit status\n\n(cherry picked from commit 1111111111111111111111111111111111111111)'
  )
  const withHelp = withFlush.replace(
    '\tif (argc > 1 && strcmp(argv[1], "--version") == 0) {',
    '\tif (argc > 1 && strcmp(argv[1], "--help") == 0) {\n\t\tprintf("usage: hello-stable [--version|--help]\\n");\n\t\treturn 0;\n\t}\n\tif (argc > 1 && strcmp(argv[1], "--version") == 0) {'
  )
  upstream.write('hello.c', withHelp)
  const help = await upstream.commit('Print a usage line for --help')
  upstream.write('VERSION', '1.0.1\n')
  upstream.write('version.h', '#define HELLO_VERSION "1.0.1"\n')
  const bump = await upstream.commit('Update version for 1.0.1 release')
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

/** Point the packaging repo's config at another upstream location (tests that move things). */
export function setUpstreamUrl(packagingDir: string, url: string): void {
  const file = join(packagingDir, '.github', 'stable-sync.yml')
  writeFileSync(file, readFileSync(file, 'utf8').replace(/url: .*/, `url: ${url}`))
}
