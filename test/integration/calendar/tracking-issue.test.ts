import { milestoneLookupFrom } from '../../../src/calendar/resolve.js'
import { createGitHubRepo, type GitHubRepo } from '../../../src/github/client.js'
import { listMilestones, trackingIssueApi } from '../../../src/github/tracking-issue-host.js'
import { memoryLogger } from '../../../src/log.js'
import {
  checkedShas,
  pendingFixes,
  renderTrackingBody,
  trackingMarker,
  trackingTitle
} from '../../../src/publish/tracking-issue-body.js'
import {
  freezeExceptionRequest,
  syncTrackingIssue,
  type TrackingIssueInput
} from '../../../src/publish/tracking-issue.js'
import { GitHubServer } from '../../helpers/github-server/index.js'

// Frozen mode's tracking issue against the local GitHub REST server (OpenAPI-checked).
let server: GitHubServer
let gh: GitHubRepo

beforeAll(async () => {
  server = await GitHubServer.start()
  gh = createGitHubRepo(
    { owner: server.owner, repo: server.repo },
    { token: server.token, log: memoryLogger(), baseUrl: server.url, timeUnitMs: 1 }
  )
})
afterAll(async () => server.stop())
afterEach(() => expect(server.violations.splice(0)).toEqual([]))

const sha = (c: string): string => c.repeat(40)
const patch = (c: string, subject: string) => ({
  file: `debian/patches/stable/${c}.patch`,
  upstream: [sha(c)],
  subject,
  author: 'Up Stream <up@example.org>',
  kind: 'commit' as const
})
const input = (track: string, patches: ReturnType<typeof patch>[]): TrackingIssueInput => ({
  track,
  branch: 'stable-8.2',
  range: { from: sha('1'), to: sha('2') },
  reason: 'beta freeze since 2026-12-01',
  fixes: pendingFixes(patches, 'https://gitlab.com/qemu-project/qemu/-/commit/{sha}')
})
const writes = (): number => server.requests.filter(r => r.method !== 'GET').length

