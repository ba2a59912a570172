import type { Logger } from '../log.js'

/**
 * A progress line at most every `everyMs` (the first at once): long walks and proofs report how far
 * they are without flooding the log.
 */
export function throttled(
  log: Logger,
  everyMs = 1000,
  now: () => number = Date.now
): (message: string) => void {
  let last = -Infinity
  return message => {
    const t = now()
    if (t - last < everyMs) return
    last = t
    log.progress(message)
  }
}
