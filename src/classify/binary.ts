import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { catFileBatch } from '../git/cat-file.js'
import type { Git } from '../git/gateway.js'

const ZERO = /^0+$/

/**
 * Which blobs a quilt patch cannot carry, for many blobs in ONE `git cat-file --batch`: those with a
 * NUL byte anywhere. git itself looks at the first 8,000 bytes only (a later NUL makes a "text" diff
 * with a NUL in it, which neither patch nor a NUL-separated reader of git's output can take).
 */
export async function binaryBlobs(
  git: Git,
  blobs: Iterable<string>,
  cacheFile?: string
): Promise<Set<string>> {
  // Verdicts never change for a blob id: keep them beside the upstream cache.
  const known = new Map<string, boolean>()
  if (cacheFile && existsSync(cacheFile)) {
    for (const line of readFileSync(cacheFile, 'latin1').split('\n'))
      if (line) known.set(line.slice(2), line[0] === 'b')
  }
  const all = [...new Set([...blobs].filter(b => !ZERO.test(b)))]
  const wanted = all.filter(b => !known.has(b))
  const binary = new Set(all.filter(b => known.get(b) === true))
  if (wanted.length === 0) return binary
  for (const { sha, body } of await catFileBatch(git, wanted)) {
    if (body.includes(0)) binary.add(sha)
  }
  if (cacheFile) {
    mkdirSync(dirname(cacheFile), { recursive: true })
    appendFileSync(cacheFile, wanted.map(b => `${binary.has(b) ? 'b' : 't'} ${b}\n`).join(''))
  }
  return binary
}
