import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { GitHubServer } from '../helpers/github-server/index.js'
import { makeTempDir } from '../helpers/tmp.js'

// `stable-sync release-gate` against the local GitHub REST server (OpenAPI-checked): closing the
// release milestone releases only when the user who closed it can push (write, maintain, admin).
let server: GitHubServer
const tmp = makeTempDir('stable-sync-release-gate-')

beforeAll(async () => {
  server = await GitHubServer.start()
  server.state.collaborators.set('alice', 'write')
  server.state.collaborators.set('mona', 'maintain')
  server.state.collaborators.set('root', 'admin')
  server.state.collaborators.set('trish', 'triage')
  mkdirSync(join(tmp.dir, '.github'), { recursive: true })
  writeFileSync(
    join(tmp.dir, '.github', 'stable-sync.yml'),
    `tracks:
  - name: qemu
    upstream: { url: /u/qemu, branch: stable-8.2, tag: 'v{version}' }
    package: .
calendar:
  milestones: { release: '26.04' }
`
  )
})
afterAll(async () => {
  await server.stop()
  tmp.cleanup()
})
afterEach(() => expect(server.violations.splice(0)).toEqual([]))

async function gate(sender: string | undefined, title = '26.04', action = 'closed') {
  const event = join(tmp.dir, 'event.json')
  writeFileSync(
    event,
    JSON.stringify({ action, milestone: { title }, ...(sender ? { sender: { login: sender } } : {}) })
  )
  const output = join(tmp.dir, 'github-output')
  writeFileSync(output, '')
  let out = ''
  let err = ''
  const code = await runCli(['release-gate', '--repo', tmp.dir, '--github-output', output, '--json'], {
    out: t => void (out += t),
    err: t => void (err += t + '\n'),
    cwd: tmp.dir,
    env: {
      PATH: process.env.PATH,
      GITHUB_TOKEN: server.token,
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
      GITHUB_EVENT_NAME: 'milestone',
      GITHUB_EVENT_PATH: event
    }
  })
  return { code, err, decision: JSON.parse(out || '{}'), output: readFileSync(output, 'utf8') }
}

const permissionCalls = (): number =>
  server.requests.filter(r => r.template === '/repos/{owner}/{repo}/collaborators/{username}/permission')
    .length

test.each([
  ['alice', 'write'],
  ['mona', 'maintain'],
  ['root', 'admin']
])('%s (%s) closing the release milestone releases', async (login, role) => {
  const r = await gate(login)
  expect(r.code).toBe(0)
  expect(r.decision).toEqual({
    release: true,
    reason: `release milestone '26.04' closed by ${login} (${role})`
  })
  expect(r.output).toBe(`release=true\nreason=release milestone '26.04' closed by ${login} (${role})\n`)
})

test.each([
  ['trish', 'triage'],
  ['stranger', 'read']
])('%s (%s) can close milestones but does not release', async (login, role) => {
  const r = await gate(login)
  expect(r.code).toBe(0)
  expect(r.decision.release).toBe(false)
  expect(r.decision.reason).toBe(
    `release milestone '26.04' closed by ${login}, who has ${role} access: releasing needs write, maintain or admin`
  )
  expect(r.output).toMatch(/^release=false\n/)
})

test('a sender GitHub does not know (404), or none at all, does not release', async () => {
  expect((await gate('some-app[bot]')).decision).toEqual({
    release: false,
    reason: "release milestone '26.04' closed by some-app[bot], whom GitHub does not know as a user"
  })
  expect((await gate(undefined)).decision.release).toBe(false)
})

test('another milestone, or one reopened, is decided without asking the API', async () => {
  const before = permissionCalls()
  expect((await gate('alice', 'Feature Freeze')).decision.release).toBe(false)
  expect((await gate('alice', '26.04', 'edited')).decision.release).toBe(false)
  expect(permissionCalls()).toBe(before)
})
