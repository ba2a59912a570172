import { join } from 'node:path'
import { FixtureRepo } from '../helpers/git-fixture.js'
import { GitHubServer } from '../helpers/github-server/index.js'
import { makeTempDir } from '../helpers/tmp.js'

// The test GitHub server itself: GitHub's behaviour on the operations the action uses, and that it
// rejects what the OpenAPI description forbids (so it cannot drift into accepting wrong calls).
const tmp = makeTempDir('gh-server-')
let server: GitHubServer

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response JSON freely
type AnyJson = any

async function call(
  method: string,
  path: string,
  body?: unknown,
  token = server.token
): Promise<{ status: number; json: AnyJson }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : undefined }
}

beforeAll(async () => {
  const work = await FixtureRepo.init(join(tmp.dir, 'work'), tmp.dir)
  work.write('README', 'hello\n')
  await work.commit('init')
  await work.git.exec(['checkout', '-q', '-b', 'stable-sync/qemu'])
  work.write('fix', 'fix\n')
  await work.commit('fix')
  const bare = join(tmp.dir, 'origin.git')
  await work.git.exec(['clone', '-q', '--bare', work.dir, bare])
  server = await GitHubServer.start({ bareRepo: bare })
})

afterAll(async () => {
  await server.stop()
  tmp.cleanup()
})

afterEach(() => {
  expect(server.violations.splice(0)).toEqual([])
})

const repo = '/repos/packager/qemu'

test('pull requests: create, duplicate 422, list by head, update and close', async () => {
  const created = await call('POST', `${repo}/pulls`, {
    title: 't',
    head: 'stable-sync/qemu',
    base: 'main',
    body: 'b'
  })
  expect(created.status).toBe(201)
  expect(created.json.head.sha).toMatch(/^[0-9a-f]{40}$/)
  const dup = await call('POST', `${repo}/pulls`, {
    title: 't',
    head: 'packager:stable-sync/qemu',
    base: 'main'
  })
  expect(dup.status).toBe(422)
  expect(dup.json.errors[0].message).toBe('A pull request already exists for packager:stable-sync/qemu.')
  const list = await call('GET', `${repo}/pulls?head=packager:stable-sync/qemu&base=main&state=open`)
  expect(list.json.map((p: { number: number }) => p.number)).toEqual([created.json.number])
  const closed = await call('PATCH', `${repo}/pulls/${created.json.number}`, {
    state: 'closed',
    body: 'gone'
  })
  expect([closed.json.state, closed.json.body]).toEqual(['closed', 'gone'])
  expect((await call('GET', `${repo}/pulls?head=packager:stable-sync/qemu`)).json).toEqual([])
  expect((await call('GET', `${repo}/pulls?head=packager:stable-sync/qemu&state=closed`)).json).toHaveLength(
    1
  )
})

test('a head branch that does not exist is rejected like GitHub does', async () => {
  const r = await call('POST', `${repo}/pulls`, { title: 't', head: 'nope', base: 'main' })
  expect(r.status).toBe(422)
  expect(r.json.errors[0]).toMatchObject({ field: 'head', code: 'invalid' })
})

test('comments, labels, reviewers and refs', async () => {
  const issue = await call('POST', `${repo}/issues`, { title: 'tracking', labels: ['stable'] })
  expect(issue.status).toBe(201)
  const n = issue.json.number
  expect((await call('POST', `${repo}/issues/${n}/comments`, { body: 'hi' })).status).toBe(201)
  const comments = await call('GET', `${repo}/issues/${n}/comments`)
  expect(comments.json.map((c: { body: string }) => c.body)).toEqual(['hi'])
  const labels = await call('POST', `${repo}/issues/${n}/labels`, { labels: ['a', 'b'] })
  expect(labels.json.map((l: { name: string }) => l.name)).toEqual(['stable', 'a', 'b'])
  expect((await call('GET', `${repo}/git/ref/heads/stable-sync%2Fqemu`)).status).toBe(200)
  expect((await call('DELETE', `${repo}/git/refs/heads%2Fnot-there`)).status).toBe(422)
})

