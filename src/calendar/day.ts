import { InputError } from '../errors.js'

/**
 * Calendar days are plain `YYYY-MM-DD` strings in UTC: they compare correctly as strings, print as
 * the user wrote them, and never shift with the runner's time zone.
 */
export type Day = string

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Is `s` a real calendar day written YYYY-MM-DD (2026-02-30 is not)? */
export function isDay(s: string): boolean {
  const m = DAY.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  )
}

/** The UTC day of an instant. */
export function dayOf(date: Date): Day {
  return date.toISOString().slice(0, 10)
}

/**
 * Parse the `--now DATE` option: a YYYY-MM-DD day, or undefined for today. Returns the instant the
 * run should treat as "now": the given day at 12:00 UTC (the middle of the day, so a changelog date
 * written from it reads as that day in every time zone near UTC), or the real clock.
 */
export function parseNow(value: string | undefined, clock: () => Date = () => new Date()): Date {
  if (value === undefined) return clock()
  if (!isDay(value)) {
    throw new InputError(
      `--now ${JSON.stringify(value)} is not a date. Write it as YYYY-MM-DD (for example --now 2026-11-25)`
    )
  }
  return new Date(`${value}T12:00:00Z`)
}

/** The day of a GitHub `due_on` timestamp (`2026-12-01T08:00:00Z`), in UTC. */
export function dayOfTimestamp(timestamp: string): Day | undefined {
  const t = Date.parse(timestamp)
  return Number.isNaN(t) ? undefined : dayOf(new Date(t))
}
