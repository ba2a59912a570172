import { KERNEL_LINE } from './console-classify.js'
import type { ConsoleLog } from './console-log.js'
import { LineSplitter } from './line-splitter.js'
import { onInterrupt, spawnGroup } from './process-group.js'
import { VerdictMachine, type BootWarning, type Verdict } from './verdict.js'

/**
 * Runs one QEMU process and judges its serial console (stdout) as it streams. Returns only when
 * the verdict is decided and the whole process group is gone.
 */
export interface RunQemuOptions {
  qemu: string
  args: readonly string[]
  expect: RegExp
  /** A console line meaning "the guest's test failed" (fail fast). */
  failOn?: RegExp
  timeoutSeconds: number
  log: ConsoleLog
  /**
   * KVM probe: the kernel must print within this window, or the run stops early with
   * `probe.ok = false` (the accelerator, not the guest, is broken).
   */
  probeMs?: number
  /** Every complete console line as it arrives (the benchmark timestamps the panic line with it). */
  onLine?: (line: string, ms: number) => void
}

export interface RunOutcome {
  verdict: Verdict
  warnings: BootWarning[]
  /** Set when a probe window was asked for. */
  probe?: { ok: boolean; reason: string }
  /** The signal that interrupted the harness, if one did. */
  interrupted?: NodeJS.Signals
  exit: { code: number | null; signal: NodeJS.Signals | null }
  /** The last lines QEMU wrote to stderr (its own errors, not the guest's). */
  stderrTail: string
  /** Milliseconds from spawn until the process group was gone. */
  elapsedMs: number
}

const STDERR_KEEP = 16 * 1024

export async function runQemu(o: RunQemuOptions): Promise<RunOutcome> {
  const machine = new VerdictMachine(o.expect, o.failOn)
  const splitter = new LineSplitter()
  const t0 = performance.now()
  const now = (): number => performance.now() - t0
  const g = spawnGroup(o.qemu, o.args)
  let stderr = ''
  let probe: RunOutcome['probe'] = o.probeMs === undefined ? undefined : { ok: false, reason: '' }
  let interrupted: NodeJS.Signals | undefined
  let stopTimer: NodeJS.Timeout | undefined
  let exited = false

  const stop = (graceMs: number): void => {
    if (graceMs <= 0) return g.kill()
    stopTimer ??= setTimeout(() => g.kill(), graceMs)
  }
  const handleLines = (lines: string[], ms: number): void => {
    o.log.lines(lines, ms)
    for (const line of lines) {
      o.onLine?.(line, ms)
      if (probe && !probe.ok && KERNEL_LINE.test(line)) {
        probe = { ok: true, reason: `kernel output after ${(ms / 1000).toFixed(1)} s` }
        clearTimeout(probeTimer)
      }
      const action = machine.line(line, ms)
      if (action.kind === 'stop') stop(action.graceMs)
    }
  }

  g.child.stdout?.on('data', (chunk: Buffer) => {
    const ms = now()
    handleLines(splitter.push(chunk), ms)
    const action = machine.partial(splitter.partial, ms)
    if (action.kind === 'stop') stop(action.graceMs)
  })
  g.child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8')
    stderr = (stderr + text).slice(-STDERR_KEEP)
    o.log.lines(text.replace(/\r/g, '').split('\n').filter(Boolean), now(), 'qemu: ')
  })

  const timeout = setTimeout(() => {
    machine.timedOut(o.timeoutSeconds, now())
    g.kill()
  }, o.timeoutSeconds * 1000)
  const probeTimer =
    o.probeMs === undefined
      ? undefined
      : setTimeout(() => {
          if (probe?.ok || exited) return
          probe = {
            ok: false,
            reason: `no kernel output within ${o.probeMs! / 1000} s (the guest hangs in early boot)`
          }
          g.kill()
        }, o.probeMs)
  const stopListening = onInterrupt(signal => {
    interrupted ??= signal
    machine.interrupted(signal, now())
  })

  let exit: RunOutcome['exit']
  try {
    exit = await g.closed
  } finally {
    exited = true
    clearTimeout(timeout)
    clearTimeout(probeTimer)
    clearTimeout(stopTimer)
    stopListening()
  }
  const end = now()
  handleLines(splitter.flush(), end)
  const stderrTail = stderr.trim().split('\n').slice(-3).join(' | ')
  if (probe && !probe.ok && !probe.reason) {
    probe = {
      ok: false,
      reason: `QEMU ${exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`} before the kernel printed anything${stderrTail ? `: ${stderrTail}` : ''}`
    }
  }
  machine.exited(exit.code, exit.signal, end, stderrTail)
  return {
    verdict: machine.verdict!,
    warnings: [...machine.warnings],
    ...(probe ? { probe } : {}),
    ...(interrupted ? { interrupted } : {}),
    exit,
    stderrTail,
    elapsedMs: end
  }
}
