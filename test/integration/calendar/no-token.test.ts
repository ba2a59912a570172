import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../../src/cli/main.js'
import { GitHubServer } from '../../helpers/github-server/index.js'
import { makeLinearFixture, type LinearFixture } from '../../helpers/stable-history.js'
import { makeTempDir } from '../../helpers/tmp.js'

/**
 * A maintainer's desk without a GitHub token: a calendar that names milestones stops plan/apply only
 * when today's mode depends on a milestone; the release milestone never stops them.
 */
const tmp = makeTempDir()
let f: LinearFixture
let baseConfig: string
afterAll(() => tmp.cleanup())
beforeAll(async () => {
  f = await makeLinearFixture(tmp.dir)
  baseConfig = readFileSync(f.configFile, 'utf8')
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the --json document is read freely
type Json = any

function withCalendar(lines: string[]): void {
  writeFileSync(f.configFile, baseConfig + ['calendar:', ...lines.map(l => `  ${l}`), ''].join('\n'))
}

async function cli(
  args: string[],
  extraEnv: Record<string, string> = {}
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const engine = ['plan', 'apply'].includes(args[0])
  const env: Record<string, string | undefined> = { ...f.upstream.repo.env, ...extraEnv }
  for (const k of ['GITHUB_TOKEN', 'GH_TOKEN']) if (!(k in extraEnv)) delete env[k]
  const code = await runCli(engine ? [...args, '--cache-dir', join(tmp.dir, 'cache')] : args, {
    out: t => void (out += `${t}\n`),
    err: t => void (err += `${t}\n`),
    cwd: f.packagingDir,
    env
  })
  return { code, out, err }
}

test('a release milestone does not stop plan or apply without a token; they say it was not read', async () => {
  withCalendar([
    "feature-freeze: '2026-11-01'",
    "beta-freeze: '2026-12-01'",
    'milestones: { release: Noble Release }'
  ])
  const plan = await cli(['plan', '--now', '2026-11-15', '--json'])
  expect(plan.err).toContain(
    "demo: release milestone 'Noble Release' (calendar.milestones.release) not read (no GitHub access): plan and apply do not need the release date"
  )
  expect(plan.code).toBe(0)
  const [r] = (JSON.parse(plan.out) as Json).tracks
  expect(r.calendar).toMatchObject({
    mode: 'fixes',
    day: '2026-11-15',
    next: { day: '2026-12-01', mode: 'frozen' }
  })
  expect(r.calendar.assumed).toHaveLength(1)
  expect(r.patches.length).toBeGreaterThan(0)

  const apply = await cli(['apply', '--now', '2026-11-15'])
  expect(apply.code).toBe(0)
  expect(apply.out).toContain('fixes mode (feature freeze since 2026-11-01)')
  expect(apply.out).toMatch(/patch\(es\) written/)

  // status shows the release date, so it still needs GitHub for it (and says how to give a date).
  const status = await cli(['status', '--now', '2026-11-15'])
  expect(status.code).toBe(2)
  expect(status.err).toContain("names the GitHub milestone 'Noble Release', but no GitHub access")
})

test('an unread freeze milestone stops plan only on the days the mode depends on it', async () => {
  withCalendar(["feature-freeze: '2026-11-01'", 'milestones: { beta-freeze: Beta Freeze }'])
  // Before the (known) feature freeze the mode is track whatever the beta freeze's due date.
  const before = await cli(['plan', '--now', '2026-10-20', '--json'])
  expect(before.code).toBe(0)
  expect((JSON.parse(before.out) as Json).tracks[0].calendar.mode).toBe('track')
  expect(before.err).toContain(
    "demo: milestone 'Beta Freeze' (calendar.milestones.beta-freeze) not read (no GitHub access): the mode is track whatever its due date"
  )
  // After it, fixes or frozen depends on the beta freeze: stop with what to do (exit 2).
  const after = await cli(['plan', '--now', '2026-11-15'])
  expect(after.code).toBe(2)
  expect(after.out).toBe('')
  expect(after.err).toContain(
    "track 'demo': today's calendar mode (fixes or frozen) depends on the GitHub milestone 'Beta Freeze' (calendar.milestones.beta-freeze)"
  )
  expect(after.err).toContain(
    'Set GITHUB_TOKEN (or GH_TOKEN) and GITHUB_REPOSITORY, or give the date (beta-freeze: YYYY-MM-DD)'
  )

  // With GitHub access the milestone is read and decides: frozen.
  const server = await GitHubServer.start()
  try {
    server.state.milestones.push({
      number: 1,
      title: 'Beta Freeze',
      state: 'open',
      dueOn: '2026-11-10T07:00:00Z'
    })
    const withToken = await cli(['plan', '--now', '2026-11-15', '--json'], {
      GITHUB_TOKEN: server.token,
      GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
      GITHUB_API_URL: server.url
    })
    expect(withToken.code).toBe(0)
    const [r] = (JSON.parse(withToken.out) as Json).tracks
    expect(r.calendar).toMatchObject({ mode: 'frozen', reason: 'beta freeze since 2026-11-10' })
    expect(r.calendar.assumed).toBeUndefined()
    expect(server.violations).toEqual([])
  } finally {
    await server.stop()
  }
})
