import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { AccelMode } from '../boot/accel.js'
import { bootTest } from '../boot/boot-test.js'
import { buildInitramfs, isStaticElf } from '../boot/initramfs.js'
import { renderJunit } from '../boot/junit.js'
import { nestedVirtState } from '../boot/kvm.js'
import type { BootReport } from '../boot/report-types.js'
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { kvmGuestScript } from './guest-script.js'
import { readKernelRelease, type KernelRelease } from './kernel-release.js'
import {
  buildKvmModules,
  headersRelease,
  KVM_MODULES,
  ModuleBuildError,
  type ModuleBuild
} from './module-build.js'
import { resolveModuleSet } from './module-set.js'
import { kvmVerdict, VERDICT_LABELS, type KvmVerdict } from './verdict.js'

/**
 * The KVM track's boot test: (build the kvm modules from the package's source against the guest
 * kernel's headers,) boot that kernel (L1) with an initramfs carrying the new modules and the L2
 * smoke program, and judge the result with the KVM verdict. `stable-sync kvm-test` is a thin layer
 * over this; the boot itself is the boot-test harness (src/boot), so accel choice, KVM probing,
 * console log and JUnit behave exactly as in `boot-test`.
 */
export interface KvmTestOptions {
  /** The guest (L1) kernel, a bzImage. */
  kernel: string
  /** Prebuilt modules: a directory with kvm.ko, kvm-amd.ko and kvm-intel.ko… */
  modulesDir?: string
  /** …or build them from this source tree (arch/x86/kvm, virt/kvm, patches applied)… */
  source?: string
  /** …against these headers (default /lib/modules/<release>/build). */
  headers?: string
  /** Module build cache (see kvmCacheDir). */
  cacheDir: string
  /** Where to find dependencies such as irqbypass.ko: the guest kernel's /lib/modules/<release>. */
  kernelModules?: string
  extraModules?: string[]
  /** The static L2 smoke program (test/kvm/kvm-l2-smoke.c, built with gcc -static). */
  smoke: string
  qemu?: string
  accel?: AccelMode
  timeoutSeconds?: number
  memoryMb?: number
  consoleLog?: string
  junit?: string
  /** Load the vendor module with nested=1 (default true). */
  nested?: boolean
  jobs?: number
  cwd?: string
  env?: Record<string, string | undefined>
  log: Logger
}

export interface KvmTestReport extends KvmVerdict {
  kernel: KernelRelease
  build:
    | Pick<ModuleBuild, 'key' | 'cached' | 'seconds' | 'logFile'>
    | { failed: true; errors: string[]; logFile: string }
    | null
  /** Load order in the guest. */
  modules: string[]
  boot: BootReport | null
}

const GUEST_MODULE_DIR = '/lib/modules/stable-sync-kvm'
const GUEST_SMOKE = '/usr/bin/kvm-l2-smoke'
export const KVM_TEST_TIMEOUT_SECONDS = 240

function kvmFiles(dir: string): Record<(typeof KVM_MODULES)[number], string> {
  return Object.fromEntries(KVM_MODULES.map(m => [m, join(dir, `${m}.ko`)])) as Record<
    (typeof KVM_MODULES)[number],
    string
  >
}

