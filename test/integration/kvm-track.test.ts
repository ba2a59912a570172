import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { captureCli, type CliRun } from '../helpers/cli.js'
import type { TrackResult } from '../../src/engine/types.js'
import { kvmTest, type KvmTestReport } from '../../src/kvm/kvm-test.js'
import { memoryLogger } from '../../src/log.js'
import { run } from '../../src/process/run.js'
import {
  buildSmoke,
  kvmPrereqs,
  kvmSubset,
  MAINLINE,
  makeKvmPackaging,
  makeKvmUpstream,
  type KvmUpstream
} from '../kvm/kvm-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

/**
 * The KVM module track end to end (issue 7): Linux stable restricted to the KVM paths → `apply` →
 * `build-source` (orig = KVM subset of the pinned tag) → `build` (the kvm-source dkms .deb) → the
 * modules built from the .deb's /usr/src tree against the boot kernel's headers → L1 boot with the
 * new modules (kvm-amd nested=1 under TCG -cpu max) → an L2 guest prints its marker. Plus a stable
 * fix that breaks the build and one that makes kvm.ko refuse to load, each with its own verdict.
 * Module builds are cached in .cache/kvm/<release> by source content, so reruns only boot.
 */
const pre = await kvmPrereqs()
// A skip only on a developer's machine that cannot fetch the Debian packages; in CI
// (scripts/install-deps.sh installs them) a missing prerequisite fails the suite instead of passing it.
const skipKvm = typeof pre === 'string' && !process.env.CI
const describeKvm = skipKvm ? describe.skip : describe
if (skipKvm) console.warn(`kvm-track: skipped: ${pre}`)

