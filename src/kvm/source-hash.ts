import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { BUILD_OUTPUT, NOT_SOURCE } from './sync-tree.js'

/**
 * A content hash of a source tree (relative paths, file modes and bytes, in a fixed order). It keys
 * the module build cache: the same sources against the same headers give the same modules.
 */
export function hashSourceTree(root: string, extra: string[] = []): string {
  const h = createHash('sha256')
  for (const e of extra) h.update(`extra\0${e}\0`)
  const walk = (rel: string): void => {
    const full = rel ? join(root, rel) : root
    for (const name of readdirSync(full).sort()) {
      if (NOT_SOURCE.has(name) || BUILD_OUTPUT.test(name) || name.startsWith('.')) continue
      const childRel = rel ? `${rel}/${name}` : name
      const st = lstatSync(join(root, childRel))
      if (st.isDirectory()) walk(childRel)
      else if (st.isSymbolicLink()) h.update(`link\0${childRel}\0${readlinkSync(join(root, childRel))}\0`)
      else if (st.isFile()) {
        h.update(`file\0${childRel}\0${st.mode & 0o111 ? 'x' : '-'}\0`)
        h.update(readFileSync(join(root, childRel)))
        h.update('\0')
      }
    }
  }
  walk('')
  return h.digest('hex')
}
