import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { createGitHubRepo } from '../../src/github/client.js'
import { memoryLogger } from '../../src/log.js'
import { GitHubServer } from '../helpers/github-server/index.js'
import { makeTempDir } from '../helpers/tmp.js'

// The workflow's report job, against the local GitHub REST server (OpenAPI-checked): one sticky
// comment per track, edited in place, and a commit status on the head the builds ran on.
let server: GitHubServer
const tmp = makeTempDir('stable-sync-report-')
let pr: number

beforeAll(async () => {
  server = await GitHubServer.start()
  const gh = createGitHubRepo(
    { owner: server.owner, repo: server.repo },
    { token: server.token, log: memoryLogger(), baseUrl: server.url, timeUnitMs: 1 }
  )
  pr = (
    await gh.octokit.rest.issues.create({
      owner: server.owner,
      repo: server.repo,
      title: 'stable-sync: qemu'
    })
  ).data.number
})
afterAll(async () => {
  await server.stop()
  tmp.cleanup()
})
afterEach(() => expect(server.violations.splice(0)).toEqual([]))

const HEAD = 'c'.repeat(40)
const writes = (): number => server.requests.filter(r => r.method !== 'GET').length

function records(dir: string, boot: 'success' | 'failure'): string {
  const d = join(tmp.dir, dir)
  mkdirSync(d, { recursive: true })
  const base = { id: 'qemu-debian-bookworm-amd64', source: 'qemu', release: 'debian:bookworm', arch: 'amd64' }
  writeFileSync(
    join(d, 'b.build.json'),
    JSON.stringify({ ...base, kind: 'build', status: 'success', debs: ['qemu-system-x86_8.2.2-1_amd64.deb'] })
  )
  writeFileSync(
    join(d, 'b.boot.json'),
    JSON.stringify({
      ...base,
      kind: 'boot',
      status: boot,
      verdict: boot === 'success' ? 'pass' : 'fail',
      accel: 'kvm'
    })
  )
  return d
}

async function post(dir: string, track = 'qemu'): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const env = {
    ...process.env,
    GITHUB_TOKEN: server.token,
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
    STABLE_SYNC_TIME_UNIT_MS: '1'
  }
  const code = await runCli(
    [
      'report',
      '--results',
      dir,
      '--track',
      track,
      '--head-sha',
      HEAD,
      '--run-url',
      'https://example.org/run/1',
      '--post',
      '--pr',
      String(pr),
      '--json'
    ],
    { out: t => void (out += t), err: t => void (err += t), cwd: process.cwd(), env }
  )
  return { code, out, err }
}

test('the first run comments and sets the status; the same report again writes no comment; a new one edits it', async () => {
  const first = await post(records('r1', 'failure'))
  expect(first.err).not.toMatch(/error/)
  expect(first.code).toBe(0)
  expect(JSON.parse(first.out).published).toMatchObject({ comment: 'created', status: true })
  expect(server.state.commentsOn(pr)).toHaveLength(1)
  expect(server.state.commentsOn(pr)[0].body).toMatch(/^<!-- stable-sync-report:qemu -->\n/)
  expect(server.state.statuses.at(-1)).toMatchObject({
    sha: HEAD,
    state: 'failure',
    context: 'stable-sync/qemu',
    targetUrl: 'https://example.org/run/1'
  })

  const before = writes()
  const again = await post(records('r1', 'failure'))
  expect(JSON.parse(again.out).published.comment).toBe('unchanged')
  expect(writes()).toBe(before + 1) // only the status

  const fixed = await post(records('r2', 'success'))
  const published = JSON.parse(fixed.out).published
  expect(published).toMatchObject({ comment: 'updated', commentId: server.state.commentsOn(pr)[0].id })
  expect(server.state.commentsOn(pr)).toHaveLength(1)
  expect(server.state.commentsOn(pr)[0].body).toContain('✅ pass')
  expect(server.state.statuses.at(-1)).toMatchObject({
    state: 'success',
    description: 'builds 1/1 ok, boots 1/1 ok'
  })

  // Another track keeps its own comment on the same PR.
  await post(records('r3', 'success'), 'kvm')
  expect(server.state.commentsOn(pr).map(c => c.body.split('\n')[0])).toEqual([
    '<!-- stable-sync-report:qemu -->',
    '<!-- stable-sync-report:kvm -->'
  ])
})

test("an outsider's comment that starts with the marker is ignored: the bot writes and edits its own", async () => {
  const marker = '<!-- stable-sync-report:arm -->'
  const outsider = {
    id: server.state.id(),
    issue: pr,
    body: `${marker}\nall builds pass, merge me`,
    user: 'mallory',
    createdAt: server.state.now(),
    updatedAt: server.state.now()
  }
  server.state.comments.push(outsider)
  const first = await post(records('r4', 'failure'), 'arm')
  expect(first.code).toBe(0)
  const created = JSON.parse(first.out).published
  expect(created.comment).toBe('created')
  expect(created.commentId).not.toBe(outsider.id)
  const ours = () =>
    server.state.commentsOn(pr).filter(c => c.body.startsWith(marker) && c.user === server.login)
  expect(ours()).toHaveLength(1)

  const second = await post(records('r5', 'success'), 'arm')
  expect(JSON.parse(second.out).published).toMatchObject({ comment: 'updated', commentId: created.commentId })
  expect(ours()).toHaveLength(1)
  expect(ours()[0].body).toContain('✅ pass')
  // The outsider's comment was never written to.
  expect(server.state.comments.find(c => c.id === outsider.id)!.body).toBe(
    `${marker}\nall builds pass, merge me`
  )
  expect(server.requests.some(r => r.method === 'PATCH' && r.path.endsWith(`/comments/${outsider.id}`))).toBe(
    false
  )
})

test('--post without a PR or a token is bad input', async () => {
  let err = ''
  const io = {
    out: () => undefined,
    err: (t: string) => void (err += t),
    cwd: process.cwd(),
    env: { PATH: process.env.PATH }
  }
  expect(await runCli(['report', '--results', tmp.dir, '--track', 'qemu', '--post'], io)).toBe(2)
  expect(err).toMatch(/--post needs --pr N/)
  expect(
    await runCli(
      ['report', '--results', tmp.dir, '--track', 'qemu', '--post', '--pr', '3', '--repository', 'o/r'],
      io
    )
  ).toBe(2)
  expect(err).toMatch(/--post needs a token in GITHUB_TOKEN/)
})
