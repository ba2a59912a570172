import { spawn } from 'node:child_process'

/** How to run one external program. Arguments are always an array: nothing here goes through a shell. */
export interface RunOptions {
  cwd?: string
  /** Added on top of the current environment (a value of `undefined` removes the variable). */
  env?: Record<string, string | undefined>
  /** Written to the program's standard input, then closed. */
  input?: string | Buffer
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean
  /** Kill the program (SIGKILL) after this many milliseconds. */
  timeoutMs?: number
  /**
   * Standard output as it arrives, chunk by chunk, instead of collected (the result's stdout is then
   * empty): for long outputs that are consumed while the program still runs.
   */
  onStdout?: (chunk: Buffer) => void
  /** Standard error as it arrives (it is still collected for the result): progress of long work. */
  onStderr?: (chunk: Buffer) => void
  /** Called once the program started, with a way to stop it early (SIGTERM). */
  onSpawn?: (kill: () => void) => void
  /**
   * Keep standard input open (instead of `input`): called at once with a writer and a way to close
   * it (see `converse`).
   */
  interactive?: (write: (data: string | Buffer) => void, close: () => void) => void
}

export interface RunResult {
  code: number
  /** Raw bytes: git output may hold names that are not UTF-8. */
  stdout: Buffer
  stderr: string
}

/** A program exited non-zero (or could not be started) where success was required. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly code: number,
    readonly stderr: string
  ) {
    const shown = [command, ...args].map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')
    super(
      `${shown} failed (exit ${code})${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-5).join('\n')}` : ''}`
    )
    this.name = 'CommandError'
  }
}

export function mergeEnv(extra: Record<string, string | undefined> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  return env
}

/** Run a program to completion, collecting its output. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: mergeEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let timer: NodeJS.Timeout | undefined
    if (options.timeoutMs) timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
    options.onSpawn?.(() => child.kill('SIGTERM'))
    const onStdout = options.onStdout
    child.stdout.on('data', onStdout ?? ((b: Buffer) => out.push(b)))
    child.stderr.on('data', (b: Buffer) => {
      err.push(b)
      options.onStderr?.(b)
    })
    child.on('error', e => {
      if (timer) clearTimeout(timer)
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT'
      reject(new CommandError(command, args, 127, missing ? `${command}: not found on PATH` : e.message))
    })
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      const result: RunResult = {
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8')
      }
      if (result.code !== 0 && !options.allowFailure) {
        reject(new CommandError(command, args, result.code, result.stderr))
      } else resolve(result)
    })
    // A program that exits without reading its input must not crash us with EPIPE.
    child.stdin.on('error', () => undefined)
    if (options.interactive)
      options.interactive(
        data => child.stdin.write(data),
        () => child.stdin.end()
      )
    else if (options.input !== undefined) child.stdin.end(options.input)
    else child.stdin.end()
  })
}

/** A program kept running to answer what is written to its standard input, as it comes. */
export interface Conversation {
  write(data: string | Buffer): void
  /** Close standard input and wait for the program to end (rejects as `run` does on a failure). */
  end(): Promise<RunResult>
  /** Settles when the program ends, however it ends (a reader must not wait for answers then). */
  ended: Promise<RunResult>
}

/**
 * Start a program whose standard input stays open (`git cat-file --batch` answering one request at a
 * time): its output goes to `onStdout` as it arrives. `end()` must be called, also after a failure.
 */
export function converse(
  command: string,
  args: readonly string[],
  options: RunOptions & { onStdout: (chunk: Buffer) => void }
): Conversation {
  const { input: _input, ...rest } = options
  let write!: (data: string | Buffer) => void
  let closeInput!: () => void
  const done = run(command, args, {
    ...rest,
    interactive: (w, close) => {
      write = w
      closeInput = close
    }
  })
  done.catch(() => undefined) // seen by end() and `ended`
  return {
    ended: done,
    write: data => write(data),
    end: () => {
      closeInput()
      return done
    }
  }
}
