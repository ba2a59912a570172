/** One header line of `git cat-file --batch`: an object's type and size, or no object for that name. */
export type BatchHeader = { found: true; id?: string; type: string; size: number } | { found: false }

// What git prints instead of an object: `<name> missing` / `ambiguous`, `<oid> submodule` (a gitlink
// named by path), and the --follow-symlinks answers. The name may hold spaces; the word ends the line.
const NO_OBJECT = / (missing|ambiguous|submodule|dangling|loop|notdir|excluded)$/

/**
 * Parse a header of the default format (`<oid> <type> <size>`) or, with `withId: false`, of the
 * `%(objecttype) %(objectsize)` format. A line of neither shape is an error, never a guess: a wrong
 * size would misread every answer after it.
 */
export function parseBatchHeader(line: string, withId = true): BatchHeader {
  const m = withId ? /^([0-9a-f]+) ([a-z]+) (\d+)$/.exec(line) : /^()([a-z]+) (\d+)$/.exec(line)
  if (m) return { found: true, ...(withId ? { id: m[1] } : {}), type: m[2], size: Number(m[3]) }
  if (NO_OBJECT.test(line)) return { found: false }
  throw new Error(`git cat-file --batch: unexpected answer ${JSON.stringify(line)}`)
}
