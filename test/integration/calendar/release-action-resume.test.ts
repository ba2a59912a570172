import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../../src/action/release-main.js'
import { createGit } from '../../../src/git/gateway.js'
import { run as runProcess } from '../../../src/process/run.js'
import { FixtureRepo } from '../../helpers/git-fixture.js'
import { GitHubServer } from '../../helpers/github-server/index.js'
import { makeTempDir } from '../../helpers/tmp.js'

// The release sub-action in-process, each test with its own bare `origin` and local GitHub server:
// checks before any side effect, the releaser's identity on a minimal set-up, and reruns from the
// event's sha that finish a partial release.
const tmp = makeTempDir('release-resume-')
const saved = { ...process.env }
const servers: GitHubServer[] = []
let n = 0

const MINIMAL_CONFIG = [
  'tracks:',
  '  - name: qemu',
  '    upstream:',
  '      url: https://gitlab.com/qemu-project/qemu.git',
  '      branch: stable-8.2',
  '      tag: "v{version}"',
  '    pin: changelog',
  'calendar:',
  '  feature-freeze: 2026-08-20',
  '  beta-freeze: 2026-09-24',
  '  milestones:',
  '    release: Noble Release',
  ''
].join('\n')

const CHANGELOG = [
  'qemu (1:8.2.2+ds-0ubuntu2) UNRELEASED; urgency=medium',
  '',
  '  * d/p/stable/*: cherry-pick 2 fixes from upstream stable-8.2.',
  '',
  ' -- stable-sync[bot] <stable-sync[bot]@users.noreply.github.com>  Mon, 02 Nov 2026 10:00:00 +0000',
  '',
  'qemu (1:8.2.2+ds-0ubuntu1) noble; urgency=medium',
  '',
  '  * New upstream stable release.',
  '',
  ' -- Jane Packager <jane@example.org>  Mon, 05 Oct 2026 10:00:00 +0000',
  ''
].join('\n')
const TAG = 'ubuntu/1%8.2.2+ds-0ubuntu2'

interface World {
  bare: string
  server: GitHubServer
  eventSha: string
}

async function world(): Promise<World> {
  const seed = await FixtureRepo.init(join(tmp.dir, `seed${++n}`), tmp.dir)
  seed.write('debian/changelog', CHANGELOG)
  seed.write('.github/stable-sync.yml', MINIMAL_CONFIG)
  await seed.commit('packaging')
  const bare = join(tmp.dir, `origin${n}.git`)
  await seed.git.exec(['clone', '-q', '--bare', seed.dir, bare])
  const server = await GitHubServer.start({ bareRepo: bare })
  servers.push(server)
  return { bare, server, eventSha: await seed.git.text(['rev-parse', 'HEAD']) }
}

afterAll(async () => {
  for (const s of servers) await s.stop()
  tmp.cleanup()
})

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
  process.exitCode = undefined
  for (const s of servers) expect(s.violations.splice(0)).toEqual([])
})

/** The checkout actions/checkout makes for the event: branch main at the event's sha (older on a rerun). */
async function checkout(w: World, sha = w.eventSha): Promise<FixtureRepo> {
  const dir = join(tmp.dir, `ci${++n}`)
  const repo = new FixtureRepo(dir, (await FixtureRepo.init(join(tmp.dir, `home${n}`), tmp.dir)).env)
  await createGit(tmp.dir, repo.env).exec(['clone', '-q', '--no-tags', `file://${w.bare}`, dir])
  await repo.git.exec(['checkout', '-q', '-B', 'main', sha])
  return repo
}

function artifacts(): string {
  const dir = join(tmp.dir, `artifacts${++n}`)
  for (const arch of ['amd64', 'arm64']) {
    mkdirSync(join(dir, `noble-${arch}`), { recursive: true })
    writeFileSync(join(dir, `noble-${arch}`, `qemu-system-x86_8.2.2+ds-0ubuntu2_${arch}.deb`), `deb ${arch}`)
    writeFileSync(join(dir, `noble-${arch}`, 'qemu_8.2.2+ds-0ubuntu2.dsc'), 'dsc')
    writeFileSync(join(dir, `noble-${arch}`, 'build.log'), `built on ${arch}\n`)
    writeFileSync(join(dir, `noble-${arch}`, `noble-${arch}.build.json`), '{}')
  }
  return dir
}

interface Outcome {
  failed?: string
  outputs: Record<string, string>
}

