import { spawn, spawnSync, type ChildProcess } from 'node:child_process'

/**
 * QEMU runs in its own process group (a new session via `detached`), so one signal to the group
 * ends it and anything it started. The harness kills the group on every path: verdict, timeout,
 * QEMU exit, and its own SIGINT/SIGTERM/SIGHUP or exit. Where util-linux `setpriv` is present, QEMU
 * also gets a parent-death signal, so even a SIGKILLed harness leaves nothing running.
 */
const live = new Set<number>()
const interruptListeners = new Set<(signal: NodeJS.Signals) => void>()
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

let pdeathsig: boolean | undefined
function havePdeathsig(): boolean {
  if (pdeathsig === undefined) {
    const r = spawnSync('setpriv', ['--help'], { encoding: 'utf8' })
    pdeathsig = r.status === 0 && r.stdout.includes('--pdeathsig')
  }
  return pdeathsig
}

/** Send SIGKILL to the whole group; a group already gone is fine. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // ESRCH: nothing left in the group.
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const pid of live) killGroup(pid)
  for (const l of interruptListeners) l(signal)
}

function onExit(): void {
  for (const pid of live) killGroup(pid)
}

function track(pid: number): void {
  if (live.size === 0) {
    for (const s of SIGNALS) process.on(s, onSignal)
    process.on('exit', onExit)
  }
  live.add(pid)
}

function untrack(pid: number): void {
  if (!live.delete(pid) || live.size > 0) return
  // With no QEMU left, signals behave as usual again (a second Ctrl-C ends the program).
  for (const s of SIGNALS) process.off(s, onSignal)
  process.off('exit', onExit)
}

/** Called when the harness receives a terminating signal while a group is live. */
export function onInterrupt(listener: (signal: NodeJS.Signals) => void): () => void {
  interruptListeners.add(listener)
  return () => void interruptListeners.delete(listener)
}

export interface GroupChild {
  child: ChildProcess
  pid: number
  /** Kill the group (idempotent). */
  kill(): void
  /** Resolves when the leader has exited and its output pipes are closed. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Start a program as the leader of a new process group, stdin closed, stdout/stderr piped. */
export function spawnGroup(command: string, args: readonly string[]): GroupChild {
  const [cmd, argv] = havePdeathsig()
    ? ['setpriv', ['--pdeathsig', 'KILL', '--', command, ...args]]
    : [command, [...args]]
  const child = spawn(cmd, argv, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const pid = child.pid
  if (pid === undefined) {
    // spawn failed (ENOENT etc.); the 'error' event carries the reason.
    const closed = new Promise<never>((_, reject) => child.once('error', reject))
    return { child, pid: -1, kill: () => undefined, closed }
  }
  track(pid)
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(resolve => {
    child.once('close', (code, signal) => {
      // The leader is gone; anything else in its group goes with it.
      killGroup(pid)
      untrack(pid)
      resolve({ code, signal })
    })
  })
  return { child, pid, kill: () => killGroup(pid), closed }
}
