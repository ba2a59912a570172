import { spawn, spawnSync, type ChildProcess } from 'node:child_process'

/**
 * QEMU runs as the leader of its own process group, so one signal to the group ends it and
 * anything it started. The harness kills the group on every path: verdict, timeout, QEMU exit, and
 * its own SIGINT/SIGTERM/SIGHUP or exit. Where util-linux `setpriv` is present, QEMU also gets a
 * parent-death signal, so even a SIGKILLed harness leaves nothing running.
 *
 * The group is made with `setpgid` (perl-base, Essential in Debian/Ubuntu, does it before exec'ing
 * QEMU), not with a new session (`detached`, i.e. setsid): with the kernel's scheduler autogroups a
 * new session is a new CPU-share group, and on a loaded machine that measurably slowed the guest
 * (bench:boot). Without perl we fall back to `detached`.
 */
const live = new Set<number>()
const interruptListeners = new Set<(signal: NodeJS.Signals) => void>()
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

let wrappers: { pdeathsig: boolean; perl: boolean } | undefined
function available(): { pdeathsig: boolean; perl: boolean } {
  if (!wrappers) {
    const setpriv = spawnSync('setpriv', ['--help'], { encoding: 'utf8' })
    const perl = spawnSync('perl', ['-e', 'exit 0'])
    wrappers = {
      pdeathsig: setpriv.status === 0 && setpriv.stdout.includes('--pdeathsig'),
      perl: perl.status === 0
    }
  }
  return wrappers
}

/** perl: become a process-group leader (setpgid(0, 0)), then exec the program with the same pid. */
const SETPGID_EXEC =
  'setpgrp(0, 0) or die "setpgid: $!\\n"; exec { $ARGV[0] } @ARGV or die "cannot run $ARGV[0]: $!\\n"'

/** SIGKILL the whole group; also the pid itself, in case it has not made its group yet. */
export function killGroup(pid: number): void {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL')
    } catch {
      // ESRCH: already gone.
    }
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

/** Start a program as the leader of a new process group (same pid throughout), stdin closed, stdout/stderr piped. */
export function spawnGroup(command: string, args: readonly string[]): GroupChild {
  const w = available()
  let argv = [command, ...args]
  if (w.perl) argv = ['perl', '-e', SETPGID_EXEC, '--', ...argv]
  if (w.pdeathsig) argv = ['setpriv', '--pdeathsig', 'KILL', '--', ...argv]
  const child = spawn(argv[0], argv.slice(1), { detached: !w.perl, stdio: ['ignore', 'pipe', 'pipe'] })
  const pid = child.pid
  if (pid === undefined) {
    // spawn failed (ENOENT etc.); the 'error' event carries the reason.
    const closed = new Promise<never>((_, reject) => child.once('error', reject))
    return { child, pid: -1, kill: () => undefined, closed }
  }
  track(pid)
  // After a successful spawn, errors (e.g. a failed kill) must not crash the harness; 'close' follows.
  child.on('error', () => undefined)
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
