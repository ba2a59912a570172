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
import { FindingError, InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { planAccel, recordProbe, type AccelContext, type AccelMode } from './accel.js'
import { buildNoCloudSeed } from './cloud-init-seed.js'
import { DEFAULT_EXPECT, DEFAULT_FAIL_ON } from './console-classify.js'
import { ConsoleLog } from './console-log.js'
import { findProgram } from './find-program.js'
import { findQemuImg, inspectImage } from './image-check.js'
import { downloadImage, fileSha256 } from './image-download.js'
import { renderJunit } from './junit.js'
import { hostBootId, kvmCacheFile, kvmCacheKey } from './kvm-cache.js'
import { nestedVirtState } from './kvm.js'
import {
  archOfQemu,
  buildQemuArgs,
  shellQuote,
  type Accel,
  type GuestNetwork,
  type QemuSpec
} from './qemu-args.js'
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
  /** Download the disk image from here (needs imageSha256); instead of `image`. */
  imageUrl?: string
  /** sha256 the downloaded (or given) image must have; required with imageUrl. */
  imageSha256?: string
  /** The image guest's user-mode network (default restricted: restrict=on). */
  network?: GuestNetwork
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
  if (o.image && o.imageUrl) throw new InputError('give --image FILE or --image-url URL, not both')
  if (Boolean(o.kernel) === Boolean(o.image || o.imageUrl)) {
    throw new InputError(
      'give either --kernel FILE [--initrd FILE] (direct kernel boot) or --image FILE / --image-url URL (disk image), not both or neither'
    )
  }
  if (o.imageSha256 && !(o.image || o.imageUrl))
    throw new InputError('--image-sha256 needs --image or --image-url')
  if (o.network && !(o.image || o.imageUrl))
    throw new InputError('--network needs --image or --image-url (a direct kernel boot has no network)')
  if (o.imageUrl && !o.imageSha256) {
    throw new InputError(
      `--image-url ${o.imageUrl} needs --image-sha256: a downloaded boot image is used only when its sha256 matches ` +
        "(take it from the image publisher's SHA256SUMS)"
    )
  }
  if (o.initrd && !o.kernel) throw new InputError('--initrd needs --kernel')
  if (o.append !== undefined && !o.kernel)
    throw new InputError('--append needs --kernel (a disk image has its own kernel command line)')
  if (o.cloudInit && !(o.image || o.imageUrl))
    throw new InputError('--cloud-init needs --image or --image-url')
  const timeoutSeconds = o.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS
  if (!(timeoutSeconds > 0))
    throw new InputError(`--timeout must be a positive number of seconds, got ${timeoutSeconds}`)
  const memoryMb = o.memoryMb ?? (o.image || o.imageUrl ? 1024 : 512)
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
  const probeSeconds = o.probeSeconds ?? (image || o.imageUrl ? 30 : 5)
  return {
    qemu,
    name: o.name ?? basename(kernel ?? image ?? (o.imageUrl ? new URL(o.imageUrl).pathname : 'guest')),
    timeoutSeconds,
    probeMs: Math.min(probeSeconds, timeoutSeconds) * 1000,
    spec: {
      qemu,
      memoryMb,
      ...(kernel ? { kernel } : {}),
      ...(initrd ? { initrd } : {}),
      ...(o.append !== undefined ? { append: o.append } : {}),
      ...(image ? { image, imageFormat: imageFormat(image) } : {}),
      ...(o.network ? { network: o.network } : {})
    }
  }
}

export async function bootTest(o: BootTestOptions): Promise<BootReport> {
  const cwd = o.cwd ?? process.cwd()
  const env = o.env ?? process.env
  const c = check(o, cwd, env)
  const started = performance.now()
  // A scratch directory only when needed: for the seed, a downloaded image, and the console log unless
  // one was named.
  const scratch =
    !o.consoleLog || o.cloudInit || o.imageUrl ? mkdtempSync(join(tmpdir(), 'stable-sync-boot-')) : ''
  let downloaded: string | undefined
  try {
    // The image is checked (checksum, then no backing or data file) before QEMU ever opens it.
    if (o.imageUrl) {
      downloaded = await downloadImage({
        url: o.imageUrl,
        sha256: o.imageSha256,
        dest: join(scratch, 'image')
      })
      c.spec.image = downloaded
      c.spec.imageFormat = imageFormat(downloaded)
    } else if (c.spec.image && o.imageSha256) {
      const got = await fileSha256(c.spec.image)
      if (got !== o.imageSha256)
        throw new FindingError(`${c.spec.image} has sha256 ${got}, not ${o.imageSha256}: not booted`)
    }
    if (c.spec.image) {
      await inspectImage({
        image: c.spec.image,
        qemuImg: findQemuImg(c.qemu, env, cwd),
        magic: c.spec.imageFormat ?? 'raw'
      })
    }
  } catch (e) {
    if (scratch) rmSync(scratch, { recursive: true, force: true })
    throw e
  }
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
  else {
    if (seed) rmSync(seed, { force: true })
    if (downloaded) rmSync(downloaded, { force: true })
  }
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
