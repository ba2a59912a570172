import type { Git } from '../git/gateway.js'

const ZERO = /^0+$/
// git's own test (buffer_is_binary): a NUL byte in the first 8000 bytes.
const FIRST_FEW_BYTES = 8000

/**
 * Which blobs git would show as "Binary files differ", for many blobs in ONE `git cat-file --batch`.
 * A quilt patch cannot carry those changes.
 */
export async function binaryBlobs(git: Git, blobs: Iterable<string>): Promise<Set<string>> {
  const wanted = [...new Set([...blobs].filter(b => !ZERO.test(b)))]
  const binary = new Set<string>()
  if (wanted.length === 0) return binary
  const { stdout } = await git.exec(['cat-file', '--batch'], { input: wanted.join('\n') + '\n' })
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
    const body = stdout.subarray(eol + 1, eol + 1 + Math.min(n, FIRST_FEW_BYTES))
    if (body.includes(0)) binary.add(sha)
    pos = eol + 1 + n + 1
  }
  return binary
}