async function runAction(
  w: World,
  repo: FixtureRepo,
  opts: { assets?: string; inputs?: Record<string, string>; env?: Record<string, string> } = {}
): Promise<Outcome> {
  const outputFile = join(tmp.dir, `output-${++n}`)
  const eventFile = join(tmp.dir, `event-${n}.json`)
  writeFileSync(outputFile, '')
  writeFileSync(
    eventFile,
    JSON.stringify({
      action: 'closed',
      milestone: { title: 'Noble Release' },
      sender: { login: 'jane-doe', id: 4242 }
    })
  )
  Object.assign(process.env, repo.env, {
    INPUT_TOKEN: w.server.token,
    INPUT_PATH: repo.dir,
    INPUT_CONFIG: '',
    INPUT_TRACK: '',
    INPUT_DISTRIBUTION: '',
    INPUT_ASSETS: opts.assets ?? '',
    INPUT_PUSH: 'true',
    INPUT_BRANCH: '',
    INPUT_NOW: '2026-12-10',
    'INPUT_DRY-RUN': 'false',
    GITHUB_REPOSITORY: `${w.server.owner}/${w.server.repo}`,
    GITHUB_API_URL: w.server.url,
    GITHUB_OUTPUT: outputFile,
    GITHUB_EVENT_NAME: 'milestone',
    GITHUB_EVENT_PATH: eventFile,
    STABLE_SYNC_TIME_UNIT_MS: '1',
    // A runner without a Debian identity.
    DEBFULLNAME: '',
    DEBEMAIL: '',
    NAME: '',
    EMAIL: '',
    ...Object.fromEntries(Object.entries(opts.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...opts.env
  })
  process.exitCode = undefined
  let failed: string | undefined
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    const m = /^::error::(.*)$/m.exec(String(chunk))
    if (m) failed = m[1].replace(/%0A/g, '\n').replace(/%25/g, '%')
    return true
  }) as typeof process.stdout.write
  try {
    await run(process.env)
  } finally {
    process.stdout.write = write
  }
  if (process.exitCode && !failed) failed = `exit ${process.exitCode}`
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(outputFile, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]] = m[3]
  return { failed, outputs }
}

const originRefs = async (w: World): Promise<string> =>
  createGit(w.bare).text(['for-each-ref', '--format=%(refname) %(objectname)'])

async function parseAt(w: World, rev: string, field: string): Promise<string> {
  const file = join(tmp.dir, `changelog-${++n}`)
  writeFileSync(file, (await createGit(w.bare).exec(['show', `${rev}:debian/changelog`])).stdout)
  return (await runProcess('dpkg-parsechangelog', ['-l', file, '-S', field])).stdout.toString('utf8').trim()
}

test('bad input, repository, assets or a detached HEAD fail before any commit, tag or push', async () => {
  const w = await world()
  const refs = await originRefs(w)
  const cases: [string, Parameters<typeof runAction>[2], RegExp][] = [
    [
      'repository',
      { env: { GITHUB_REPOSITORY: 'not-a-repository' } },
      /GITHUB_REPOSITORY 'not-a-repository' is not OWNER\/NAME/
    ],
    ['boolean', { inputs: { push: 'yes' } }, /Input 'push' must be true or false/],
    ['assets', { assets: join(tmp.dir, 'no-such-dir') }, /the assets directory .* does not exist/],
    ['time unit', { env: { STABLE_SYNC_TIME_UNIT_MS: 'fast' } }, /STABLE_SYNC_TIME_UNIT_MS='fast'/],
    ['date', { inputs: { now: 'tomorrow' } }, /is not a date/]
  ]
  for (const [what, opts, message] of cases) {
    const repo = await checkout(w)
    const r = await runAction(w, repo, opts)
    expect([what, r.failed]).toEqual([what, expect.stringMatching(message)])
    expect(await repo.git.text(['rev-parse', 'HEAD'])).toBe(w.eventSha)
    expect(await repo.git.text(['tag', '--list'])).toBe('')
  }
  // A detached HEAD: the release commit would be on no branch.
  const detached = await checkout(w)
  await detached.git.exec(['checkout', '-q', '--detach'])
  const r = await runAction(w, detached)
  expect(r.failed).toMatch(/HEAD is detached .* the release commit would be on no branch/)
  expect(await detached.git.text(['rev-parse', 'HEAD'])).toBe(w.eventSha)
  expect(await detached.git.text(['tag', '--list'])).toBe('')
  // A dry run makes no commit: a detached HEAD is fine there.
  const dry = await runAction(w, detached, { inputs: { 'dry-run': 'true' } })
  expect(dry.failed).toBeUndefined()
  expect(dry.outputs).toMatchObject({ operation: 'dry-run', 'release-operation': 'dry-run' })
  expect(await originRefs(w)).toBe(refs)
  expect(w.server.writes()).toEqual([])
  expect(w.server.state.releases).toEqual([])
})

test('the README minimal config on a runner without DEBFULLNAME/DEBEMAIL: the milestone closer signs', async () => {
  const w = await world()
  w.server.state.userNames.set('jane-doe', 'Jane Doe')
  const r = await runAction(w, await checkout(w))
  expect(r.failed).toBeUndefined()
  expect(r.outputs).toMatchObject({ operation: 'released', tag: TAG })
  expect(await parseAt(w, 'refs/heads/main', 'Maintainer')).toBe(
    'Jane Doe <4242+jane-doe@users.noreply.github.com>'
  )
  expect(await parseAt(w, 'refs/heads/main', 'Distribution')).toBe('noble')
  expect(await createGit(w.bare).text(['log', '-1', '--format=%an <%ae>', 'refs/heads/main'])).toBe(
    'Jane Doe <4242+jane-doe@users.noreply.github.com>'
  )
  // A login without a display name signs as the login.
  const v = await world()
  const s = await runAction(v, await checkout(v))
  expect(s.failed).toBeUndefined()
  expect(await parseAt(v, 'refs/heads/main', 'Maintainer')).toBe(
    'jane-doe <4242+jane-doe@users.noreply.github.com>'
  )
})

