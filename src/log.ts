/**
 * Logging is injected (as in release-please): the core never imports @actions/core. The CLI logs to
 * stderr (stdout is reserved for --json); the action adapts this to core.info/warning/group.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  /**
   * A line of progress of long work (objects received, commits walked, patches verified), so a user
   * can tell a slow run from a stuck one. stderr in the CLI (silenced by --quiet), the job log in
   * the action; never stdout, which --json reserves for its document.
   */
  progress(message: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

export function stderrLogger(verbose = false, quiet = false): Logger {
  const write = (prefix: string, m: string): void => {
    process.stderr.write(`${prefix}${m}\n`)
  }
  return {
    debug: m => (verbose ? write('debug: ', m) : undefined),
    info: m => write('', m),
    warning: m => write('warning: ', m),
    error: m => write('error: ', m),
    progress: m => (quiet ? undefined : write('progress: ', m)),
    async group(name, fn) {
      write('== ', name)
      return fn()
    }
  }
}

/** A logger that keeps messages, for tests and for quiet library use. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    debug: m => void lines.push(`debug: ${m}`),
    info: m => void lines.push(m),
    warning: m => void lines.push(`warning: ${m}`),
    error: m => void lines.push(`error: ${m}`),
    progress: m => void lines.push(`progress: ${m}`),
    async group(_name, fn) {
      return fn()
    }
  }
}
