import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Beside its git objects, each cache repository keeps files stable-sync derived from them in
 * `<clone>/stable-sync/`: the walk (`walk-<pin>.json`), binary verdicts (`blob-verdicts-2`), the
 * proven pin/tip ancestry (`ancestry`), stored analyses (`analysis-<key>.json`), the object-store
 * fingerprint that lets a run skip `git fsck` (`objects`). They are trusted as what this machine's
 * own runs wrote; nothing checks them against the objects (that would cost what they save). A cache
 * restored from another job (the action's @actions/cache, possibly saved by a less trusted job)
 * could hold forged ones that change a result, so a restored cache loses them all before any engine
 * code reads it: they are recomputed (a walk, a cat-file, a fsck, one analysis), which costs far
 * less than a fetch. What stays is only what the repository check itself judges: the stamp
 * (`clone.json`, compared with the expected URL and pin), a killed fetch's marker (`fetching`: it
 * makes the check stricter), and `used` (when pruning may remove the repository).
 */
const KEPT = new Set(['clone.json', 'fetching', 'used'])

/**
 * Remove every derived file of every cache repository under `cacheDir` (`<cacheDir>/upstream/*`).
 * Returns the removed paths. Anything stable-sync adds to `stable-sync/` later is removed too
 * unless it is named above: new derived files are untrusted after a restore by default.
 */
export function forgetDerivedFiles(cacheDir: string): string[] {
  const removed: string[] = []
  const upstream = join(cacheDir, 'upstream')
  for (const clone of list(upstream)) {
    const dir = join(upstream, clone, 'stable-sync')
    for (const name of list(dir)) {
      if (KEPT.has(name)) continue
      rmSync(join(dir, name), { recursive: true, force: true })
      removed.push(join(dir, name))
    }
  }
  return removed
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