test('reruns from the event sha finish a partial release: tag pushed without release, then a missing asset', async () => {
  const w = await world()
  const assets = artifacts()
  // 1. The tag and the release commit reach origin, the GitHub release is refused.
  w.server.inject('POST', '/repos/{owner}/{repo}/releases', { kind: 'status', status: 403 })
  const first = await runAction(w, await checkout(w), { assets })
  expect(first.failed).toBeDefined()
  const origin = createGit(w.bare)
  const releaseCommit = await origin.text(['rev-parse', `refs/tags/${TAG}^{commit}`])
  expect(await origin.text(['rev-parse', 'refs/heads/main'])).toBe(releaseCommit)
  expect(await origin.text(['rev-parse', `${releaseCommit}^`])).toBe(w.eventSha)
  expect(w.server.state.releases).toEqual([])

  // 2. The rerun checks out the event's sha again: it finds the release commit through the tag and
  //    creates the GitHub release; one upload fails.
  w.server.inject('POST', '/repos/{owner}/{repo}/releases/{release_id}/assets', {
    kind: 'status',
    status: 403
  })
  const second = await runAction(w, await checkout(w), { assets })
  expect(second.failed).toBeDefined()
  expect(second.failed).not.toMatch(/already exists/)
  expect(w.server.state.releases).toHaveLength(1)
  expect(w.server.state.releases[0].tagName).toBe(TAG)
  const uploaded = w.server.state.releases[0].assets.length

  // 3. The next rerun uploads what is missing; nothing is committed, tagged or pushed again.
  const third = await runAction(w, await checkout(w), { assets })
  expect(third.failed).toBeUndefined()
  expect(third.outputs).toMatchObject({
    operation: 'unchanged',
    commit: releaseCommit,
    'release-operation': 'updated',
    distribution: 'noble'
  })
  expect(w.server.state.releases).toHaveLength(1)
  const names = w.server.state.releases[0].assets.map(a => a.name).sort()
  expect(names.length).toBeGreaterThan(uploaded)
  expect(names).toEqual([
    'noble-amd64_build.log',
    'noble-arm64_build.log',
    'qemu-system-x86_8.2.2+ds-0ubuntu2_amd64.deb',
    'qemu-system-x86_8.2.2+ds-0ubuntu2_arm64.deb',
    'qemu_8.2.2+ds-0ubuntu2.dsc'
  ])
  const log = w.server.state.releases[0].assets.find(a => a.name === 'noble-arm64_build.log')!
  expect(log.data.toString()).toBe('built on arm64\n')
  expect(w.server.state.releases[0].body).toContain('cherry-pick 2 fixes from upstream stable-8.2.')
  expect(await origin.text(['rev-parse', 'refs/heads/main'])).toBe(releaseCommit)
  expect(await origin.text(['rev-parse', `refs/tags/${TAG}^{commit}`])).toBe(releaseCommit)
  expect(await origin.text(['for-each-ref', '--format=%(refname)', 'refs/tags'])).toBe(`refs/tags/${TAG}`)
})

test('a rerun after the branch push but a refused tag push tags the pushed release commit, no second commit', async () => {
  const w = await world()
  // origin refuses tags while the marker exists (a protected tag rule, a network failure).
  const marker = join(tmp.dir, `refuse-tags-${n}`)
  writeFileSync(marker, '')
  const hook = join(w.bare, 'hooks', 'pre-receive')
  writeFileSync(
    hook,
    `#!/bin/sh\nwhile read old new ref; do\n  case "$ref" in refs/tags/*) [ -e '${marker}' ] && { echo "tags are refused" >&2; exit 1; } ;; esac\ndone\nexit 0\n`
  )
  chmodSync(hook, 0o755)
  const first = await runAction(w, await checkout(w))
  expect(first.failed).toMatch(/could not push the tag/)
  const origin = createGit(w.bare)
  const releaseCommit = await origin.text(['rev-parse', 'refs/heads/main'])
  expect(releaseCommit).not.toBe(w.eventSha)
  expect(await origin.text(['for-each-ref', 'refs/tags'])).toBe('')

  rmSync(marker)
  // The rerun, a day later, from the event's sha: the pushed commit is tagged, not made again.
  const again = await runAction(w, await checkout(w), { inputs: { now: '2026-12-11' } })
  expect(again.failed).toBeUndefined()
  expect(again.outputs).toMatchObject({
    operation: 'released',
    commit: releaseCommit,
    'release-operation': 'created'
  })
  expect(await origin.text(['rev-parse', 'refs/heads/main'])).toBe(releaseCommit)
  expect(await origin.text(['rev-parse', `refs/tags/${TAG}^{commit}`])).toBe(releaseCommit)
  expect(await origin.text(['cat-file', '-t', `refs/tags/${TAG}`])).toBe('tag')
  expect(w.server.state.releases.map(r => r.tagName)).toEqual([TAG])
})