test('one issue per track, updated in place, closed when nothing is pending, reopened when fixes return', async () => {
  const api = trackingIssueApi(gh)
  const log = memoryLogger()
  const first = await syncTrackingIssue(
    api,
    input('qemu', [patch('a', 'Fix @someone crash #42 <b>x</b>')]),
    log
  )
  expect(first.operation).toBe('created')
  const issue = server.state.issues.get(first.number!)!
  expect(issue.body).toContain(trackingMarker('qemu'))
  expect(issue.labels).toEqual(['stable-sync'])
  expect(issue.body).toContain(
    '[`aaaaaaaaaaaa`](https://gitlab.com/qemu-project/qemu/-/commit/' + sha('a') + ')'
  )
  // Upstream text is inert: no mention, no issue link, no HTML.
  expect(issue.body).not.toMatch(/@someone|#42|<b>/)

  // Same pending set: no write at all.
  const before = writes()
  expect(
    (await syncTrackingIssue(api, input('qemu', [patch('a', 'Fix @someone crash #42 <b>x</b>')]), log))
      .operation
  ).toBe('unchanged')
  expect(writes()).toBe(before)

  // A maintainer ticks fix a; a new fix b arrives: same issue, a stays ticked.
  issue.body = issue.body!.replace('- [ ]', '- [x]')
  const second = await syncTrackingIssue(
    api,
    input('qemu', [patch('a', 'Fix crash'), patch('b', 'Fix leak')]),
    log
  )
  expect(second).toMatchObject({ operation: 'updated', number: first.number })
  expect(checkedShas(server.state.issues.get(first.number!)!.body)).toEqual(new Set([sha('a')]))
  expect(second.freezeException).toBeUndefined()

  // Another track has its own issue.
  const kvm = await syncTrackingIssue(api, input('kvm', [patch('c', 'kvm: fix')]), log)
  expect(kvm.operation).toBe('created')
  expect(kvm.number).not.toBe(first.number)

  // Nothing pending: closed with one comment; a second run does nothing.
  const closed = await syncTrackingIssue(api, input('qemu', []), log)
  expect(closed).toMatchObject({ operation: 'closed', number: first.number })
  expect(server.state.issues.get(first.number!)!.state).toBe('closed')
  expect(server.state.commentsOn(first.number!)).toHaveLength(1)
  const idle = writes()
  expect((await syncTrackingIssue(api, input('qemu', []), log)).operation).toBe('none')
  expect(writes()).toBe(idle)

  // New fixes: the same issue is reopened rather than a second one created.
  const back = await syncTrackingIssue(api, input('qemu', [patch('d', 'Fix again')]), log)
  expect(back).toMatchObject({ operation: 'reopened', number: first.number })
  expect(
    [...server.state.issues.values()].filter(i => i.body?.includes(trackingMarker('qemu')))
  ).toHaveLength(1)
})

test('a removed label does not make a second issue (the hidden marker finds it)', async () => {
  const api = trackingIssueApi(gh)
  const first = await syncTrackingIssue(api, input('lbl', [patch('e', 'Fix e')]), memoryLogger())
  server.state.issues.get(first.number!)!.labels = []
  const again = await syncTrackingIssue(
    api,
    input('lbl', [patch('e', 'Fix e'), patch('f', 'Fix f')]),
    memoryLogger()
  )
  expect(again).toMatchObject({ operation: 'updated', number: first.number })
})

test('the freeze-exception label with ticked boxes asks for a PR of those fixes, in upstream order', async () => {
  const api = trackingIssueApi(gh)
  const fixes = [patch('1', 'one'), patch('3', 'three'), patch('5', 'five')]
  const created = await syncTrackingIssue(api, input('fe', fixes), memoryLogger())
  const issue = server.state.issues.get(created.number!)!
  issue.body = issue
    .body!.split('\n')
    .map(l => (l.includes(sha('5')) || l.includes(sha('1')) ? l.replace('- [ ]', '- [X]') : l))
    .join('\n')
  // Ticked but not labelled: no exception yet.
  expect((await syncTrackingIssue(api, input('fe', fixes), memoryLogger())).freezeException).toBeUndefined()
  issue.labels.push('freeze-exception')
  const asked = await syncTrackingIssue(api, input('fe', fixes), memoryLogger())
  expect(asked.freezeException).toEqual({ shas: [sha('1'), sha('5')] })
})

test("an outsider's issue with the marker, the labels and ticked boxes is not the tracking issue", async () => {
  const fixes = [patch('7', 'seven'), patch('8', 'eight')]
  const forged = renderTrackingBody(input('evil', fixes), input('evil', fixes).fixes, new Set([sha('8')]))
  const number = server.state.number()
  server.state.issues.set(number, {
    number,
    id: server.state.id(),
    title: trackingTitle('evil'),
    body: forged,
    state: 'open',
    stateReason: null,
    user: 'mallory',
    labels: ['stable-sync', 'freeze-exception'],
    assignees: [],
    createdAt: server.state.now(),
    updatedAt: server.state.now(),
    closedAt: null
  })
  expect(checkedShas(forged)).toEqual(new Set([sha('8')]))
  const api = trackingIssueApi(gh)
  // No freeze exception from it, and the bot opens (then keeps) its own issue.
  expect(await freezeExceptionRequest(api, 'evil')).toEqual([])
  const own = await syncTrackingIssue(api, input('evil', fixes), memoryLogger())
  expect(own.operation).toBe('created')
  expect(own.number).not.toBe(number)
  expect(own.freezeException).toBeUndefined()
  expect(server.state.issues.get(own.number!)!.user).toBe(server.login)
  expect((await syncTrackingIssue(api, input('evil', fixes), memoryLogger())).operation).toBe('unchanged')
  expect(server.state.issues.get(number)!.body).toBe(forged)
})

test("an installation token (GET /user refused) still finds its own [bot] issue and ignores a user's", async () => {
  // A fresh client: the bot's identity is learnt once per client.
  const app = createGitHubRepo(
    { owner: server.owner, repo: server.repo },
    { token: server.token, log: memoryLogger(), baseUrl: server.url, timeUnitMs: 1 }
  )
  server.inject('GET', '/user', { kind: 'status', status: 403 })
  const api = trackingIssueApi(app)
  const fixes = [patch('9', 'nine')]
  const first = await syncTrackingIssue(api, input('app', fixes), memoryLogger())
  expect(first.operation).toBe('created')
  const number = server.state.number()
  server.state.issues.set(number, {
    ...server.state.issues.get(first.number!)!,
    number,
    id: server.state.id(),
    user: 'mallory',
    labels: ['stable-sync', 'freeze-exception']
  })
  server.state.issues.get(number)!.body = server.state.issues
    .get(first.number!)!
    .body!.replace('- [ ]', '- [x]')
  expect(await freezeExceptionRequest(api, 'app')).toEqual([])
  const again = await syncTrackingIssue(api, input('app', [...fixes, patch('6', 'six')]), memoryLogger())
  expect(again).toMatchObject({ operation: 'updated', number: first.number })
  expect(server.requests.filter(r => r.path === '/user').map(r => r.status)).toContain(403)
  expect(server.requests.filter(r => r.path === '/user').map(r => r.status)).toContain(403)
})

test('milestones give the calendar its dates by title', async () => {
  server.state.milestones.push(
    { number: 1, title: 'Feature Freeze', state: 'closed', dueOn: '2026-11-01T07:00:00Z' },
    { number: 2, title: 'Beta Freeze', state: 'open', dueOn: '2026-12-01T08:00:00Z' }
  )
  const lookup = milestoneLookupFrom(await listMilestones(gh))
  expect((await lookup('Beta Freeze'))?.dueOn).toBe('2026-12-01T08:00:00Z')
  expect((await lookup('Feature Freeze'))?.state).toBe('closed')
  expect(await lookup('Release')).toBeUndefined()
})

test('a freeze exception: what it adds is listed; one it cannot take is said once in a comment, and in the body', async () => {
  const api = trackingIssueApi(gh)
  const base = input('fe', [patch('c', 'Fix c'), patch('d', 'Fix d')])
  const first = await syncTrackingIssue(api, base, memoryLogger())
  const added = [{ sha: sha('c'), subject: 'Fix c', neededBy: sha('d'), why: 'both change src/d.c' }]
  await syncTrackingIssue(api, { ...base, freezeException: { added } }, memoryLogger())
  const issue = server.state.issues.get(first.number!)!
  expect(issue.body).toContain('### Freeze exception')
  expect(issue.body).toContain('`cccccccccccc` Fix c: needed by `dddddddddddd` (both change src/d.c)')
  expect(server.state.commentsOn(first.number!)).toEqual([])

  const unresolved =
    'dddddddddddd does not apply at fuzz 0, and no earlier upstream commit left out changes the same files'
  const blocked = { ...base, freezeException: { added: [], unresolved } }
  await syncTrackingIssue(api, blocked, memoryLogger())
  await syncTrackingIssue(api, blocked, memoryLogger())
  const comments = server.state.commentsOn(first.number!)
  expect(comments).toHaveLength(1)
  expect(comments[0].body).toContain('cannot take the ticked fixes as a freeze exception')
  expect(comments[0].body).toContain(unresolved)
  expect(server.state.issues.get(first.number!)!.body).toContain(`no pull request is opened:** ${unresolved}`)
})
