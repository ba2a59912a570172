import { classifyLine, matchesMarker, stripPrintkPrefix, type WarningKind } from './console-classify.js'

/**
 * The verdict state machine. The runner feeds it console lines and process events with the time
 * (milliseconds since QEMU started); it answers what to do next. Pure, so every path is unit-tested.
 *
 *   running ──marker──▶ pass (stop now)
 *   running ──panic───▶ fail (stop after the panic trace ends or a short grace, whichever first)
 *   running ──QEMU exit / power off──▶ fail
 *   running ──timeout─▶ fail
 */
export type Result = 'pass' | 'fail'

export interface BootWarning {
  kind: WarningKind
  /** The console line, as printed. */
  line: string
  /** Seconds since QEMU started. */
  seconds: number
}

export interface Verdict {
  result: Result
  /** One line a person understands: why pass or fail. */
  reason: string
  /** Seconds from QEMU start to the marker (pass only). */
  secondsToMarker?: number
  /** Seconds from QEMU start to the moment the verdict was decided. */
  secondsToVerdict: number
}

/** What the runner should do after an event. */
export type Action = { kind: 'continue' } | { kind: 'stop'; graceMs: number }

/** After a panic, keep reading this long for the trace (the log is for humans), then stop. */
export const PANIC_GRACE_MS = 300
const PANIC_TRACE_END = /---\[ end Kernel panic/

export class VerdictMachine {
  private decided?: Verdict
  private readonly warningList: BootWarning[] = []
  private lastLine = ''
  private poweredOff = false

  /** `failOn`: a console line the guest prints to say its test failed (fail fast, like a panic). */
  constructor(
    private readonly expect: RegExp,
    private readonly failOn?: RegExp
  ) {}

  get verdict(): Verdict | undefined {
    return this.decided
  }

  get warnings(): readonly BootWarning[] {
    return this.warningList
  }

  /** A complete console line arrived at `ms`. */
  line(text: string, ms: number): Action {
    if (this.decided) {
      // Only the panic trace is still being read; its end lets the runner stop at once.
      return PANIC_TRACE_END.test(text) ? { kind: 'stop', graceMs: 0 } : { kind: 'continue' }
    }
    if (text.trim()) this.lastLine = text.trim()
    if (/reboot: (Power down|Restarting system)/.test(text)) this.poweredOff = true
    const c = classifyLine(text, this.expect, this.failOn)
    switch (c.kind) {
      case 'panic':
        this.decide('fail', `kernel panic: ${stripPrintkPrefix(text.trim())}`, ms)
        return { kind: 'stop', graceMs: PANIC_GRACE_MS }
      case 'guest-failure':
        this.decide('fail', `the guest reported a failure: ${stripPrintkPrefix(text.trim())}`, ms)
        return { kind: 'stop', graceMs: 0 }
      case 'warning':
        this.warningList.push({ kind: c.warning, line: text.trim(), seconds: ms / 1000 })
        return { kind: 'continue' }
      case 'marker':
        this.decide('pass', `marker ${this.expect} seen on the console`, ms, ms)
        return { kind: 'stop', graceMs: 0 }
      case 'text':
        return { kind: 'continue' }
    }
  }

  /**
   * The unterminated end of the console stream (a login prompt has no newline). Only the marker is
   * looked for here; warnings and panics are judged once their line is complete.
   */
  partial(text: string, ms: number): Action {
    if (this.decided || !text || !matchesMarker(text, this.expect)) return { kind: 'continue' }
    // A half-received panic or failure line that quotes the marker is judged when it is complete.
    if (classifyLine(text, this.expect, this.failOn).kind !== 'marker') return { kind: 'continue' }
    this.decide('pass', `marker ${this.expect} seen on the console`, ms, ms)
    return { kind: 'stop', graceMs: 0 }
  }

  /** QEMU exited on its own (code, or the signal that ended it) before any verdict. */
  exited(code: number | null, signal: string | null, ms: number, stderrTail = ''): void {
    if (this.decided) return
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`
    let reason: string
    if (code === 0 && !signal) {
      reason = this.poweredOff
        ? 'the guest powered off (or rebooted) without printing the marker'
        : 'QEMU exited (guest shutdown) without the marker'
    } else {
      reason = `QEMU ${how} before the marker${stderrTail ? `: ${stderrTail}` : ''}`
    }
    this.decide('fail', this.withLastLine(reason), ms)
  }

  /** The timeout fired. */
  timedOut(timeoutSeconds: number, ms: number): void {
    if (this.decided) return
    this.decide(
      'fail',
      this.withLastLine(`timeout: no marker within ${timeoutSeconds} s (the guest hangs)`),
      ms
    )
  }

  /** The harness was interrupted (SIGINT/SIGTERM). */
  interrupted(signal: string, ms: number): void {
    if (this.decided) return
    this.decide('fail', `interrupted by ${signal} before a verdict`, ms)
  }

  private withLastLine(reason: string): string {
    return this.lastLine
      ? `${reason}; last console line: ${JSON.stringify(this.lastLine.slice(0, 200))}`
      : `${reason}; no console output`
  }

  private decide(result: Result, reason: string, ms: number, markerMs?: number): void {
    this.decided = {
      result,
      reason,
      secondsToVerdict: ms / 1000,
      ...(markerMs !== undefined ? { secondsToMarker: markerMs / 1000 } : {})
    }
  }
}
