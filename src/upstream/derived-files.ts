import { lstatSync, readdirSync, rmSync } from 'node:fs'
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
 *
 * Never follows a symbolic link: stable-sync writes none there, and a restored cache whose
 * `upstream/`, repository or `stable-sync/` is a link to elsewhere would have this delete files
 * outside the cache. Such a link is removed itself (the repository check then finds no cache there).
 */
export function forgetDerivedFiles(cacheDir: string): string[] {
  const removed: string[] = []
  const remove = (path: string): void => {
    rmSync(path, { recursive: true, force: true })
    removed.push(path)
  }
  const upstream = join(cacheDir, 'upstream')
  if (!realDirectory(upstream, remove)) return removed
  for (const clone of readdirSync(upstream)) {
    if (!realDirectory(join(upstream, clone), remove)) continue
    const dir = join(upstream, clone, 'stable-sync')
    if (!realDirectory(dir, remove)) continue
    for (const name of readdirSync(dir)) if (!KEPT.has(name)) remove(join(dir, name))
  }
  return removed
}

/** Whether `path` is a directory itself. A symbolic link there is removed (the link, not its target). */
function realDirectory(path: string, remove: (path: string) => void): boolean {
  let stat
  try {
    stat = lstatSync(path)
  } catch {
    return false
  }
  if (stat.isSymbolicLink()) remove(path)
  return stat.isDirectory()
}