export async function kvmTest(o: KvmTestOptions): Promise<KvmTestReport> {
  const cwd = o.cwd ?? process.cwd()
  const env = o.env ?? process.env
  const at = (p: string): string => resolve(cwd, p)
  const kernel = readKernelRelease(at(o.kernel))
  const smoke = at(o.smoke)
  if (!existsSync(smoke))
    throw new InputError(`--smoke ${o.smoke}: no such file (build test/kvm/kvm-l2-smoke.c with gcc -static)`)
  if (!isStaticElf(smoke))
    throw new InputError(`--smoke ${o.smoke} is not a static executable: build it with gcc -static`)
  if (Boolean(o.modulesDir) === Boolean(o.source)) {
    throw new InputError(
      'give either --modules DIR (prebuilt kvm modules) or --source DIR (build them), not both or neither'
    )
  }

  let kvm: Record<(typeof KVM_MODULES)[number], string>
  let build: KvmTestReport['build'] = null
  if (o.source) {
    const headers = at(o.headers ?? `/lib/modules/${kernel.release}/build`)
    const release = headersRelease(headers)
    if (release !== kernel.release) {
      throw new InputError(
        `the headers in ${headers} are for ${release} but the kernel is ${kernel.release}: use linux-headers-${kernel.release}`
      )
    }
    try {
      const b = await buildKvmModules({
        sourceDir: at(o.source),
        headersDir: headers,
        cacheDir: at(o.cacheDir),
        log: o.log,
        ...(o.jobs ? { jobs: o.jobs } : {})
      })
      kvm = b.modules
      build = { key: b.key, cached: b.cached, seconds: b.seconds, logFile: b.logFile }
    } catch (e) {
      if (!(e instanceof ModuleBuildError)) throw e
      o.log.error(e.message)
      return withJunit(o.junit && at(o.junit), {
        verdict: 'build-failed',
        label: VERDICT_LABELS['build-failed'],
        reason: e.errors.length
          ? e.errors.slice(0, 3).join(' | ')
          : `the module build failed (log: ${e.logFile})`,
        exitCode: 1,
        modulesLoaded: [],
        kernel,
        build: { failed: true, errors: e.errors, logFile: e.logFile },
        modules: [],
        boot: null
      })
    }
  } else {
    kvm = kvmFiles(at(o.modulesDir!))
  }

  const set = resolveModuleSet({
    kvm,
    release: kernel.release,
    ...(o.extraModules ? { extraModules: o.extraModules.map(at) } : {}),
    ...(o.kernelModules ? { kernelModules: at(o.kernelModules) } : {})
  })
  const scratch = mkdtempSync(join(tmpdir(), 'stable-sync-kvm-'))
  try {
    const initrd = join(scratch, 'kvm-l1.cpio.gz')
    await buildInitramfs({
      output: initrd,
      script: kvmGuestScript({
        moduleDir: GUEST_MODULE_DIR,
        baseModules: set.base.map(m => m.name),
        smoke: GUEST_SMOKE,
        ...(o.nested === false ? { nested: false } : {})
      }),
      files: [
        ...[...set.base, ...set.vendor].map(m => ({
          path: `${GUEST_MODULE_DIR}/${m.name}.ko`,
          source: m.file,
          mode: 0o644
        })),
        { path: GUEST_SMOKE, source: smoke, mode: 0o755 }
      ]
    })
    const boot = await bootTest({
      name: `kvm-l1-l2 (${kernel.release})`,
      kernel: at(o.kernel),
      initrd,
      // Warnings and errors only: module load errors stay visible, the boot stays short under TCG.
      append: 'loglevel=4 panic=-1',
      accel: o.accel ?? 'auto',
      timeoutSeconds: o.timeoutSeconds ?? KVM_TEST_TIMEOUT_SECONDS,
      memoryMb: o.memoryMb ?? 512,
      ...(o.qemu ? { qemu: o.qemu } : {}),
      ...(o.consoleLog ? { consoleLog: at(o.consoleLog) } : {}),
      cwd,
      env,
      log: o.log
    })
    const lines = existsSync(boot.consoleLog) ? readFileSync(boot.consoleLog, 'utf8').split('\n') : []
    const result = boot.result === 'error' ? 'fail' : boot.result
    const verdict = kvmVerdict(lines, { result, reason: boot.reason })
    const exitCode = boot.result === 'error' && verdict.verdict === 'boot-failed' ? 2 : verdict.exitCode
    return withJunit(o.junit && at(o.junit), {
      ...verdict,
      exitCode,
      kernel,
      build,
      modules: set.base.map(m => m.name),
      boot
    })
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * JUnit for the KVM test as a whole: the boot harness's test case, but with the KVM verdict as the
 * result and reason (a build failure, which never boots, gets a test case too).
 */
function withJunit(file: string | undefined, r: KvmTestReport): KvmTestReport {
  if (!file) return r
  const result: BootReport['result'] =
    r.verdict === 'pass' ? 'pass' : r.exitCode === 77 ? 'skip' : r.exitCode === 2 ? 'error' : 'fail'
  const base: BootReport = r.boot ?? {
    name: `kvm-l1-l2 (${r.kernel.release})`,
    result,
    reason: '',
    accel: {
      used: null,
      why: 'nothing booted: the modules did not build',
      cached: false,
      nested: nestedVirtState()
    },
    secondsToMarker: null,
    seconds: r.build && 'seconds' in r.build ? r.build.seconds : 0,
    warnings: [],
    consoleLog: r.build?.logFile ?? '',
    junit: file,
    qemuCommandLine: null,
    attempts: []
  }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, renderJunit({ ...base, result, reason: `${r.label}: ${r.reason}`, junit: file }))
  return r
}
