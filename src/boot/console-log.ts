import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * The console log kept as an artifact: every line with the wall-clock time and the seconds since
 * QEMU started, e.g. `2026-11-25T21:41:02.468Z +2.345s  Run /init as init process`. Written
 * synchronously line by line, so the file is complete the moment the verdict is returned, and
 * whatever was seen survives even if the harness is killed.
 */
export class ConsoleLog {
  private fd: number

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true })
    this.fd = openSync(path, 'w')
  }

  /** Console lines seen `ms` after QEMU started. */
  lines(lines: readonly string[], ms: number, prefix = ''): void {
    if (lines.length === 0 || this.fd < 0) return
    const stamp = `${new Date().toISOString()} +${(ms / 1000).toFixed(3)}s  ${prefix}`
    writeSync(this.fd, lines.map(l => `${stamp}${l}\n`).join(''))
  }

  /** A harness note (`# ...`): attempts, accelerator decisions, the verdict. */
  note(text: string): void {
    if (this.fd >= 0) writeSync(this.fd, `# ${new Date().toISOString()} ${text}\n`)
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd)
    this.fd = -1
  }
}

/** A timestamped console-log line: ISO time, elapsed seconds, two spaces, the console text. */
export const CONSOLE_LOG_LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \+\d+\.\d{3}s {2}/