const cli = (args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> => captureCli(args, { env })

describeKvm('KVM module track: sync → build → L1/L2 boot', () => {
  const tmp = makeTempDir('stable-sync-kvm-track-')
  const p = pre as Exclude<typeof pre, string>
  let up: KvmUpstream
  let smoke: string
  const engineCache = join(tmp.dir, 'cache')
  // The per-host KVM answer goes to the test's own dir, not the user's ~/.cache.
  const probeEnv = { ...process.env, STABLE_SYNC_KVM_CACHE: join(tmp.dir, 'kvm-probe.json') }

  beforeAll(async () => {
    if (typeof pre === 'string') throw new Error(`kvm-track prerequisites missing: ${pre}`)
    up = await makeKvmUpstream(tmp.dir, await kvmSubset(p))
    smoke = await buildSmoke(tmp.dir)
  }, 120_000)
  afterAll(() => tmp.cleanup())

  /** apply + build-source + build in a fresh packaging repo following `branch`; the .deb's dkms source tree. */
  async function syncAndPackage(
    name: string,
    branch: string
  ): Promise<{ applied: { tracks: TrackResult[] }; source: string; repo: string }> {
    const pkg = await makeKvmPackaging(join(tmp.dir, name), tmp.dir, up.repo.dir, branch, up.version)
    const env = { ...process.env, ...pkg.env, DEBFULLNAME: 'Sync Bot', DEBEMAIL: 'bot@example.org' }
    const applied = await cli(['apply', '--repo', pkg.dir, '--cache-dir', engineCache, '--json'], env)
    expect(applied.err).not.toMatch(/unexpected error/)
    expect(applied.code).toBe(0)
    const out = join(tmp.dir, `${name}-out`)
    const src = await cli(
      ['build-source', '--repo', pkg.dir, '--cache-dir', engineCache, '--out', out, '--json'],
      env
    )
    expect(src.err).not.toMatch(/unexpected error/)
    expect(src.code).toBe(0)
    const bin = await cli(['build', '--out', out, '--json'], env)
    expect(bin.err).not.toMatch(/unexpected error/)
    expect(bin.code).toBe(0)
    const deb = JSON.parse(bin.out).debs.find((d: { package: string }) => d.package === 'kvm-source')
    const root = join(tmp.dir, `${name}-root`)
    await run('dpkg', ['-x', deb.file, root])
    const source = join(root, 'usr/src', `kvm-${up.version}`)
    return { applied: JSON.parse(applied.out), source, repo: pkg.dir }
  }

  function boot(source: string, junit?: string): Promise<KvmTestReport> {
    return kvmTest({
      ...(junit ? { junit } : {}),
      // Inside the test's temp dir: without a named log the harness keeps one in a new /tmp dir.
      consoleLog: `${source}-console.log`,
      kernel: p.vmlinuz,
      source,
      headers: p.headersDir,
      cacheDir: p.cacheDir,
      kernelModules: p.kernelModules,
      smoke,
      accel: 'auto',
      log: memoryLogger(),
      env: probeEnv
    })
  }

  test('the stable KVM fixes are applied, packaged for dkms, and the new modules run an L2 guest', async () => {
    const { applied, source, repo } = await syncAndPackage('pass', 'linux-6.1.y')
    const track = applied.tracks[0]
    expect(track.pin).toEqual({
      version: up.version,
      tag: up.tag,
      sha: expect.stringMatching(/^[0-9a-f]{40}$/)
    })
    // The mixed fix (reduced to the KVM files) and the virt/kvm fix; the guest-only fix and the
    // release commit are not the package's.
    expect(track.patches.map(x => x.upstream[0])).toEqual([up.stable.mixed, up.stable.virt])
    const skipped = new Map(track.skipped.map(s => [s.sha, s.reason]))
    expect(skipped.get(up.stable.guest)).toBe('outside-paths')
    expect(['version-bump', 'outside-paths']).toContain(skipped.get(up.stable.bump))

    const series = readFileSync(join(repo, 'debian/patches/series'), 'utf8')
      .split('\n')
      .filter(l => l && !l.startsWith('#'))
    expect(series[0]).toBe('debian/kvm-out-of-tree-build.patch')
    expect(series.slice(1)).toEqual(track.patches.map(x => x.file.replace(/^debian\/patches\//, '')))
    const mixed = readFileSync(join(repo, track.patches[0].file), 'utf8')
    expect(mixed).toContain(MAINLINE.mixed)
    expect(mixed).toMatch(
      /reduced to the files this package follows; left out the upstream changes to: arch\/x86\/kernel\/kvm\.c/
    )
    expect(mixed).toContain('+++ b/arch/x86/kvm/x86.c')
    expect(mixed).not.toContain('arch/x86/kernel/kvm.c\n')

    // The .deb ships what dkms builds: the patched sources and a dkms.conf with the version filled in.
    expect(readFileSync(join(source, 'dkms.conf'), 'utf8')).toContain(`PACKAGE_VERSION="${up.version}"`)
    expect(readFileSync(join(source, 'arch/x86/kvm/x86.c'), 'utf8')).toContain(
      'Vendor modules (kvm-amd, kvm-intel) initialize after this.'
    )
    expect(readdirSync(source).sort()).toEqual(['arch', 'dkms.conf', 'include', 'virt'])
    // dkms itself accepts the package (it validates dkms.conf on `add`); private trees, no root.
    const dkmsTree = join(tmp.dir, 'dkms-tree')
    mkdirSync(dkmsTree)
    const dkms = ['--sourcetree', join(source, '..'), '--dkmstree', dkmsTree]
    await run('dkms', ['add', '-m', 'kvm', '-v', up.version, ...dkms])
    expect((await run('dkms', ['status', ...dkms])).stdout.toString()).toBe(`kvm/${up.version}: added\n`)

    const r = await boot(source)
    expect(r.reason).toMatch(/KVM-L2-GUEST-OK/)
    expect(r).toMatchObject({ verdict: 'pass', label: 'pass', exitCode: 0, l2Exit: 0 })
    expect(r.modulesLoaded).toEqual(expect.arrayContaining(['irqbypass', 'kvm']))
    expect(r.modulesLoaded.some(m => m === 'kvm-amd' || m === 'kvm-intel')).toBe(true)
    expect(r.boot?.result).toBe('pass')
    expect(existsSync(r.boot!.consoleLog)).toBe(true)
  }, 900_000)

  test('a stable fix that breaks the module build gives the build-failed verdict', async () => {
    const { applied, source } = await syncAndPackage('broken-build', up.brokenBuild)
    expect(applied.tracks[0].patches).toHaveLength(3)
    const junit = join(tmp.dir, 'broken-build-junit.xml')
    const r = await boot(source, junit)
    expect(readFileSync(junit, 'utf8')).toMatch(
      /<failure message="module build failed: [^"]*kvm_x86_check_init_order/
    )
    expect(r).toMatchObject({
      verdict: 'build-failed',
      label: 'module build failed',
      exitCode: 1,
      boot: null
    })
    expect(r.reason).toMatch(/kvm_x86_check_init_order/)
  }, 900_000)

  test('a stable fix that makes kvm.ko refuse to load gives "modules failed to load" (through the CLI)', async () => {
    const { source } = await syncAndPackage('broken-load', up.brokenLoad)
    const consoleLog = join(tmp.dir, 'broken-load-console.log')
    const junit = join(tmp.dir, 'broken-load-junit.xml')
    const r = await cli(
      [
        'kvm-test',
        '--kernel',
        p.vmlinuz,
        '--source',
        source,
        '--headers',
        p.headersDir,
        '--cache-dir',
        p.cacheDir,
        '--kernel-modules',
        p.kernelModules,
        '--smoke',
        smoke,
        '--console-log',
        consoleLog,
        '--junit',
        junit,
        '--json'
      ],
      probeEnv
    )
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out)
    expect(report).toMatchObject({
      verdict: 'modules-failed-to-load',
      label: 'modules failed to load',
      failedModule: 'kvm'
    })
    expect(report.modulesLoaded).toEqual(['irqbypass'])
    expect(report.boot.result).toBe('fail')
    expect(readFileSync(consoleLog, 'utf8')).toContain('STABLE-SYNC-KVM: module-failed kvm')
    expect(readFileSync(junit, 'utf8')).toContain(
      '<failure message="modules failed to load: module kvm failed to load'
    )
  }, 900_000)
})
