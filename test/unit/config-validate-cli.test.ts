import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import type { Config } from '../../src/config/types.js'
import { makeTempDir } from '../helpers/tmp.js'

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(['validate', ...args], {
    out: t => out.push(t),
    err: t => err.push(t),
    cwd,
    env: {}
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())
const example = resolve('examples/stable-sync.yml')

test('the bundled example: a human summary per track, exit 0', async () => {
  const r = await cli(['--config', 'examples/stable-sync.yml'], process.cwd())
  expect(r).toMatchObject({ code: 0, err: '' })
  expect(r.out).toContain(`${example}: valid, 2 tracks.`)
  expect(r.out).toContain('track qemu (pull request branch stable-sync/qemu)')
  expect(r.out).toMatch(/upstream: +https:\/\/gitlab\.com\/qemu-project\/qemu\.git, branch stable-8\.2/)
  expect(r.out).toMatch(/tag template: +v\{version\}/)
  expect(r.out).toMatch(/package dir: +kvm \(kvm\/debian\)/)
  expect(r.out).toMatch(/pin: +upstream part of debian\/changelog's top version/)
  expect(r.out).toMatch(/paths: +arch\/x86\/kvm\/\*\*, virt\/kvm\/\*\*/)
  expect(r.out).toMatch(/patch dir: +debian\/patches\/stable/)
  expect(r.out).toMatch(/exclude subjects: +none/)
})

test('--json prints the normalized Config as one document', async () => {
  const r = await cli(['--config', example, '--json'], tmp.dir)
  expect(r.code).toBe(0)
  const config = JSON.parse(r.out) as Config
  expect(config.file).toBe(example)
  expect(config.tracks.map(t => t.name)).toEqual(['qemu', 'kvm'])
  expect(config.tracks[1].patchDir).toBe('debian/patches/stable')
})

test('default config path <repo>/.github/stable-sync.yml, with --repo relative to cwd', async () => {
  const repo = join(tmp.dir, 'pkg')
  mkdirSync(join(repo, '.github'), { recursive: true })
  copyFileSync(example, join(repo, '.github', 'stable-sync.yml'))
  const r = await cli(['--repo', 'pkg'], tmp.dir)
  expect(r.code).toBe(0)
  expect(r.out).toContain(`${join(repo, '.github', 'stable-sync.yml')}: valid, 2 tracks.`)
  // And from inside the repository without --repo.
  expect((await cli([], repo)).code).toBe(0)
})

test('a bad config: the located error on stderr, nothing on stdout, exit 2', async () => {
  const file = join(tmp.dir, 'bad.yml')
  writeFileSync(
    file,
    'tracks:\n  - name: qemu\n    upstream: { url: x, branch: b, tag: v1.0 }\n    pni: 1.0\n'
  )
  const r = await cli(['--config', file, '--json'], tmp.dir)
  expect(r.code).toBe(2)
  expect(r.out).toBe('')
  expect(r.err).toContain(`stable-sync validate: 2 problems in ${file}:`)
  expect(r.err).toContain(
    `${file}:3 (tracks[0].upstream.tag): tag template 'v1.0' does not contain {version}`
  )
  expect(r.err).toContain(`${file}:4 (tracks[0].pni): unknown key 'pni'. Did you mean 'pin'?`)
})

test('a missing config: exit 2 with how to create one', async () => {
  const r = await cli(['--repo', tmp.dir], tmp.dir)
  expect(r.code).toBe(2)
  expect(r.err).toContain(`${join(tmp.dir, '.github', 'stable-sync.yml')}: configuration file not found`)
})

test('an unknown option: exit 2 with usage', async () => {
  const r = await cli(['--bogus'], tmp.dir)
  expect(r.code).toBe(2)
  expect(r.err).toContain(
    'Usage: stable-sync validate [--repo DIR] [--config FILE] [--now YYYY-MM-DD] [--json]'
  )
})
