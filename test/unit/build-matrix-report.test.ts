import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildMatrix } from '../../src/build/matrix.js'
import { renderReport, reportMarker } from '../../src/build/report.js'
import { runCli } from '../../src/cli/main.js'
import { parseConfig } from '../../src/config/load.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir('stable-sync-matrix-')
afterAll(() => tmp.cleanup())

function packageDir(name: string, control: string, source: string): void {
  mkdirSync(join(tmp.dir, name, 'debian'), { recursive: true })
  writeFileSync(join(tmp.dir, name, 'debian', 'changelog'), `${source} (1.0-1) unstable; urgency=medium\n`)
  writeFileSync(join(tmp.dir, name, 'debian', 'control'), control)
}

packageDir('qemu', 'Source: qemu\n\nPackage: qemu-system-x86\nArchitecture: amd64\n', 'qemu')
packageDir(
  'kvm',
  'Source: kvm-source\nBuild-Depends: debhelper-compat (= 13), dh-sequence-dkms\n',
  'kvm-source'
)

const config = parseConfig(
  `tracks:
  - name: qemu
    upstream: { url: /u/qemu, branch: stable-8.2, tag: 'v{version}' }
    package: qemu
  - name: kvm
    upstream: { url: /u/linux, branch: linux-6.1.y, tag: 'v{version}' }
    package: kvm
    paths: [arch/x86/kvm/]
build:
  releases: ['ubuntu:noble', 'debian:bookworm']
  arches: [amd64, arm64]
`,
  join(tmp.dir, '.github', 'stable-sync.yml'),
  { repoDir: tmp.dir }
)

describe('build matrix', () => {
  test('tracks x releases x arches from the config, with kinds, runners and boot flags', () => {
    const m = buildMatrix(config, tmp.dir)
    expect(m).toHaveLength(8)
    expect(m[0]).toEqual({
      id: 'qemu-ubuntu-noble-amd64',
      track: 'qemu',
      package: 'qemu',
      source: 'qemu',
      release: 'ubuntu:noble',
      arch: 'amd64',
      runner: 'ubuntu-24.04',
      kind: 'deb',
      boot: true
    })
    expect(m.find(e => e.id === 'qemu-ubuntu-noble-arm64')).toMatchObject({
      runner: 'ubuntu-24.04-arm',
      boot: false
    })
    expect(m.find(e => e.id === 'kvm-debian-bookworm-amd64')).toMatchObject({
      source: 'kvm-source',
      kind: 'dkms',
      boot: true
    })
  })

  test('an override replaces the config; unknown tracks and releases are clear errors', () => {
    const m = buildMatrix(config, tmp.dir, {
      tracks: ['kvm'],
      override: '[{"release": "debian:trixie", "arch": "riscv64", "runner": "rv"}]'
    })
    expect(m.map(e => [e.id, e.runner])).toEqual([['kvm-debian-trixie-riscv64', 'rv']])
    expect(() => buildMatrix(config, tmp.dir, { override: '{"releases": ["noble"]}' })).toThrow(
      /not <debian\|ubuntu>:<codename>/
    )
    expect(() =>
      buildMatrix(config, tmp.dir, { override: '{"releases": ["debian:sid"], "arches": ["s390x"]}' })
    ).toThrow(/no default runner for arch 's390x'/)
    expect(() => buildMatrix(config, tmp.dir, { tracks: ['nope'] })).toThrow(
      /no track named nope .* it has: qemu, kvm/
    )
    expect(() => buildMatrix(config, tmp.dir, { override: '{oops' })).toThrow(/build-matrix is not JSON/)
  })
})

describe('report', () => {
  test('one table with a findable marker; a failure fails the status', () => {
    const r = renderReport({
      track: 'qemu',
      headSha: 'a'.repeat(40),
      records: [
        {
          kind: 'build',
          id: 'qemu-debian-bookworm-amd64',
          source: 'qemu',
          release: 'debian:bookworm',
          arch: 'amd64',
          status: 'success',
          debs: ['qemu-system-x86_8.2.2-1_amd64.deb']
        },
        {
          kind: 'boot',
          id: 'qemu-debian-bookworm-amd64',
          source: 'qemu',
          release: 'debian:bookworm',
          arch: 'amd64',
          status: 'failure',
          verdict: 'fail',
          reason: 'Kernel panic - not syncing: <@torvalds> #12 | x',
          accel: 'kvm'
        }
      ]
    })
    expect(r.marker).toBe(reportMarker('qemu'))
    expect(r.markdown.startsWith(`${r.marker}\n`)).toBe(true)
    expect(r.markdown).toContain(
      '| qemu | debian:bookworm | amd64 | ✅ success | `qemu-system-x86_8.2.2-1_amd64.deb` |'
    )
    expect(r.markdown).toContain('Kernel panic - not syncing: &lt;@\u200dtorvalds&gt; #\u200d12 \\| x')
    expect(r.state).toBe('failure')
    expect(r.description).toBe('builds 1/1 ok, boots 0/1 ok')
  })

  test('all green is success; no build at all is an error', () => {
    const ok = renderReport({
      track: 't',
      records: [{ kind: 'build', id: 'a', release: 'debian:sid', arch: 'amd64', status: 'success' }]
    })
    expect(ok.state).toBe('success')
    expect(renderReport({ track: 't', records: [] }).state).toBe('error')
  })
})

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: t => void (out += t),
    err: t => void (err += t),
    cwd: process.cwd(),
    env: process.env
  })
  return { code, out, err }
}

describe('CLI', () => {
  test('build-matrix on the example package: one Debian bookworm amd64 build, no boot (not qemu)', async () => {
    const r = await cli(['build-matrix', '--repo', 'examples/hello', '--track', '', '--override', ''])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toEqual({
      build: [
        {
          id: 'hello-debian-bookworm-amd64',
          track: 'hello',
          package: '.',
          source: 'hello-stable',
          release: 'debian:bookworm',
          arch: 'amd64',
          runner: 'ubuntu-24.04',
          kind: 'deb',
          boot: false
        }
      ],
      boot: []
    })
  })

  test('report reads the job records of a directory and prints markdown and the status', async () => {
    const dir = join(tmp.dir, 'results')
    mkdirSync(dir)
    const rec = {
      kind: 'build',
      id: 'hello-debian-bookworm-amd64',
      source: 'hello-stable',
      release: 'debian:bookworm',
      arch: 'amd64'
    }
    writeFileSync(
      join(dir, 'a.build.json'),
      JSON.stringify({ ...rec, status: 'success', debs: ['hello-stable_1.0-2_amd64.deb'] })
    )
    const r = await cli(['report', '--results', dir, '--track', 'hello', '--json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.out)
    expect(report).toMatchObject({
      state: 'success',
      description: 'builds 1/1 ok, boots 0/0 ok',
      marker: '<!-- stable-sync-report:hello -->'
    })
    writeFileSync(join(dir, 'b.boot.json'), JSON.stringify({ kind: 'boot', id: 'x', status: 'exploded' }))
    const bad = await cli(['report', '--results', dir, '--track', 'hello'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/b\.boot\.json: not a stable-sync job record/)
  })
})
