import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { dirname } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from '../log.js'

export interface LockOptions {
  log: Logger
  /** Give up waiting after this long (default 15 minutes: a cold fetch of a big tree takes minutes). */
  timeoutMs?: number
  /** How often to look again while another run holds the lock. */
  pollMs?: number
}

interface Owner {
  host: string
  pid: number
  since: number
}

/** The holder touches its owner file this often; a lock not touched for STALE_MS is abandoned. */
const HEARTBEAT_MS = 10_000
const STALE_MS = 120_000

/** Lock directories held by the current async call chain (so the engine may take one again inside). */
const held = new AsyncLocalStorage<ReadonlySet<string>>()

function readOwner(lockDir: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(`${lockDir}/owner`, 'utf8')) as Owner
  } catch {
    return undefined
  }
}

/** Milliseconds since the lock (its owner file, else the directory) was last touched; undefined if gone. */
function idleFor(lockDir: string, now: number): number | undefined {
  for (const path of [`${lockDir}/owner`, lockDir]) {
    try {
      return now - statSync(path).mtimeMs
    } catch {
      // not there (yet, or any more)
    }
  }
  return undefined
}

/**
 * A lock nobody will release: its holder stopped touching it (died on another host, or in a
 * container that is gone), or its process is gone on this host.
 */
function isStale(lockDir: string, owner: Owner | undefined, now: number): boolean {
  const idle = idleFor(lockDir, now)
  if (idle === undefined) return false // released meanwhile: the next mkdir tells
  if (idle > STALE_MS) return true
  if (!owner || owner.host !== hostname()) return false
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

const sameOwner = (a: Owner | undefined, b: Owner | undefined): boolean =>
  a?.host === b?.host && a?.pid === b?.pid && a?.since === b?.since

/**
 * Move a stale lock out of the way. Renaming first (atomic) and checking that what was moved is
 * the lock judged stale means two waiters cannot both take over, nor remove a lock just taken.
 */
function removeStale(lockDir: string, judged: Owner | undefined): void {
  const aside = `${lockDir}.stale-${process.pid}-${Date.now()}`
  try {
    renameSync(lockDir, aside)
  } catch {
    return // another waiter moved it first
  }
  if (sameOwner(readOwner(aside), judged)) {
    rmSync(aside, { recursive: true, force: true })
    return
  }
  // Someone took the lock between our look and the rename: give it back.
  try {
    renameSync(aside, lockDir)
  } catch {
    rmSync(aside, { recursive: true, force: true })
  }
}

/**
 * Run `fn` holding `<dir>.lock`, so two stable-sync runs that share a cache (two tracks of one
 * upstream on a self-hosted runner, a maintainer's CLI beside a timer) take turns on one upstream
 * clone instead of racing git's ref locks and each other's cache files. The lock is a directory
 * (mkdir is atomic) whose owner file the holder touches every 10 s; a lock whose process is gone,
 * or that nobody touched for 2 minutes, is taken over. Inside `fn` the same call chain may take
 * the lock again (re-entrant); other async work in the process waits like any other run.
 */
export async function withDirLock<T>(dir: string, o: LockOptions, fn: () => Promise<T>): Promise<T> {
  const lockDir = `${dir}.lock`
  const mine = held.getStore()
  if (mine?.has(lockDir)) return fn()
  const deadline = Date.now() + (o.timeoutMs ?? 15 * 60 * 1000)
  let told = false
  mkdirSync(dirname(lockDir), { recursive: true })
  for (;;) {
    try {
      mkdirSync(lockDir)
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    const owner = readOwner(lockDir)
    if (isStale(lockDir, owner, Date.now())) {
      o.log.warning(
        `taking over ${lockDir}: its owner (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}) is gone`
      )
      removeStale(lockDir, owner)
      continue
    }
    if (Date.now() > deadline) {
      // Not an InputError: the configuration is fine, and the other tracks of a run can go on.
      throw new Error(
        `${lockDir} is held by another stable-sync run (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}` +
          `${owner ? ` since ${new Date(owner.since).toISOString()}` : ''}). Wait for it, or remove the directory if no run is active.`
      )
    }
    if (!told) {
      o.log.info(`waiting for ${lockDir} (held by pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'})`)
      told = true
    }
    await sleep(o.pollMs ?? 250)
  }
  const ownerFile = `${lockDir}/owner`
  const heartbeat = setInterval(() => {
    try {
      const now = new Date()
      utimesSync(ownerFile, now, now)
    } catch {
      // the lock was taken from us (judged stale): nothing to touch
    }
  }, HEARTBEAT_MS)
  heartbeat.unref()
  try {
    const owner: Owner = { host: hostname(), pid: process.pid, since: Date.now() }
    writeFileSync(ownerFile, JSON.stringify(owner))
    return await held.run(new Set([...(mine ?? []), lockDir]), fn)
  } finally {
    clearInterval(heartbeat)
    rmSync(lockDir, { recursive: true, force: true })
  }
}
