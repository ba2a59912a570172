import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createGit } from '../../../src/git/gateway.js'
import { checkRequest, checkResponse, findOperation, type Operation } from './openapi.js'
import { Renderer } from './render.js'
import { createRoutes, notFound, type Reply, type Route } from './routes.js'
import { RepoState } from './state.js'

/**
 * A local, stateful GitHub REST API for tests, on 127.0.0.1 and a random port. Every request and
 * every response is checked against GitHub's OpenAPI description; a mismatch is recorded in
 * `violations` (tests assert it stays empty) and answered with a 500 so the caller fails loudly too.
 * Faults can be injected per operation: a status (502), a secondary rate limit, a connection reset,
 * each before or after the operation took effect (the write happened but its response was lost).
 */
export interface GitHubServerOptions {
  owner?: string
  repo?: string
  /** The token the server accepts; anything else gets GitHub's 401. */
  token?: string
  /** Bare repository behind `origin`: refs, branch existence and head shas come from it. */
  bareRepo?: string
  defaultBranch?: string
  /** Login of the token's user. */
  login?: string
}

export interface LoggedRequest {
  method: string
  path: string
  /** OpenAPI path template of the operation, when served. */
  template?: string
  status: number
  body?: unknown
  fault?: string
}

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'secondary-rate-limit'; retryAfter: number }
  | { kind: 'reset' }

interface FaultRule {
  method: string
  template: string
  fault: Fault
  remaining: number
  afterWrite: boolean
}

const SECONDARY_RATE_LIMIT =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.'

export class GitHubServer {
  readonly state = new RepoState()
  readonly requests: LoggedRequest[] = []
  readonly violations: string[] = []
  readonly owner: string
  readonly repo: string
  readonly token: string
  readonly login: string
  private faults: FaultRule[] = []
  private routes: { route: Route; op: Operation; pattern: RegExp; names: string[] }[] = []
  private server!: Server
  url = ''

  private constructor(private readonly options: GitHubServerOptions) {
    this.owner = options.owner ?? 'packager'
    this.repo = options.repo ?? 'qemu'
    this.token = options.token ?? 'ghs_testtoken'
    this.login = options.login ?? 'github-actions[bot]'
  }