test('releases: create, get by tag, upload an asset', async () => {
  const rel = await call('POST', `${repo}/releases`, {
    tag_name: 'ubuntu/1%8.2.2-0ubuntu2',
    name: 'x',
    body: 'notes'
  })
  expect(rel.status).toBe(201)
  const byTag = await call('GET', `${repo}/releases/tags/${encodeURIComponent('ubuntu/1%8.2.2-0ubuntu2')}`)
  expect(byTag.json.id).toBe(rel.json.id)
  const up = await fetch(`${server.url}${repo}/releases/${rel.json.id}/assets?name=a.deb`, {
    method: 'POST',
    headers: {
      authorization: `token ${server.token}`,
      'content-type': 'application/vnd.debian.binary-package'
    },
    body: Buffer.from('!<arch>\n')
  })
  expect(up.status).toBe(201)
  expect(((await up.json()) as { size: number }).size).toBe(8)
})

test('a bad token gets GitHub 401 body', async () => {
  const r = await call('GET', '/user', undefined, 'wrong')
  expect(r.status).toBe(401)
  expect(r.json.message).toBe('Bad credentials')
})

test('requests the OpenAPI description forbids are violations', async () => {
  const r = await call('POST', `${repo}/pulls`, { title: 't', base: 'main' })
  expect(r.status).toBe(422)
  expect(server.violations.splice(0)).toEqual([expect.stringMatching(/pulls\/create request body: .*head/)])
  await call('GET', `${repo}/pulls?colour=red`)
  expect(server.violations.splice(0)).toEqual([expect.stringContaining("query parameter 'colour'")])
  await call('GET', `${repo}/not-an-endpoint`)
  expect(server.violations.splice(0)).toEqual([expect.stringContaining('no such operation')])
})

test('faults: 502, secondary rate limit, reset, and a lost response after the write', async () => {
  server.inject('GET', '/repos/{owner}/{repo}/pulls', { kind: 'status', status: 502 })
  expect((await call('GET', `${repo}/pulls`)).status).toBe(502)
  expect((await call('GET', `${repo}/pulls`)).status).toBe(200)
  server.inject('GET', '/repos/{owner}/{repo}/pulls', { kind: 'secondary-rate-limit', retryAfter: 1 })
  const limited = await fetch(`${server.url}${repo}/pulls`, {
    headers: { authorization: `token ${server.token}` }
  })
  expect([limited.status, limited.headers.get('retry-after')]).toEqual([403, '1'])
  expect(((await limited.json()) as { message: string }).message).toMatch(/secondary rate limit/)
  server.inject('POST', '/repos/{owner}/{repo}/issues', { kind: 'reset' }, { afterWrite: true })
  const before = server.state.issues.size
  await expect(call('POST', `${repo}/issues`, { title: 'lost' })).rejects.toThrow()
  expect(server.state.issues.size).toBe(before + 1)
  expect(server.writes().at(-1)).toMatchObject({ method: 'POST', fault: 'reset' })
})

test('check runs and commit statuses', async () => {
  const created = await call('POST', `${repo}/check-runs`, {
    name: 'boot',
    head_sha: 'a'.repeat(40),
    status: 'in_progress'
  })
  expect(created.status).toBe(201)
  const done = await call('PATCH', `${repo}/check-runs/${created.json.id}`, {
    conclusion: 'success',
    output: { title: 'booted', summary: 'ok' }
  })
  expect([done.json.status, done.json.conclusion]).toEqual(['completed', 'success'])
  const list = await call('GET', `${repo}/commits/${'a'.repeat(40)}/check-runs`)
  expect(list.json.total_count).toBe(1)
  expect(
    (await call('POST', `${repo}/statuses/${'a'.repeat(40)}`, { state: 'success', context: 'build' })).status
  ).toBe(201)
})
