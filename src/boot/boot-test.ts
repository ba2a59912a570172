import {
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  closeSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { planAccel, recordProbe, type AccelContext, type AccelMode } from './accel.js'
import { buildNoCloudSeed } from './cloud-init-seed.js'
import { DEFAULT_EXPECT, DEFAULT_FAIL_ON } from './console-classify.js'
import { ConsoleLog } from './console-log.js'
import { findProgram } from './find-program.js'
import { renderJunit } from './junit.js'
import { hostBootId, kvmCacheFile, kvmCacheKey } from './kvm-cache.js'
import { nestedVirtState } from './kvm.js'
import { archOfQemu, buildQemuArgs, shellQuote, type Accel, type QemuSpec } from './qemu-args.js'
import type { BootAttempt, BootReport } from './report-types.js'
import { runQemu, type RunOutcome } from './runner.js'

/**
 * One boot test, end to end: check the inputs, choose the accelerator (probing KVM once per host),
 * boot, judge the console, fall back from a broken KVM to TCG, and write the console log and JUnit.
 * The CLI (`stable-sync boot-test`) and the boot-test sub-action are thin layers over this.
 */
export interface BootTestOptions {
  /** Name in reports (default: the kernel's or image's file name). */
  name?: string
  /** qemu-system-* binary, a path or a name on PATH (default qemu-system-x86_64). */
  qemu?: string
  kernel?: string
  initrd?: string
  append?: string
  image?: string
  /** Directory with user-data / meta-data for a NoCloud seed (image boots). */
  cloudInit?: string
  accel?: AccelMode
  timeoutSeconds?: number
  /** Pass when a console line matches (default /STABLE-SYNC-BOOT-OK/, what the initramfs helper prints). */
  expect?: RegExp
  /** Fail fast when a console line matches (default /STABLE-SYNC-BOOT-FAILED:/). */
  failOn?: RegExp
  memoryMb?: number
  /** Where the timestamped console log goes (default: a new temporary directory). */
  consoleLog?: string
  junit?: string
  /** KVM probe window (default 5 s for a kernel, 30 s for a disk image). */
  probeSeconds?: number
  /** Per-host KVM answer cache (default kvmCacheFile(env)). */
  kvmCacheFile?: string
  /** For tests: the KVM device checked (default /dev/kvm). */
  kvmDevice?: string
  cwd?: string
  env?: Record<string, string | undefined>
  log: Logger
  onLine?: (line: string, ms: number) => void
}

export const DEFAULT_TIMEOUT_SECONDS = 300

interface Checked {
  qemu: string
  spec: Omit<QemuSpec, 'accel'>
  name: string
  timeoutSeconds: number
  probeMs: number
}

function needFile(flag: string, path: string | undefined, cwd: string): string | undefined {
  if (path === undefined) return undefined
  const full = resolve(cwd, path)
  if (!existsSync(full) || !statSync(full).isFile()) throw new InputError(`${flag} ${path}: no such file`)
  return full
}

function imageFormat(file: string): 'qcow2' | 'raw' {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(4)
    readSync(fd, head, 0, 4, 0)
    return head.toString('latin1') === 'QFI\xfb' ? 'qcow2' : 'raw'
  } finally {
    closeSync(fd)
  }
}

function check(o: BootTestOptions, cwd: string, env: Record<string, string | undefined>): Checked {
  if (Boolean(o.kernel) === Boolean(o.image)) {
    throw new InputError(
      'give either --kernel FILE [--initrd FILE] (direct kernel boot) or --image FILE (disk image), not both or neither'
    )
  }
  if (o.initrd && !o.kernel) throw new InputError('--initrd needs --kernel')
  if (o.append !== undefined && !o.kernel)
    throw new InputError('--append needs --kernel (a disk image has its own kernel command line)')
  if (o.cloudInit && !o.image) throw new InputError('--cloud-init needs --image')
  const timeoutSeconds = o.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS
  if (!(timeoutSeconds > 0))
    throw new InputError(`--timeout must be a positive number of seconds, got ${timeoutSeconds}`)
  const memoryMb = o.memoryMb ?? (o.image ? 1024 : 512)
  if (!Number.isInteger(memoryMb) || memoryMb < 16)
    throw new InputError(`--memory must be a whole number of MB (at least 16), got ${memoryMb}`)
  const qemuName = o.qemu ?? 'qemu-system-x86_64'
  const qemu = findProgram(qemuName, env, cwd)
  if (!qemu) {
    throw new InputError(
      `${qemuName}: not found${qemuName.includes('/') ? '' : ' on PATH'}; install QEMU (apt-get install qemu-system-x86) or pass --qemu PATH`
    )
  }
  const kernel = needFile('--kernel', o.kernel, cwd)
  const initrd = needFile('--initrd', o.initrd, cwd)
  const image = needFile('--image', o.image, cwd)
  const probeSeconds = o.probeSeconds ?? (image ? 30 : 5)
  return {
    qemu,
    name: o.name ?? basename(kernel ?? image ?? 'guest'),
    timeoutSeconds,
    probeMs: Math.min(probeSeconds, timeoutSeconds) * 1000,
    spec: {
      qemu,
      memoryMb,
      ...(kernel ? { kernel } : {}),
      ...(initrd ? { initrd } : {}),
      ...(o.append !== undefined ? { append: o.append } : {}),
      ...(image ? { image, imageFormat: imageFormat(image) } : {})
    }
  }
}

