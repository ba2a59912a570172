import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { makeTempDir } from '../helpers/tmp.js'

// `stable-sync workflow-plan`: the reusable workflow's decisions (formerly shell `case` and `node -e`
// in the YAML), run through the CLI as the workflow runs it, against a real config and debian/ dirs.
const tmp = makeTempDir('stable-sync-plan-')
afterAll(() => tmp.cleanup())

function packageDir(name: string, control: string, source: string): void {
  mkdirSync(join(tmp.dir, name, 'debian'), { recursive: true })
  writeFileSync(join(tmp.dir, name, 'debian', 'changelog'), `${source} (1.0-1) unstable; urgency=medium\n`)
  writeFileSync(join(tmp.dir, name, 'debian', 'control'), control)
}
packageDir('qemu', 'Source: qemu\n\nPackage: qemu-system-x86\nArchitecture: amd64\n', 'qemu')
packageDir('kvm', 'Source: kvm-source\nBuild-Depends: dh-sequence-dkms\n', 'kvm-source')
packageDir('tools', 'Source: tools\n\nPackage: tools\n', 'tools')
mkdirSync(join(tmp.dir, '.github'), { recursive: true })
writeFileSync(
  join(tmp.dir, '.github', 'stable-sync.yml'),
  `tracks:
  - name: qemu
    upstream: { url: /u/qemu, branch: stable-8.2, tag: 'v{version}' }
    package: qemu
  - name: kvm
    upstream: { url: /u/linux, branch: linux-6.1.y, tag: 'v{version}' }
    package: kvm
    paths: [arch/x86/kvm/]
  - name: tools
    upstream: { url: /u/tools, branch: stable, tag: 'v{version}' }
    package: tools
calendar:
  milestones: { release: '1.0' }
build:
  releases: ['ubuntu:noble']
  arches: [amd64]
`
)

const SHA = 'a'.repeat(40)
const SOURCE = ['--stable-sync-repository', 'me/stable-sync-fork', '--stable-sync-ref', 'b'.repeat(40)]
const head = (c: string): string => c.repeat(40)
const row = (track: string, operation: string, extra: Record<string, unknown> = {}) => ({
  track,
  operation,
  reason: `${operation} reason`,
  headSha: operation === 'none' ? null : head(track[0] === 'q' ? 'c' : track[0] === 'k' ? 'd' : 'e'),
  pullRequest: operation === 'none' ? null : { number: track.length, url: 'https://x/pull/1' },
  ...extra
})

async function plan(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = ''
  let err = ''
  const code = await runCli(['workflow-plan', '--repo', tmp.dir, ...args], {
    out: t => void (out += t),
    err: t => void (err += t + '\n'),
    cwd: tmp.dir,
    env: { PATH: process.env.PATH, ...env }
  })
  const kv = Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
  ) as Record<string, string>
  return { code, out, err, kv }
}