  static async start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
    const s = new GitHubServer(options)
    await s.listen()
    return s
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    const render = new Renderer(this.url, this.owner, this.repo, this.options.defaultBranch ?? 'main')
    const world = {
      state: this.state,
      render,
      git: this.options.bareRepo ? createGit(this.options.bareRepo) : undefined,
      owner: this.owner,
      repo: this.repo,
      login: this.login
    }
    this.routes = createRoutes(world).map(route => {
      const names: string[] = []
      const source = route.template.replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name)
        return name === 'ref' ? '(.+)' : '([^/]+)'
      })
      return {
        route,
        op: findOperation(route.method, route.template),
        pattern: new RegExp(`^${source}$`),
        names
      }
    })
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  /** Make the next `times` requests to an operation fail; `afterWrite` performs the operation first. */
  inject(
    method: string,
    template: string,
    fault: Fault,
    opts: { times?: number; afterWrite?: boolean } = {}
  ): void {
    findOperation(method, template) // a typo in a test must not silently inject nothing
    this.faults.push({
      method,
      template,
      fault,
      remaining: opts.times ?? 1,
      afterWrite: opts.afterWrite ?? false
    })
  }

  /** Forget every injected fault that has not fired yet. */
  clearFaults(): void {
    this.faults = []
  }

  /** Requests that change something (everything but GET/HEAD). */
  writes(): LoggedRequest[] {
    return this.requests.filter(r => r.method !== 'GET' && r.method !== 'HEAD')
  }

  clearLog(): void {
    this.requests.length = 0
  }

  private queue: Promise<unknown> = Promise.resolve()

  private serially<T>(fn: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(fn)
    this.queue = turn.catch(() => undefined)
    return turn
  }

  private takeFault(method: string, template: string): FaultRule | undefined {
    const rule = this.faults.find(f => f.method === method && f.template === template && f.remaining > 0)
    if (rule) rule.remaining--
    return rule
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    const entry: LoggedRequest = { method, path: url.pathname, status: 0 }
    this.requests.push(entry)

    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      return this.send(res, entry, {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }
      })
    }
    const match = this.match(method, url.pathname)
    if (!match) {
      this.violations.push(`${method} ${url.pathname}: no such operation is served by the test server`)
      return this.send(res, entry, notFound())
    }
    const { route, op, params } = match
    entry.template = route.template
    let body: unknown
    if (!route.rawBody && raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        this.violations.push(`${op.operationId}: request body is not JSON`)
        return this.send(res, entry, {
          status: 400,
          body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' }
        })
      }
    }
    entry.body = body
    const problems = checkRequest(op, url.searchParams, body)
    if (problems.length) {
      this.violations.push(...problems)
      return this.send(res, entry, {
        status: 422,
        body: {
          message: 'Invalid request.\n\n' + problems.join('\n'),
          documentation_url: 'https://docs.github.com/rest',
          status: '422'
        }
      })
    }

    const fault = this.takeFault(method, route.template)
    if (fault && !fault.afterWrite) return this.fail(req, res, entry, fault.fault)
    let reply: Reply
    try {
      // One operation at a time, as GitHub's checks are atomic (two concurrent creates of the same PR:
      // one wins, the other gets the 422), while the handlers themselves await git.
      reply = await this.serially(() =>
        route.handle({ params, query: url.searchParams, body, raw, headers: req.headers })
      )
    } catch (e) {
      this.violations.push(`${op.operationId}: server error ${(e as Error).stack ?? String(e)}`)
      reply = { status: 500, body: { message: 'Server Error' } }
    }
    if (fault) return this.fail(req, res, entry, fault.fault)
    if (reply.status < 500) {
      const responseProblems =
        [401, 404].includes(reply.status) && !hasStatus(op, reply.status)
          ? []
          : checkResponse(op, reply.status, reply.body)
      if (responseProblems.length) {
        this.violations.push(...responseProblems)
        reply = {
          status: 500,
          body: {
            message: `test server response violates the OpenAPI description: ${responseProblems.join('; ')}`
          }
        }
      }
    }
    this.send(res, entry, reply)
  }

  private match(
    method: string,
    path: string
  ): { route: Route; op: Operation; params: Record<string, string> } | undefined {
    for (const r of this.routes) {
      if (r.route.method !== method) continue
      const m = r.pattern.exec(path)
      if (!m) continue
      const params: Record<string, string> = {}
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])))
      if (params.owner !== undefined && (params.owner !== this.owner || params.repo !== this.repo)) continue
      return { route: r.route, op: r.op, params }
    }
    return undefined
  }

  private fail(req: IncomingMessage, res: ServerResponse, entry: LoggedRequest, fault: Fault): void {
    if (fault.kind === 'reset') {
      entry.fault = 'reset'
      req.socket.destroy()
      return
    }
    if (fault.kind === 'secondary-rate-limit') {
      entry.fault = 'secondary-rate-limit'
      return this.send(res, entry, {
        status: 403,
        headers: { 'retry-after': String(fault.retryAfter) },
        body: {
          message: SECONDARY_RATE_LIMIT,
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403'
        }
      })
    }
    entry.fault = String(fault.status)
    this.send(res, entry, { status: fault.status, body: { message: 'Server Error' } })
  }

  private send(res: ServerResponse, entry: LoggedRequest, reply: Reply): void {
    entry.status = reply.status
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body)
    res.writeHead(reply.status, {
      ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'x-github-request-id': '0000:0000:0000000:0000000:00000000',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...reply.headers
    })
    res.end(text)
  }
}

function hasStatus(op: Operation, status: number): boolean {
  return String(status) in (op.spec.responses as Record<string, unknown>)
}