export async function bootTest(o: BootTestOptions): Promise<BootReport> {
  const cwd = o.cwd ?? process.cwd()
  const env = o.env ?? process.env
  const c = check(o, cwd, env)
  const started = performance.now()
  // A scratch directory only when needed: for the seed, and for the console log unless one was named.
  const scratch = !o.consoleLog || o.cloudInit ? mkdtempSync(join(tmpdir(), 'stable-sync-boot-')) : ''
  const consolePath = o.consoleLog ? resolve(cwd, o.consoleLog) : join(scratch, 'console.log')
  const junitPath = o.junit ? resolve(cwd, o.junit) : null
  const expect = o.expect ?? DEFAULT_EXPECT
  const failOn = o.failOn ?? DEFAULT_FAIL_ON
  const nested = nestedVirtState()
  const bootId = hostBootId()
  const actx: AccelContext = {
    qemu: c.qemu,
    guestArch: archOfQemu(c.qemu),
    cacheFile: o.kvmCacheFile ?? kvmCacheFile(env),
    cacheKey: kvmCacheKey({ bootId, qemu: c.qemu, guest: c.spec.kernel ?? c.spec.image ?? '' }),
    ...(o.kvmDevice ? { kvmDevice: o.kvmDevice } : {})
  }
  const log = new ConsoleLog(consolePath)
  const attempts: BootAttempt[] = []
  const report = (fields: Partial<BootReport> & Pick<BootReport, 'result' | 'reason'>): BootReport => ({
    name: c.name,
    accel: { used: null, why: '', cached: false, nested },
    secondsToMarker: null,
    seconds: (performance.now() - started) / 1000,
    warnings: [],
    consoleLog: consolePath,
    junit: junitPath,
    qemuCommandLine: null,
    attempts,
    ...fields
  })
  let result: BootReport
  let seed: string | undefined
  try {
    if (o.cloudInit)
      seed = await buildNoCloudSeed({ dir: resolve(cwd, o.cloudInit), output: join(scratch, 'seed.iso') })
    const plan = await planAccel(o.accel ?? 'auto', actx)
    log.note(`stable-sync boot-test ${c.name}: nested virtualization ${nested.text}`)
    if (plan.kind !== 'run') {
      log.note(`${plan.kind}: ${plan.why}`)
      o.log.warning(plan.why)
      result = report({
        result: plan.kind,
        reason: plan.why,
        accel: { used: null, why: plan.why, cached: false, nested }
      })
    } else {
      result = await boot(plan.accel, plan.why, plan.probe, Boolean(plan.cached))
    }
  } finally {
    log.close()
  }
  if (junitPath) writeFileSync(junitPath, renderJunit(result))
  // The scratch directory holds the seed, and the console log unless one was named.
  if (scratch && o.consoleLog) rmSync(scratch, { recursive: true, force: true })
  else if (seed) rmSync(seed, { force: true })
  return result

  async function boot(accel: Accel, why: string, probe: boolean, cached: boolean): Promise<BootReport> {
    const args = buildQemuArgs({ ...c.spec, accel, earlyConsole: probe, ...(seed ? { seed } : {}) })
    const commandLine = shellQuote([c.qemu, ...args])
    o.log.info(`boot-test ${c.name}: ${why}`)
    log.note(`attempt ${attempts.length + 1}: ${why}`)
    log.note(`qemu: ${commandLine}`)
    const out: RunOutcome = await runQemu({
      qemu: c.qemu,
      args,
      expect,
      failOn,
      timeoutSeconds: c.timeoutSeconds,
      log,
      ...(probe ? { probeMs: c.probeMs } : {}),
      ...(o.onLine ? { onLine: o.onLine } : {})
    })
    const seconds = out.elapsedMs / 1000
    if (probe && out.probe && !out.probe.ok && !out.interrupted) {
      const answer = recordProbe(actx, bootId, false, out.probe.reason)
      attempts.push({ accel, probe, commandLine, result: 'probe-failed', reason: out.probe.reason, seconds })
      log.note(`KVM probe failed: ${out.probe.reason}`)
      const diagnosis = `/dev/kvm opens but a Linux guest does not run under it on this host (probed ${answer.probedAt}: ${out.probe.reason})`
      if ((o.accel ?? 'auto') === 'kvm') {
        const reason = `KVM required (--accel kvm) but unusable: ${diagnosis}. Use --accel auto or tcg, or fix the host's KVM`
        o.log.error(reason)
        return report({
          result: 'error',
          reason,
          accel: { used: null, why: reason, cached: false, nested },
          qemuCommandLine: commandLine
        })
      }
      o.log.warning(`KVM probe failed (${out.probe.reason}); falling back to TCG`)
      return boot('tcg', `TCG: ${diagnosis}`, false, false)
    }
    if (probe && out.probe?.ok) {
      recordProbe(actx, bootId, true, out.probe.reason)
      why = `KVM: a guest kernel runs under it (probe: ${out.probe.reason}; remembered for this host boot)`
    }
    attempts.push({
      accel,
      probe,
      commandLine,
      result: out.verdict.result,
      reason: out.verdict.reason,
      seconds
    })
    log.note(`verdict: ${out.verdict.result}: ${out.verdict.reason}`)
    const warnings = out.warnings
    for (const w of warnings)
      o.log.warning(`guest kernel (${w.kind}) at ${w.seconds.toFixed(1)} s: ${w.line}`)
    return report({
      result: out.verdict.result,
      reason: out.verdict.reason,
      accel: { used: accel, why, cached, nested },
      secondsToMarker: out.verdict.secondsToMarker ?? null,
      warnings,
      qemuCommandLine: commandLine,
      ...(out.interrupted ? { interrupted: out.interrupted } : {})
    })
  }
}
