import type { Git } from '../git/gateway.js'

/**
 * `git patch-id --stable` for many diffs in ONE process. Each diff gets two ids: one of the diff as
 * is (line numbers ignored, as git does) and one with the context lines removed, so a patch that
 * was made against shifted or slightly different context still matches the upstream commit.
 */
export interface PatchIds {
  full: string
  changes: string
}

/** Remove context lines from every hunk, fixing up the hunk headers (patch-id reads their counts). */
export function withoutContext(diff: string): string {
  const out: string[] = []
  let hunk: string[] | undefined
  let minus = 0
  let plus = 0
  const flush = (): void => {
    if (hunk && (minus || plus)) out.push(`@@ -1,${minus} +1,${plus} @@`, ...hunk)
    hunk = undefined
    minus = plus = 0
  }
  for (const line of diff.split('\n')) {
    if (line.startsWith('@@')) {
      flush()
      hunk = []
    } else if (hunk && (line.startsWith('+') || line.startsWith('-'))) {
      if (line.startsWith('+')) plus++
      else minus++
      hunk.push(line)
    } else if (hunk && (line.startsWith(' ') || line.startsWith('\\') || line === '')) {
      continue
    } else {
      flush()
      out.push(line)
    }
  }
  flush()
  return out.join('\n') + '\n'
}

export async function patchIds(git: Git, diffs: Map<string, string>): Promise<Map<string, PatchIds>> {
  const result = new Map<string, PatchIds>()
  if (diffs.size === 0) return result
  // Stand-in commit ids let one stream carry every diff twice: index*2 (full) and index*2+1 (no context).
  const keys = [...diffs.keys()]
  const id = (n: number): string => n.toString(16).padStart(40, '0')
  const parts: string[] = []
  keys.forEach((key, i) => {
    const diff = diffs.get(key)!
    parts.push(`commit ${id(2 * i + 1)}\n\n${diff}\n`, `commit ${id(2 * i + 2)}\n\n${withoutContext(diff)}\n`)
  })
  const { stdout } = await git.exec(['patch-id', '--stable'], {
    input: Buffer.from(parts.join(''), 'latin1')
  })
  for (const line of stdout.toString('latin1').split('\n')) {
    const [pid, cid] = line.split(' ')
    if (!pid || !cid) continue
    const n = parseInt(cid, 16) - 1
    const key = keys[Math.floor(n / 2)]
    const entry = result.get(key) ?? { full: '', changes: '' }
    if (n % 2 === 0) entry.full = pid
    else entry.changes = pid
    result.set(key, entry)
  }
  return result
}
