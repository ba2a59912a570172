import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { captureCli, type CliRun } from '../helpers/cli.js'
import { renderReport } from '../../src/build/report.js'
import { buildSourcePackage } from '../../src/build/source-package.js'
import { memoryLogger } from '../../src/log.js'
import { run } from '../../src/process/run.js'
import { makeHelloFixture, type HelloFixture } from '../helpers/hello-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

// What the workflow's build job runs, end to end through the CLI: apply the stable fixes to the
// example package, build-source (fetch + pin + git archive + dpkg-source -b), build
// (dpkg-buildpackage), then run the packaged program from a `dpkg -x` root.
const cli = (args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> => captureCli(args, { env })

describe('stable-sync build-source + build (CLI)', () => {
  const tmp = makeTempDir('stable-sync-build-cli-')
  let fx: HelloFixture
  let env: NodeJS.ProcessEnv
  // autopkgtest's null server installs the built package on this machine: remove it afterwards
  // unless it was there before.
  let installedBefore = true
  beforeAll(async () => {
    fx = await makeHelloFixture(tmp.dir)
    env = { ...process.env, ...fx.packaging.env, DEBFULLNAME: 'Sync Bot', DEBEMAIL: 'bot@example.org' }
    installedBefore = (await run('dpkg-query', ['-W', 'hello-stable'], { allowFailure: true })).code === 0
  })
  afterAll(async () => {
    if (!installedBefore) await run('dpkg', ['--purge', 'hello-stable'], { allowFailure: true })
    tmp.cleanup()
  })

  test('apply, then the built package carries the stable fixes', async () => {
    const repo = fx.packaging.dir
    const cache = join(tmp.dir, 'cache')
    const applied = await cli(['apply', '--repo', repo, '--cache-dir', cache, '--json'], env)
    expect(applied.err).not.toMatch(/unexpected error/)
    expect(applied.code).toBe(0)
    expect(readFileSync(join(repo, 'debian', 'patches', 'series'), 'utf8')).toMatch(
      /^build-with-wextra\.patch\n.*stable\//s
    )

    const out = join(tmp.dir, 'out')
    const githubOutput = join(tmp.dir, 'github-output')
    const src = await cli(
      [
        'build-source',
        '--repo',
        repo,
        '--cache-dir',
        cache,
        '--out',
        out,
        '--github-output',
        githubOutput,
        '--json'
      ],
      env
    )
    expect(src.err).not.toMatch(/error/)
    expect(src.code).toBe(0)
    const s = JSON.parse(src.out)
    expect(s).toMatchObject({
      track: 'hello',
      source: 'hello-stable',
      pin: { version: '1.0', tag: 'v1.0', sha: fx.tagSha }
    })
    expect(s.version).toMatch(/^1\.0-2$/)
    expect(s.dsc).toBe(join(out, `hello-stable_${s.version}.dsc`))
    expect(s.orig).toBe(join(out, 'hello-stable_1.0.orig.tar.xz'))
    // The workflow's next step reads the .dsc from $GITHUB_OUTPUT.
    expect(readFileSync(githubOutput, 'utf8')).toBe(`dsc=${s.dsc}\n`)

    const bin = await cli(['build', '--out', out, '--json'], env)
    expect(bin.code).toBe(0)
    const b = JSON.parse(bin.out)
    const deb = b.debs.find((d: { package: string }) => d.package === 'hello-stable')
    expect(deb.version).toBe(s.version)

    // The build gate: lintian (warnings reported, no error) and the example's debian/tests run by
    // autopkgtest (null server) against the .deb just built.
    expect(b.gate.lintian).toMatchObject({ status: 'pass', errors: 0 })
    expect(b.gate.lintian.tags).toContainEqual({
      severity: 'warning',
      package: 'hello-stable',
      tag: 'no-manual-page',
      context: '[usr/bin/hello-stable]'
    })
    expect(b.gate.autopkgtest).toMatchObject({
      status: 'pass',
      exitCode: 0,
      tests: [{ name: 'greets', result: 'PASS' }]
    })
    expect(readFileSync(join(b.gate.autopkgtest.outputDir, 'greets-stdout'), 'utf8')).toContain(
      'hello-stable greets and names its version'
    )
    // What the workflow's record step keeps of it, in the sticky report.
    const report = renderReport({
      track: 'hello',
      records: [
        {
          kind: 'build',
          id: 'b1',
          release: 'debian:bookworm',
          arch: 'amd64',
          status: 'success',
          source: 'hello',
          gate: b.gate
        }
      ]
    })
    expect(report.markdown).toContain(
      `| hello | debian:bookworm | amd64 | ✅ errors 0, warnings ${b.gate.lintian.warnings} | ✅ greets PASS |`
    )
    expect(report.markdown).toContain('| W | hello-stable | no-manual-page | \\[usr/bin/hello-stable\\] |')

    // The job's record for the report, from the build's --json (as the workflow writes it).
    writeFileSync(join(tmp.dir, 'build.json'), bin.out)
    const rec = await cli(
      [
        'job-record',
        '--kind',
        'build',
        '--id',
        'hello-debian-bookworm-amd64',
        '--source',
        'hello-stable',
        '--release',
        'debian:bookworm',
        '--arch',
        'amd64',
        '--outcome',
        'success',
        '--job-status',
        'success',
        '--build-json',
        join(tmp.dir, 'build.json'),
        '--out',
        join(tmp.dir, 'result')
      ],
      env
    )
    expect(rec.code).toBe(0)
    const record = JSON.parse(
      readFileSync(join(tmp.dir, 'result', 'hello-debian-bookworm-amd64.build.json'), 'utf8')
    )
    expect(record).toMatchObject({ kind: 'build', status: 'success', source: 'hello-stable' })
    expect(record.debs).toContain(deb.file.split('/').pop())
    expect(record.gate).toEqual(b.gate)

    const root = join(tmp.dir, 'root')
    await run('dpkg', ['-x', deb.file, root])
    const hello = join(root, 'usr', 'bin', 'hello-stable')
    // The stable fix (--help) is in; the version bump commit is not (the version stays 1.0).
    expect((await run(hello, ['--help'])).stdout.toString()).toBe('usage: hello-stable [--version|--help]\n')
    expect((await run(hello, ['--version'])).stdout.toString()).toBe('hello-stable 1.0\n')
  }, 240_000) // lintian (~10 s) and autopkgtest (apt sets up its testbed: ~25 s) on top of the build

  test('a lintian error or a failing autopkgtest fails the build, with both in --json', async () => {
    // The example's packaging without debian/copyright (lintian: no-copyright-file, an error) and
    // with a test that fails.
    const pkg = join(tmp.dir, 'broken-pkg')
    cpSync(join(fx.packaging.dir, 'debian'), join(pkg, 'debian'), { recursive: true })
    rmSync(join(pkg, 'debian', 'copyright'))
    writeFileSync(join(pkg, 'debian', 'tests', 'control'), 'Tests: fails\nDepends: @\n')
    writeFileSync(join(pkg, 'debian', 'tests', 'fails'), '#!/bin/sh\necho "expected Bonjour" >&2\nexit 1\n')
    chmodSync(join(pkg, 'debian', 'tests', 'fails'), 0o755)
    const out = join(tmp.dir, 'out-broken')
    await buildSourcePackage({
      packageDir: pkg,
      upstream: fx.upstream.git,
      pin: { sha: fx.tagSha },
      outDir: out,
      log: memoryLogger()
    })

    const bin = await cli(['build', '--out', out, '--json'], env)
    if (!bin.out) throw new Error(`build --json printed nothing (exit ${bin.code}): ${bin.err}`)
    expect(bin.code).toBe(1)
    const b = JSON.parse(bin.out)
    expect(b.gate.lintian.status).toBe('fail')
    expect(b.gate.lintian.tags).toContainEqual(
      expect.objectContaining({ severity: 'error', package: 'hello-stable', tag: 'no-copyright-file' })
    )
    expect(b.gate.autopkgtest.status).toBe('fail')
    expect(b.gate.autopkgtest.tests).toEqual([
      { name: 'fails', result: 'FAIL', detail: 'non-zero exit status 1' }
    ])
    expect(bin.err).toMatch(/the build gate failed for hello-stable 1\.0-\d: lintian found/)
    expect(bin.err).toContain('no-copyright-file')
    expect(bin.err).toContain('autopkgtest failed (exit 4): fails FAIL')

    // --skip-lintian --skip-autopkgtest: the plain build, exit 0 (for a maintainer iterating).
    const plain = await cli(['build', '--out', out, '--skip-lintian', '--skip-autopkgtest', '--json'], env)
    expect(plain.code).toBe(0)
    expect(JSON.parse(plain.out).gate).toEqual({})
  }, 240_000)

  test('errors say what to do: no --out, several .dsc, unknown track', async () => {
    expect((await cli(['build-source', '--repo', fx.packaging.dir], env)).err).toMatch(
      /--out DIR is required/
    )
    const unknown = await cli(
      ['build-source', '--repo', fx.packaging.dir, '--track', 'nope', '--out', join(tmp.dir, 'x')],
      env
    )
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(/no track named 'nope' .* it has: hello/)
    const empty = await cli(['build', '--out', join(tmp.dir, 'empty')], env)
    expect(empty.code).toBe(2)
    expect(empty.err).toMatch(/no \.dsc in .*run 'stable-sync build-source --out/)
  })
})
