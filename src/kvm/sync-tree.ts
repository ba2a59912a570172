import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  chmodSync
} from 'node:fs'
import { join } from 'node:path'

/** What never belongs to the sources: packaging, quilt state, VCS. */
export const NOT_SOURCE = new Set(['.git', '.pc', 'debian'])
/** kbuild's output next to the sources; kept in the work tree so unchanged objects are not rebuilt. */
export const BUILD_OUTPUT = /\.(o|ko|mod|mod\.c|cmd|a|order|symvers|s|d|tmp)$|^kvm-asm-offsets\.h$|^\.tmp_/

/**
 * Make `dest` hold the same source files as `src`, writing only files whose bytes differ (so their
 * modification time changes and make rebuilds just what depends on them) and deleting sources that
 * are gone. Build outputs already in `dest` stay: that is what makes the next build incremental.
 * Returns the number of files written or removed.
 */
export function syncSourceTree(src: string, dest: string): number {
  let changed = 0
  const walk = (rel: string): void => {
    const from = rel ? join(src, rel) : src
    const to = rel ? join(dest, rel) : dest
    mkdirSync(to, { recursive: true })
    const names = new Set(readdirSync(from).filter(n => !NOT_SOURCE.has(n)))
    for (const name of names) {
      const childRel = rel ? `${rel}/${name}` : name
      const st = lstatSync(join(src, childRel))
      if (st.isDirectory()) walk(childRel)
      else if (st.isFile()) {
        const bytes = readFileSync(join(src, childRel))
        const target = join(dest, childRel)
        if (!existsSync(target) || !readFileSync(target).equals(bytes)) {
          writeFileSync(target, bytes)
          changed++
        }
        chmodSync(target, st.mode & 0o777)
      }
    }
    for (const name of readdirSync(to)) {
      if (names.has(name) || BUILD_OUTPUT.test(name) || name.startsWith('.')) continue
      rmSync(join(to, name), { recursive: true, force: true })
      changed++
    }
  }
  walk('')
  return changed
}
