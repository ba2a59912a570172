import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { dirname } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { InputError } from '../errors.js'
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

/**
 * A lock nobody can release any more: its process is gone (same host), it is older than a day, or
 * it never got its owner file (the owner writes it right after mkdir; a minute later it died).
 */
function isStale(lockDir: string, owner: Owner | undefined, now: number): boolean {
  if (!owner) {
    try {
      return now - statSync(lockDir).mtimeMs > 60 * 1000
    } catch {
      return false // removed meanwhile: the next mkdir will tell
    }
  }
  if (now - owner.since > 24 * 3600 * 1000) return true
  if (owner.host !== hostname()) return false
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Locks this process holds. */
const held = new Set<string>()

function readOwner(lockDir: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(`${lockDir}/owner`, 'utf8')) as Owner
  } catch {
    return undefined
  }
}

/**
 * Run `fn` holding `<dir>.lock`, so two stable-sync runs that share a cache (two tracks of one
 * upstream on a self-hosted runner, a maintainer's CLI beside a timer) take turns on one upstream
 * clone instead of racing git's ref locks and each other's cache files. The lock is a directory
 * (mkdir is atomic); a lock left by a process that died is taken over.
 */
export async function withDirLock<T>(dir: string, o: LockOptions, fn: () => Promise<T>): Promise<T> {
  const lockDir = `${dir}.lock`
  // Re-entrant within one process (the engine holds it around fetch + analysis, fetch holds it too).
  if (held.has(lockDir)) return fn()
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
      rmSync(lockDir, { recursive: true, force: true })
      continue
    }
    if (Date.now() > deadline) {
      throw new InputError(
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
  held.add(lockDir)
  try {
    const owner: Owner = { host: hostname(), pid: process.pid, since: Date.now() }
    writeFileSync(`${lockDir}/owner`, JSON.stringify(owner))
    return await fn()
  } finally {
    held.delete(lockDir)
    rmSync(lockDir, { recursive: true, force: true })
  }
}
