import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { captureCli, type CliRun } from '../../helpers/cli.js'
import { GitHubServer } from '../../helpers/github-server/index.js'
import { makeTempDir } from '../../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

function repoWithConfig(yaml: string): string {
  const repo = join(tmp.dir, `repo-${Math.random().toString(36).slice(2)}`)
  mkdirSync(join(repo, '.github'), { recursive: true })
  writeFileSync(join(repo, '.github', 'stable-sync.yml'), yaml)
  return repo
}

const cli = (args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> =>
  captureCli(args, { cwd, env })

const CONFIG = `
calendar:
  feature-freeze: '2026-11-01'
  beta-freeze: '2026-12-01'
  release: '2027-01-15'
tracks:
  - name: qemu
    upstream: { url: /srv/qemu.git, branch: stable-8.2, tag: 'v{version}' }
  - name: kvm
    upstream: { url: /srv/linux.git, branch: linux-6.1.y, tag: 'v{version}' }
    calendar:
      beta-freeze: '2026-12-15'
  - name: plain
    upstream: { url: /srv/plain.git, branch: stable, tag: 'v{version}' }
    calendar: {}
`

test('status walks one repo through track, fixes and frozen with --now', async () => {
  const repo = repoWithConfig(CONFIG)
  const before = await cli(['status', '--now', '2026-10-20'], repo)
  expect(before.code).toBe(0)
  expect(before.out).toContain(
    'qemu: track (before feature freeze (2026-11-01)); fixes from 2026-11-01 (feature-freeze)'
  )
  const during = await cli(['status', '--now', '2026-12-05', '--json'], repo)
  expect(during.code).toBe(0)
  const doc = JSON.parse(during.out) as {
    now: string
    tracks: { track: string; mode: string; next?: { day: string } }[]
  }
  expect(doc.now).toBe('2026-12-05')
  expect(doc.tracks.map(t => [t.track, t.mode, t.next?.day])).toEqual([
    ['qemu', 'frozen', undefined],
    ['kvm', 'fixes', '2026-12-15'],
    ['plain', 'frozen', undefined] // an empty track calendar inherits every date
  ])
  const after = await cli(['status', '--now', '2026-12-15', '--track', 'kvm'], repo)
  expect(after.out.trim()).toBe(
    'kvm: frozen (beta freeze since 2026-12-15); no further change; release 2027-01-15'
  )
})

test('a track without any calendar is always in fixes mode', async () => {
  const repo = repoWithConfig(`
tracks:
  - name: qemu
    upstream: { url: /srv/qemu.git, branch: stable-8.2, tag: 'v{version}' }
`)
  const r = await cli(['status', '--now', '2001-01-01'], repo)
  expect(r.out.trim()).toBe('qemu: fixes (no freeze calendar: always fixes); no further change')
})

test('a bad --now and an unknown --track are bad input (exit 2) with a hint', async () => {
  const repo = repoWithConfig(CONFIG)
  const bad = await cli(['status', '--now', '12/01/2026'], repo)
  expect(bad.code).toBe(2)
  expect(bad.err).toContain('Write it as YYYY-MM-DD')
  const unknown = await cli(['status', '--track', 'qemuu'], repo)
  expect(unknown.code).toBe(2)
  expect(unknown.err).toContain('Known tracks: qemu, kvm, plain')
})

test('milestone dates come from GitHub when GITHUB_TOKEN and GITHUB_REPOSITORY are set', async () => {
  const repo = repoWithConfig(`
calendar:
  milestones: { feature-freeze: Feature Freeze, beta-freeze: Beta Freeze }
tracks:
  - name: qemu
    upstream: { url: /srv/qemu.git, branch: stable-8.2, tag: 'v{version}' }
`)
  const without = await cli(['status', '--now', '2026-11-15'], repo)
  expect(without.code).toBe(2)
  expect(without.err).toContain("names the GitHub milestone 'Feature Freeze', but no GitHub access")
  const server = await GitHubServer.start()
  try {
    server.state.milestones.push(
      { number: 1, title: 'Feature Freeze', state: 'closed', dueOn: '2026-11-01T07:00:00Z' },
      { number: 2, title: 'Beta Freeze', state: 'open', dueOn: '2026-12-01T07:00:00Z' }
    )
    const env = {
      GITHUB_TOKEN: server.token,
      GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
      GITHUB_API_URL: server.url
    }
    const r = await cli(['status', '--now', '2026-11-15'], repo, env)
    expect(r.err).toBe('')
    expect(r.out.trim()).toBe(
      'qemu: fixes (feature freeze since 2026-11-01); frozen from 2026-12-01 (beta-freeze)'
    )
    expect(server.violations).toEqual([])
  } finally {
    await server.stop()
  }
})
