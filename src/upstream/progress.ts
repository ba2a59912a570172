import type { Logger } from '../log.js'

/** At most one progress line this often, and one whenever git moves to its next phase. */
const EVERY_MS = 2000

/**
 * git's `--progress` stream (lines ended by `\r` while a phase runs, `\n` when it ends: "Receiving
 * objects:  45% (450/1000), 1.20 MiB | 2.00 MiB/s") turned into throttled progress lines on the
 * logger, so a cold fetch of several gigabytes shows it is moving. Other stderr lines are left to
 * the error message of a failed fetch.
 */
export function fetchProgress(
  log: Logger,
  what: string,
  now: () => number = Date.now
): { onStderr(chunk: Buffer): void; done(): void } {
  let partial = ''
  let lastPhase = ''
  let lastAt = -Infinity
  let pending: string | undefined
  const show = (line: string): void => {
    log.progress(`${what}: ${line}`)
    lastAt = now()
    pending = undefined
  }
  return {
    onStderr(chunk) {
      const parts = (partial + chunk.toString('utf8')).split(/[\r\n]/)
      partial = parts.pop() ?? ''
      for (const raw of parts) {
        const line = raw.replace(/^remote: /, '').trim()
        const m =
          /^([A-Z][a-z]+(?: [a-z]+)*):\s+\d+%/.exec(line) ?? /^([A-Z][a-z]+(?: [a-z]+)*): \d+/.exec(line)
        if (!m) continue
        const phase = m[1]
        if (phase !== lastPhase || now() - lastAt >= EVERY_MS || /, done\.$/.test(line)) {
          lastPhase = phase
          show(line)
        } else pending = line
      }
    },
    done() {
      if (pending) show(pending)
    }
  }
}
