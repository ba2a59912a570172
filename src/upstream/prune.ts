import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Logger } from '../log.js'
import { withDirLock } from './lock.js'

/** A pin's repository nobody used for this long is removed (a package pinned there runs more often). */
export const PRUNE_AFTER_MS = 30 * 24 * 60 * 60 * 1000

const usedFile = (dir: string): string => join(dir, 'stable-sync', 'used')

/** Note that a run used this repository (its pin is still somebody's). */
export function markUsed(dir: string): void {
  writeFileSync(usedFile(dir), `${new Date().toISOString()}\n`)
}

function lastUsed(dir: string): number {
  for (const f of [usedFile(dir), dir]) {
    try {
      return statSync(f).mtimeMs
    } catch {
      // not there: try the next
    }
  }
  return Infinity
}

/**
 * Every pin has its own repository (see fetch.ts), so pins left behind by release cycles would
 * pile up: the repositories of the same upstream that no run used for PRUNE_AFTER_MS are removed
 * (and the one of the older layout, one repository per URL, once it is as old), each under its own
 * lock (one in use is left alone).
 */
export async function pruneSiblings(dir: string, log: Logger, now = Date.now()): Promise<void> {
  const parent = dirname(dir)
  const prefix = basename(dir).replace(/-[0-9a-f]+\.git$/, '-')
  // Before one repository per pin, one per URL: `<sha256(url)[:16]>.git`.
  const legacy = `${prefix.slice(0, -1)}.git`
  for (const name of readdirSync(parent)) {
    const sibling = join(parent, name)
    const ours = name === legacy || (name.startsWith(prefix) && name.endsWith('.git'))
    if (sibling === dir || !ours) continue
    if (now - lastUsed(sibling) < PRUNE_AFTER_MS) continue
    try {
      await withDirLock(sibling, { log, timeoutMs: 0 }, async () => {
        rmSync(sibling, { recursive: true, force: true })
      })
      log.info(`removed the upstream cache ${sibling}: no run used its pin for 30 days`)
    } catch {
      // held by another run: it is in use after all
    }
  }
}
