import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { captureCli, type CliRun } from '../helpers/cli.js'
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
  beforeAll(async () => {
    fx = await makeHelloFixture(tmp.dir)
    env = { ...process.env, ...fx.packaging.env, DEBFULLNAME: 'Sync Bot', DEBEMAIL: 'bot@example.org' }
  })
  afterAll(() => tmp.cleanup())

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

    const root = join(tmp.dir, 'root')
    await run('dpkg', ['-x', deb.file, root])
    const hello = join(root, 'usr', 'bin', 'hello-stable')
    // The stable fix (--help) is in; the version bump commit is not (the version stays 1.0).
    expect((await run(hello, ['--help'])).stdout.toString()).toBe('usage: hello-stable [--version|--help]\n')
    expect((await run(hello, ['--version'])).stdout.toString()).toBe('hello-stable 1.0\n')
  })

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
