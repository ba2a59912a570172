import type { Git } from './gateway.js'

/** One object as `git cat-file --batch` prints it. */
export interface BatchObject {
  sha: string
  type: string
  /** The object's content (a view into git's output, not a copy). */
  body: Buffer
}

/**
 * Read many objects with ONE `git cat-file --batch`. Missing ids are left out of the result.
 * Each record is `<sha> <type> <size>\n<content>\n`, so content is sliced by size, never by lines.
 */
export async function catFileBatch(git: Git, ids: readonly string[]): Promise<BatchObject[]> {
  if (ids.length === 0) return []
  const { stdout } = await git.exec(['cat-file', '--batch'], { input: ids.join('\n') + '\n' })
  const objects: BatchObject[] = []
  let pos = 0
  while (pos < stdout.length) {
    const eol = stdout.indexOf(10, pos)
    if (eol === -1) break
    const [sha, type, size] = stdout.subarray(pos, eol).toString('latin1').split(' ')
    if (type === 'missing' || size === undefined) {
      pos = eol + 1
      continue
    }
    const n = Number(size)
    objects.push({ sha, type, body: stdout.subarray(eol + 1, eol + 1 + n) })
    pos = eol + 1 + n + 1
  }
  return objects
}
