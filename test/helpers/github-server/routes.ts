import type { Git } from '../../../src/git/gateway.js'
import type { Renderer } from './render.js'
import type { CheckRunState, PullState, RepoState } from './state.js'

/**
 * The REST operations the test server serves, each named by its OpenAPI path template. Behaviour
 * follows GitHub's (422 "A pull request already exists", head branch must exist, issues and pulls share
 * numbers, list filters); refs come from the bare repository that tests use as `origin`.
 */
export interface RouteContext {
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  raw: Buffer
  headers: Record<string, string | string[] | undefined>
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface Route {
  method: string
  template: string
  /** The request body is not JSON (release asset upload). */
  rawBody?: boolean
  handle(ctx: RouteContext): Promise<Reply>
}

export interface World {
  state: RepoState
  render: Renderer
  /** The bare repository behind `origin`. */
  git?: Git
  owner: string
  repo: string
  /** Login of the token's user (the bot). */
  login: string
}

const DOCS = 'https://docs.github.com/rest'

export const notFound = (): Reply => ({
  status: 404,
  body: { message: 'Not Found', documentation_url: DOCS, status: '404' }
})

export function validationFailed(errors: Record<string, unknown>[], message = 'Validation Failed'): Reply {
  return { status: 422, body: { message, errors, documentation_url: DOCS, status: '422' } }
}

type Json = Record<string, unknown>

export function createRoutes(w: World): Route[] {
  const { state, render } = w
  const repoPath = '/repos/{owner}/{repo}'

  const refSha = async (ref: string): Promise<string | null> => {
    if (!w.git) return null
    const r = await w.git.exec(['rev-parse', '--verify', '-q', `${ref}^{commit}`], { allowFailure: true })
    return r.code === 0 ? r.stdout.toString().trim() : null
  }
  const branchSha = (branch: string): Promise<string | null> => refSha(`refs/heads/${branch}`)
  const ZERO = '0'.repeat(40)

  const pullJson = async (p: PullState, simple = false): Promise<Json> => {
    if (p.state === 'open') p.headSha = (await branchSha(p.head)) ?? p.headSha
    return render.pull(p, p.headSha, (await branchSha(p.base)) ?? ZERO, simple)
  }
  const getPull = (n: string): PullState | undefined => state.pulls.get(Number(n))
  const stripOwner = (head: string): string => head.replace(new RegExp(`^${w.owner}:`), '')
  const issueOrPull = (n: string): { labels: string[] } | undefined =>
    state.issues.get(Number(n)) ?? state.pulls.get(Number(n))
  const page = <T>(items: T[], q: URLSearchParams): T[] => {
    const per = Number(q.get('per_page') ?? 30)
    const p = Number(q.get('page') ?? 1)
    return items.slice((p - 1) * per, p * per)
  }
  const route = (method: string, template: string, handle: Route['handle'], rawBody = false): Route => ({
    method,
    template,
    handle,
    rawBody
  })

  return [
    route('GET', '/user', async () => ({ status: 200, body: render.authenticatedUser(w.login) })),
    route('GET', '/users/{username}', async ({ params }) => ({
      status: 200,
      body: render.publicUser(params.username, state.userNames.get(params.username) ?? null)
    })),
    route('GET', repoPath, async () => ({ status: 200, body: render.repository('full-repository') })),

    // ---- collaborators (the release gate asks who may release)
    route('GET', `${repoPath}/collaborators/{username}/permission`, async ({ params }) => {
      // GitHub answers 404 for a login that is no user; in this world a login with '[bot]' or an
      // empty one is none, everyone else reads the public repository.
      if (!/^[A-Za-z0-9-]+$/.test(params.username)) return notFound()
      const role = state.collaborators.get(params.username) ?? 'read'
      return { status: 200, body: render.collaboratorPermission(params.username, role) }
    }),

    // ---- pulls
    route('GET', `${repoPath}/pulls`, async ({ query }) => {
      const want = query.get('state') ?? 'open'
      const head = query.get('head')
      const base = query.get('base')
      const pulls = [...state.pulls.values()]
        .filter(p => want === 'all' || p.state === want)
        .filter(p => !head || `${w.owner}:${p.head}` === head)
        .filter(p => !base || p.base === base)
        .sort((a, b) => b.number - a.number)
      return { status: 200, body: await Promise.all(page(pulls, query).map(p => pullJson(p, true))) }
    }),
    route('POST', `${repoPath}/pulls`, async ({ body }) => {
      const b = body as { title?: string; head: string; base: string; body?: string; draft?: boolean }
      const head = stripOwner(b.head)
      const headSha = await branchSha(head)
      if (!headSha) return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
      const baseSha = await branchSha(b.base)
      if (!baseSha) return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
      const open = [...state.pulls.values()].find(
        p => p.state === 'open' && p.head === head && p.base === b.base
      )
      if (open) {
        return validationFailed([
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${w.owner}:${head}.`
          }
        ])
      }
      if (w.git && (await w.git.text(['rev-list', '--count', `${baseSha}..${headSha}`])) === '0') {
        return validationFailed([
          { resource: 'PullRequest', code: 'custom', message: `No commits between ${b.base} and ${head}` }
        ])
      }
      const now = state.now()
      const p: PullState = {
        number: state.number(),
        id: state.id(),
        title: b.title ?? head,
        body: b.body ?? null,
        head,
        base: b.base,
        headSha,
        state: 'open',
        merged: false,
        draft: b.draft ?? false,
        user: w.login,
        labels: [],
        reviewers: [],
        teamReviewers: [],
        createdAt: now,
        updatedAt: now,
        closedAt: null
      }
      state.pulls.set(p.number, p)
      return { status: 201, body: await pullJson(p) }
    }),
    route('GET', `${repoPath}/pulls/{pull_number}`, async ({ params }) => {
      const p = getPull(params.pull_number)
      return p ? { status: 200, body: await pullJson(p) } : notFound()
    }),
    route('PATCH', `${repoPath}/pulls/{pull_number}`, async ({ params, body }) => {
      const p = getPull(params.pull_number)
      if (!p) return notFound()
      const b = body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string }
      if (b.state === 'open' && p.state === 'closed') {
        if (p.merged || !(await branchSha(p.head))) {
          return validationFailed([
            { resource: 'PullRequest', code: 'custom', message: 'state cannot be changed.' }
          ])
        }
      }
      if (b.title !== undefined) p.title = b.title
      if (b.body !== undefined) p.body = b.body
      if (b.base !== undefined) p.base = b.base
      if (b.state && b.state !== p.state) {
        if (b.state === 'closed') p.headSha = (await branchSha(p.head)) ?? p.headSha
        p.state = b.state
        p.closedAt = b.state === 'closed' ? state.now() : null
      }
      p.updatedAt = state.now()
      return { status: 200, body: await pullJson(p) }
    }),
    route('POST', `${repoPath}/pulls/{pull_number}/requested_reviewers`, async ({ params, body }) => {
      const p = getPull(params.pull_number)
      if (!p) return notFound()
      const b = body as { reviewers?: string[]; team_reviewers?: string[] }
      if (b.reviewers?.includes(p.user)) {
        return validationFailed([], 'Review cannot be requested from pull request author.')
      }
      for (const r of b.reviewers ?? []) if (!p.reviewers.includes(r)) p.reviewers.push(r)
      for (const t of b.team_reviewers ?? []) if (!p.teamReviewers.includes(t)) p.teamReviewers.push(t)
      return { status: 201, body: await pullJson(p, true) }
    }),

    // ---- issues, comments, labels
    route('GET', `${repoPath}/issues`, async ({ query }) => {
      const want = query.get('state') ?? 'open'
      const labels = (query.get('labels') ?? '').split(',').filter(Boolean)
      const creator = query.get('creator')
      const all = [
        ...[...state.issues.values()].map(i => ({ i, p: undefined as PullState | undefined })),
        ...[...state.pulls.values()].map(p => ({ i: pullAsIssue(p), p }))
      ]
        .filter(({ i }) => want === 'all' || i.state === want)
        .filter(({ i }) => labels.every(l => i.labels.includes(l)))
        .filter(({ i }) => !creator || i.user === creator)
        .sort((a, b) => b.i.number - a.i.number)
      return { status: 200, body: page(all, query).map(({ i, p }) => render.issue(i, p)) }
    }),
    route('POST', `${repoPath}/issues`, async ({ body }) => {
      const b = body as {
        title: string | number
        body?: string
        labels?: (string | { name?: string })[]
        assignees?: string[]
      }
      const now = state.now()
      const i = {
        number: state.number(),
        id: state.id(),
        title: String(b.title),
        body: b.body ?? null,
        state: 'open' as const,
        stateReason: null,
        user: w.login,
        labels: (b.labels ?? []).map(l => (typeof l === 'string' ? l : (l.name ?? ''))),
        assignees: b.assignees ?? [],
        createdAt: now,
        updatedAt: now,
        closedAt: null
      }
      state.issues.set(i.number, i)
      return { status: 201, body: render.issue(i) }
    }),
    route('GET', `${repoPath}/issues/{issue_number}`, async ({ params }) => {
      const i = state.issues.get(Number(params.issue_number))
      const p = getPull(params.issue_number)
      if (i) return { status: 200, body: render.issue(i) }
      return p ? { status: 200, body: render.issue(pullAsIssue(p), p) } : notFound()
    }),
    route('PATCH', `${repoPath}/issues/{issue_number}`, async ({ params, body }) => {
      const i = state.issues.get(Number(params.issue_number))
      if (!i) return notFound()
      const b = body as {
        title?: string
        body?: string | null
        state?: 'open' | 'closed'
        state_reason?: 'completed' | 'not_planned' | 'reopened' | null
        labels?: (string | { name?: string })[]
      }
      if (b.title !== undefined) i.title = String(b.title)
      if (b.body !== undefined) i.body = b.body
      if (b.labels) i.labels = b.labels.map(l => (typeof l === 'string' ? l : (l.name ?? '')))
      if (b.state && b.state !== i.state) {
        i.state = b.state
        i.closedAt = b.state === 'closed' ? state.now() : null
        i.stateReason = b.state === 'closed' ? (b.state_reason ?? 'completed') : 'reopened'
      }
      i.updatedAt = state.now()
      return { status: 200, body: render.issue(i) }
    }),
    route('GET', `${repoPath}/issues/{issue_number}/comments`, async ({ params, query }) => {
      if (!issueOrPull(params.issue_number)) return notFound()
      const list = state.commentsOn(Number(params.issue_number))
      return { status: 200, body: page(list, query).map(c => render.comment(c)) }
    }),
    route('POST', `${repoPath}/issues/{issue_number}/comments`, async ({ params, body }) => {
      if (!issueOrPull(params.issue_number)) return notFound()
      const now = state.now()
      const c = {
        id: state.id(),
        issue: Number(params.issue_number),
        body: (body as { body: string }).body,
        user: w.login,
        createdAt: now,
        updatedAt: now
      }
      state.comments.push(c)
      return { status: 201, body: render.comment(c) }
    }),
    route('PATCH', `${repoPath}/issues/comments/{comment_id}`, async ({ params, body }) => {
      const c = state.comments.find(x => x.id === Number(params.comment_id))
      if (!c) return notFound()
      c.body = (body as { body: string }).body
      c.updatedAt = state.now()
      return { status: 200, body: render.comment(c) }
    }),
    route('POST', `${repoPath}/issues/{issue_number}/labels`, async ({ params, body }) => {
      const target = issueOrPull(params.issue_number)
      if (!target) return notFound()
      const raw = Array.isArray(body) ? body : ((body as { labels?: unknown[] }).labels ?? [])
      for (const l of raw) {
        const name = typeof l === 'string' ? l : String((l as { name?: string }).name)
        if (!target.labels.includes(name)) target.labels.push(name)
      }
      return { status: 200, body: target.labels.map(l => render.label(l)) }
    }),

    // ---- git refs (the bare repository is the truth)
    route('GET', `${repoPath}/git/ref/{ref}`, async ({ params }) => {
      const sha = await refSha(`refs/${params.ref}`)
      return sha ? { status: 200, body: render.ref(`refs/${params.ref}`, sha) } : notFound()
    }),
    route('POST', `${repoPath}/git/refs`, async ({ body }) => {
      const b = body as { ref: string; sha: string }
      if (!w.git) return notFound()
      if (await refSha(b.ref)) return validationFailed([], 'Reference already exists')
      await w.git.exec(['update-ref', b.ref, b.sha, ''])
      return { status: 201, body: render.ref(b.ref, b.sha) }
    }),
    route('DELETE', `${repoPath}/git/refs/{ref}`, async ({ params }) => {
      const ref = `refs/${params.ref}`
      if (!w.git || !(await refSha(ref))) return validationFailed([], 'Reference does not exist')
      await w.git.exec(['update-ref', '-d', ref])
      return { status: 204 }
    }),

    // ---- commit statuses
    route('POST', `${repoPath}/statuses/{sha}`, async ({ params, body }) => {
      const b = body as {
        state: 'error' | 'failure' | 'pending' | 'success'
        context?: string
        description?: string | null
        target_url?: string | null
      }
      const s = {
        id: state.id(),
        sha: params.sha,
        state: b.state,
        context: b.context ?? 'default',
        description: b.description ?? null,
        targetUrl: b.target_url ?? null
      }
      state.statuses.push(s)
      return { status: 201, body: render.status(s) }
    }),
    route('GET', `${repoPath}/commits/{ref}/statuses`, async ({ params, query }) => {
      const list = state.statuses.filter(s => s.sha === params.ref).reverse()
      return { status: 200, body: page(list, query).map(s => render.status(s)) }
    }),

    // ---- check runs
    route('POST', `${repoPath}/check-runs`, async ({ body }) => {
      const b = body as {
        name: string
        head_sha: string
        status?: CheckRunState['status']
        conclusion?: string
        details_url?: string
        output?: { title?: string; summary?: string; text?: string }
      }
      const c: CheckRunState = {
        id: state.id(),
        name: b.name,
        headSha: b.head_sha,
        status: b.conclusion ? 'completed' : (b.status ?? 'queued'),
        conclusion: b.conclusion ?? null,
        title: b.output?.title ?? null,
        summary: b.output?.summary ?? null,
        text: b.output?.text ?? null,
        detailsUrl: b.details_url ?? null
      }
      state.checkRuns.push(c)
      return { status: 201, body: render.checkRun(c) }
    }),
    route('PATCH', `${repoPath}/check-runs/{check_run_id}`, async ({ params, body }) => {
      const c = state.checkRuns.find(x => x.id === Number(params.check_run_id))
      if (!c) return notFound()
      const b = body as {
        name?: string
        status?: CheckRunState['status']
        conclusion?: string
        details_url?: string
        output?: { title?: string; summary?: string; text?: string }
      }
      if (b.name) c.name = b.name
      if (b.status) c.status = b.status
      if (b.conclusion) Object.assign(c, { conclusion: b.conclusion, status: 'completed' })
      if (b.details_url) c.detailsUrl = b.details_url
      if (b.output)
        Object.assign(c, {
          title: b.output.title ?? c.title,
          summary: b.output.summary ?? c.summary,
          text: b.output.text ?? c.text
        })
      return { status: 200, body: render.checkRun(c) }
    }),
    route('GET', `${repoPath}/commits/{ref}/check-runs`, async ({ params, query }) => {
      const list = state.checkRuns.filter(
        c => c.headSha === params.ref && (!query.get('check_name') || c.name === query.get('check_name'))
      )
      return {
        status: 200,
        body: { total_count: list.length, check_runs: page(list, query).map(c => render.checkRun(c)) }
      }
    }),

    // ---- milestones (the freeze calendar reads them)
    route('GET', `${repoPath}/milestones`, async ({ query }) => {
      const want = query.get('state') ?? 'open'
      const list = state.milestones.filter(m => want === 'all' || m.state === want)
      return { status: 200, body: page(list, query).map(m => render.milestone(m)) }
    }),

    // ---- releases
    route('GET', `${repoPath}/releases`, async ({ query }) => {
      const list = [...state.releases].reverse()
      return { status: 200, body: page(list, query).map(r => render.release(r, w.login)) }
    }),
    route('POST', `${repoPath}/releases`, async ({ body }) => {
      const b = body as {
        tag_name: string
        target_commitish?: string
        name?: string
        body?: string
        draft?: boolean
        prerelease?: boolean
      }
      if (state.releases.some(r => r.tagName === b.tag_name)) {
        return validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }])
      }
      const r = {
        id: state.id(),
        tagName: b.tag_name,
        targetCommitish: b.target_commitish ?? render.defaultBranch,
        name: b.name ?? null,
        body: b.body ?? null,
        draft: b.draft ?? false,
        prerelease: b.prerelease ?? false,
        createdAt: state.now(),
        assets: []
      }
      state.releases.push(r)
      return { status: 201, body: render.release(r, w.login) }
    }),
    route('GET', `${repoPath}/releases/tags/{tag}`, async ({ params }) => {
      const r = state.releases.find(x => x.tagName === params.tag)
      return r ? { status: 200, body: render.release(r, w.login) } : notFound()
    }),
    route('GET', `${repoPath}/releases/{release_id}`, async ({ params }) => {
      const r = state.releases.find(x => x.id === Number(params.release_id))
      return r ? { status: 200, body: render.release(r, w.login) } : notFound()
    }),
    route('PATCH', `${repoPath}/releases/{release_id}`, async ({ params, body }) => {
      const r = state.releases.find(x => x.id === Number(params.release_id))
      if (!r) return notFound()
      const b = body as { name?: string; body?: string; draft?: boolean; prerelease?: boolean }
      if (b.name !== undefined) r.name = b.name
      if (b.body !== undefined) r.body = b.body
      if (b.draft !== undefined) r.draft = b.draft
      if (b.prerelease !== undefined) r.prerelease = b.prerelease
      return { status: 200, body: render.release(r, w.login) }
    }),
    route('GET', `${repoPath}/releases/{release_id}/assets`, async ({ params, query }) => {
      const r = state.releases.find(x => x.id === Number(params.release_id))
      if (!r) return notFound()
      return { status: 200, body: page(r.assets, query).map(a => render.asset(r, a, w.login)) }
    }),
    route(
      'POST',
      `${repoPath}/releases/{release_id}/assets`,
      async ({ params, query, raw, headers }) => {
        const r = state.releases.find(x => x.id === Number(params.release_id))
        if (!r) return notFound()
        const name = query.get('name') ?? ''
        if (r.assets.some(a => a.name === name)) {
          return validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }])
        }
        const a = {
          id: state.id(),
          name,
          label: query.get('label'),
          contentType: String(headers['content-type'] ?? 'application/octet-stream'),
          data: raw
        }
        r.assets.push(a)
        return { status: 201, body: render.asset(r, a, w.login) }
      },
      true
    )
  ]
}

function pullAsIssue(p: PullState): import('./state.js').IssueState {
  return {
    number: p.number,
    id: p.id,
    title: p.title,
    body: p.body,
    state: p.state,
    stateReason: null,
    user: p.user,
    labels: p.labels,
    assignees: [],
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    closedAt: p.closedAt
  }
}
