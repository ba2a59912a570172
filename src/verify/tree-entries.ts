import { parseBatchHeader } from '../git/batch-header.js'
import type { Git } from '../git/gateway.js'
import type { Entry } from './tree-state.js'

/**
 * Paths that can be named in a `git cat-file --batch` request and in a fast-import stream without
 * doubt about their bytes: printable ASCII (a non-ASCII path may have been decoded from Latin-1).
 */
export function plainPath(path: string): boolean {
  return /^[\x20-\x7e]+$/.test(path) && !path.startsWith('"')
}

/**
 * The entries (`<mode> <blob>`, null: no such file) of many (commit, path) pairs, from the trees of
 * the paths' directories in ONE `git cat-file --batch`. Keyed `<commit> <path>`; a path that is not
 * plain (see plainPath), or names a directory, is left out, for the caller to handle another way.
 */
export async function entriesAt(
  git: Git,
  requests: readonly (readonly [commit: string, path: string])[]
): Promise<Map<string, Entry>> {
  const dirOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '')
  const wanted = new Map<string, string>() // object name → `<commit> <dir>`
  for (const [commit, path] of requests) {
    if (!plainPath(path)) continue
    const dir = dirOf(path)
    wanted.set(dir ? `${commit}:${dir}` : `${commit}^{tree}`, `${commit} ${dir}`)
  }
  const names = [...wanted.keys()]
  if (names.length === 0) return new Map()
  // cat-file answers in request order, missing objects included (a directory the commit lacks).
  const trees = new Map<string, Map<string, string>>()
  const { stdout } = await git.exec(['cat-file', '--batch=%(objecttype) %(objectsize)'], {
    input: names.join('\n') + '\n'
  })
  let pos = 0
  for (const name of names) {
    const eol = stdout.indexOf(10, pos)
    const header = parseBatchHeader(stdout.subarray(pos, eol).toString('latin1'), false)
    pos = eol + 1
    // No tree there (a directory the commit lacks, a submodule where a directory was asked for).
    if (!header.found) continue
    const body = stdout.subarray(pos, pos + header.size)
    pos += header.size + 1
    // Object ids are as long as the commit's: 20 bytes in a SHA-1 repository, 32 in a SHA-256 one.
    if (header.type === 'tree')
      trees.set(wanted.get(name)!, parseTree(body, name.split(/[:^]/)[0].length / 2))
  }
  const out = new Map<string, Entry>()
  for (const [commit, path] of requests) {
    if (!plainPath(path)) continue
    const dir = dirOf(path)
    const entry = trees.get(`${commit} ${dir}`)?.get(dir ? path.slice(dir.length + 1) : path)
    // A directory where a file is asked for: not an answer this can give (the caller asks git).
    if (entry?.startsWith('040000')) continue
    out.set(`${commit} ${path}`, entry ?? null)
  }
  return out
}

/** A tree object's entries: name → `<mode> <id>` (modes six digits, as ls-tree prints them). */
function parseTree(body: Buffer, idBytes: number): Map<string, string> {
  const entries = new Map<string, string>()
  let pos = 0
  while (pos < body.length) {
    const space = body.indexOf(32, pos)
    const nul = body.indexOf(0, space)
    const mode = body.subarray(pos, space).toString('latin1').padStart(6, '0')
    const name = body.subarray(space + 1, nul).toString('utf8')
    entries.set(name, `${mode} ${body.subarray(nul + 1, nul + 1 + idBytes).toString('hex')}`)
    pos = nul + 1 + idBytes
  }
  return entries
}
