import type { NestedState } from './kvm.js'
import type { Accel } from './qemu-args.js'
import type { BootWarning } from './verdict.js'

/**
 * What one boot test returns: `boot-test --json` prints exactly this, the sub-action maps it to
 * outputs, and the JUnit / summary renderers read it.
 */
export type BootResult = 'pass' | 'fail' | 'skip' | 'error'

export interface BootAttempt {
  accel: Accel
  /** Whether this boot was also the KVM probe. */
  probe: boolean
  commandLine: string
  result: 'pass' | 'fail' | 'probe-failed'
  reason: string
  seconds: number
}

export interface BootReport {
  /** A name for the guest (JUnit test case, summary row). */
  name: string
  result: BootResult
  /** One sentence: why this result. */
  reason: string
  accel: {
    /** The accelerator of the boot that decided the verdict (null when nothing booted). */
    used: Accel | null
    why: string
    /** The answer came from the per-host cache, no probe this time. */
    cached: boolean
    nested: NestedState
  }
  /** Seconds from QEMU start to the marker (pass only). */
  secondsToMarker: number | null
  /** Wall-clock seconds of the whole test, probe and fallback included. */
  seconds: number
  warnings: BootWarning[]
  consoleLog: string
  junit: string | null
  /** The QEMU command line of the deciding boot, shell-quoted. */
  qemuCommandLine: string | null
  attempts: BootAttempt[]
  /** The harness was interrupted by this signal (the CLI exits 128+n). */
  interrupted?: string
}

/** Exit code per the CLI contract: 0 pass, 1 fail, 2 error (bad input, broken KVM), 77 skip. */
export function exitCodeFor(r: Pick<BootReport, 'result' | 'interrupted'>): number {
  if (r.interrupted) return r.interrupted === 'SIGINT' ? 130 : r.interrupted === 'SIGHUP' ? 129 : 143
  return { pass: 0, fail: 1, error: 2, skip: 77 }[r.result]
}