describe('workflow-plan', () => {
  test('all tracks (track empty): every track the sync changed is built, booted and reported', async () => {
    const tracks = [row('qemu', 'updated'), row('kvm', 'created'), row('tools', 'unchanged')]
    const summary = join(tmp.dir, 'summary.md')
    const r = await plan(
      [
        ...SOURCE,
        '--event',
        'schedule',
        '--sync-tracks',
        JSON.stringify(tracks),
        '--boot-runs-on',
        '["self-hosted", "kvm"]',
        '--summary',
        summary
      ],
      { GITHUB_SHA: SHA }
    )
    expect(r.err).not.toMatch(/error/i)
    expect(r.code).toBe(0)
    const build = JSON.parse(r.kv['build-matrix'])
    expect(build.map((e: { track: string; sha: string }) => [e.track, e.sha])).toEqual([
      ['qemu', head('c')],
      ['kvm', head('d')]
    ])
    expect(JSON.parse(r.kv['boot-matrix']).map((e: { id: string }) => e.id)).toEqual([
      'qemu-ubuntu-noble-amd64',
      'kvm-ubuntu-noble-amd64'
    ])
    expect(JSON.parse(r.kv['report-matrix'])).toEqual([
      { track: 'qemu', pr: 4, headSha: head('c') },
      { track: 'kvm', pr: 3, headSha: head('d') }
    ])
    expect(r.kv).toMatchObject({ release: 'false', changed: 'true', 'boot-note': '' })
    // The boot job's guest kernel: the release's own (a meta package to resolve), chosen here.
    expect(JSON.parse(r.kv['boot-matrix'])[0]).toMatchObject({
      kernelPackage: 'linux-image-generic',
      kernelMeta: true
    })
    expect(JSON.parse(r.kv['boot-runs-on'])).toEqual(['self-hosted', 'kvm'])
    // The skipped track says why in the job summary.
    const text = readFileSync(summary, 'utf8')
    expect(text).toContain(
      '| tools | no |  | unchanged: unchanged reason \\(set build-unchanged: true to build it anyway\\) |'
    )
    expect(text).toContain(`| qemu | yes | \`${head('c').slice(0, 12)}\` | pull request updated |`)
  })

  test('a run that builds nothing says why for each track; build-unchanged builds unchanged PRs', async () => {
    const tracks = [
      row('qemu', 'unchanged'),
      row('kvm', 'none', { reason: 'frozen' }),
      row('tools', 'none', { error: 'fetch failed' })
    ]
    const summary = join(tmp.dir, 'summary2.md')
    const r = await plan([
      ...SOURCE,
      '--event',
      'schedule',
      '--sync-tracks',
      JSON.stringify(tracks),
      '--summary',
      summary
    ])
    expect(r.kv).toMatchObject({
      'build-matrix': '[]',
      'boot-matrix': '[]',
      'report-matrix': '[]',
      changed: 'false'
    })
    const text = readFileSync(summary, 'utf8')
    expect(text).toContain('| kvm | no |  | no bot branch \\(none: frozen\\) |')
    expect(text).toContain('| tools | no |  | sync failed: fetch failed |')
    expect(text).toContain('Nothing is built in this run.')

    const again = await plan([
      ...SOURCE,
      '--event',
      'schedule',
      '--sync-tracks',
      JSON.stringify(tracks),
      '--build-unchanged',
      'true'
    ])
    expect(JSON.parse(again.kv['build-matrix']).map((e: { track: string }) => e.track)).toEqual(['qemu'])
  })

  test('a closed PR and a dry run build nothing', async () => {
    const r = await plan([
      ...SOURCE,
      '--event',
      'schedule',
      '--sync-tracks',
      JSON.stringify([row('qemu', 'closed')]),
      '--build-unchanged',
      'true'
    ])
    expect(r.kv['build-matrix']).toBe('[]')
    const d = await plan([
      ...SOURCE,
      '--event',
      'workflow_dispatch',
      '--sync-tracks',
      JSON.stringify([row('qemu', 'updated')]),
      '--dry-run',
      'true'
    ])
    expect(d.kv['build-matrix']).toBe('[]')
  })

  test('no KVM runner configured: builds run, the boot matrix is empty and the note says why', async () => {
    const summary = join(tmp.dir, 'summary3.md')
    const r = await plan([
      ...SOURCE,
      '--event',
      'schedule',
      '--track',
      'qemu',
      '--sync-tracks',
      JSON.stringify([row('qemu', 'updated')]),
      '--boot-runs-on',
      '',
      '--summary',
      summary
    ])
    expect(JSON.parse(r.kv['build-matrix'])).toHaveLength(1)
    expect(r.kv['boot-matrix']).toBe('[]')
    expect(r.kv['boot-note']).toBe('no KVM runner configured')
    expect(readFileSync(summary, 'utf8')).toContain('boot: not run (no KVM runner configured)')
  })

  test('a closed release milestone builds every selected track at the event sha, only when the gate allows', async () => {
    const eventFile = join(tmp.dir, 'event.json')
    writeFileSync(eventFile, JSON.stringify({ action: 'closed', milestone: { title: '1.0' } }))
    const env = { GITHUB_EVENT_NAME: 'milestone', GITHUB_EVENT_PATH: eventFile, GITHUB_SHA: SHA }
    const ok = await plan(
      [...SOURCE, '--release', 'true', '--release-reason', "release milestone '1.0' closed by alice (write)"],
      env
    )
    expect(ok.kv).toMatchObject({ release: 'true', 'report-matrix': '[]' })
    expect(
      JSON.parse(ok.kv['build-matrix']).map((e: { track: string; sha: string }) => [e.track, e.sha])
    ).toEqual([
      ['qemu', SHA],
      ['kvm', SHA],
      ['tools', SHA]
    ])
    const denied = await plan(
      [...SOURCE, '--release', 'false', '--release-reason', 'mallory has triage permission'],
      env
    )
    expect(denied.kv).toMatchObject({ release: 'false', 'build-matrix': '[]' })
    expect(denied.err).toContain('no release: mallory has triage permission')
    // No gate verdict: nothing is released.
    expect((await plan([...SOURCE], env)).kv.release).toBe('false')
  })

  test('the code source must be a repository and a full commit, not a movable ref', async () => {
    const tag = await plan([
      '--stable-sync-repository',
      'stable-sync/stable-sync',
      '--stable-sync-ref',
      'v1',
      '--event',
      'schedule'
    ])
    expect(tag.code).toBe(2)
    expect(tag.err).toContain("stable-sync-ref 'v1' is not a full 40-hex commit")
    const short = await plan([
      '--stable-sync-repository',
      'stable-sync/stable-sync',
      '--stable-sync-ref',
      'abc1234',
      '--event',
      'schedule'
    ])
    expect(short.code).toBe(2)
    const placeholder = await plan([
      '--stable-sync-repository',
      'me/fork',
      '--stable-sync-ref',
      '0'.repeat(40),
      '--check-source'
    ])
    expect(placeholder.code).toBe(2)
    expect(placeholder.err).toContain("is the example's placeholder")
    // --check-source: the first step of the sync job, before any stable-sync action runs.
    const ok = await plan(['--stable-sync-repository', 'me/fork', '--stable-sync-ref', SHA, '--check-source'])
    expect(ok).toMatchObject({ code: 0, out: '' })
    const noRepo = await plan(['--stable-sync-ref', SHA, '--event', 'schedule'])
    expect(noRepo.code).toBe(2)
    expect(noRepo.err).toContain("stable-sync-repository '' is not OWNER/NAME")
  })

  test('boot-kernel: the release kernel per distro, or a named kernel package', async () => {
    const tracks = JSON.stringify([row('qemu', 'updated')])
    const args = [
      ...SOURCE,
      '--event',
      'schedule',
      '--track',
      'qemu',
      '--sync-tracks',
      tracks,
      '--boot-runs-on',
      'kvm'
    ]
    const debian = await plan([
      ...args,
      '--override',
      '{"releases": ["debian:bookworm"]}',
      '--boot-kernel',
      'distro'
    ])
    expect(JSON.parse(debian.kv['boot-matrix'])[0]).toMatchObject({
      kernelPackage: 'linux-image-cloud-amd64',
      kernelMeta: true
    })
    const named = await plan([...args, '--boot-kernel', 'linux-image-6.1.0-28-cloud-amd64'])
    expect(JSON.parse(named.kv['boot-matrix'])[0]).toMatchObject({
      kernelPackage: 'linux-image-6.1.0-28-cloud-amd64',
      kernelMeta: false
    })
    const bad = await plan([...args, '--boot-kernel', 'linux-image-x; rm -rf /'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain("is neither 'distro' nor a kernel package name")
  })

  test('bad inputs are errors, not guesses', async () => {
    const bad = await plan([...SOURCE, '--event', 'schedule', '--sync-tracks', '{"track":'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('tracks output is not JSON')
    const runsOn = await plan([...SOURCE, '--event', 'schedule', '--boot-runs-on', '[1]'])
    expect(runsOn.code).toBe(2)
    expect(runsOn.err).toContain('boot-runs-on must be a JSON list of runner labels')
    const flag = await plan([...SOURCE, '--event', 'schedule', '--dry-run', 'yes'])
    expect(flag.code).toBe(2)
  })

  test('--github-output appends the key=value lines', async () => {
    const file = join(tmp.dir, 'out.txt')
    writeFileSync(file, 'earlier=1\n')
    await plan([
      ...SOURCE,
      '--event',
      'schedule',
      '--track',
      'qemu',
      '--sync-tracks',
      JSON.stringify([row('qemu', 'updated')]),
      '--github-output',
      file
    ])
    const lines = readFileSync(file, 'utf8').split('\n')
    expect(lines[0]).toBe('earlier=1')
    expect(lines.map(l => l.split('=')[0])).toEqual(
      expect.arrayContaining([
        'build-matrix',
        'boot-matrix',
        'report-matrix',
        'boot-runs-on',
        'boot-note',
        'release',
        'changed'
      ])
    )
  })
})
