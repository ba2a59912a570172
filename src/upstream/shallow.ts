import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { catFileBatch } from '../git/cat-file.js'
import type { Git } from '../git/gateway.js'

/** Parents of commits as recorded in the objects themselves (the shallow grafts hide them from rev-list). */
async function recordedParents(git: Git, shas: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const { sha, body } of await catFileBatch(git, shas)) {
    const text = body.toString('latin1')
    const headerEnd = text.indexOf('\n\n')
    const header = headerEnd === -1 ? text : text.slice(0, headerEnd)
    out.set(
      sha,
      [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map(m => m[1])
    )
  }
  return out
}

async function present(git: Git, shas: string[]): Promise<Set<string>> {
  if (shas.length === 0) return new Set()
  const { stdout } = await git.exec(['cat-file', '--batch-check'], { input: shas.join('\n') + '\n' })
  return new Set(
    stdout
      .toString('latin1')
      .split('\n')
      .filter(l => / commit /.test(l))
      .map(l => l.split(' ')[0])
  )
}

export interface ParentFetchers {
  /** Fetch commits whose history above the pin is wanted (`--shallow-exclude=<pin>`). */
  aboveThePin(shas: string[]): Promise<void>
  /** Fetch commits below the pin, alone (`--depth=1`): their history is not wanted. */
  belowThePin(shas: string[]): Promise<void>
}

const readShallow = (file: string): string[] =>
  existsSync(file) ? readFileSync(file, 'latin1').split('\n').filter(Boolean) : []

/**
 * After `fetch --shallow-exclude=<pin>`, the commits just above the cut are grafted as parentless:
 * the pin's children, the roots of branches forked below the pin — and, because git cuts a merge as
 * a whole when one of its parents is excluded, a merge right after the pin together with everything
 * its other parents bring (a side branch merged right after the release vanishes). Repaired here:
 * - a missing parent of a grafted merge on the branch's first-parent line is above the pin (git
 *   never records a merge with a parent that is an ancestor of another, and the line starts at the
 *   pin): its history down to the pin is fetched, which may expose further cut merges: again;
 * - any other missing parent is below the pin (a forked branch's base): fetched alone, depth 1;
 * - a graft whose parents are all present is removed, so walks and diffs see true history.
 * Nothing below the pin is fetched but those single parents.
 */
export async function repairShallow(
  git: Git,
  dir: string,
  fetchers: ParentFetchers,
  leaves: Set<string>,
  tipRef: string
): Promise<void> {
  const file = join(dir, 'shallow')
  // Each round fetches the history of the cut merges the previous one exposed; real histories
  // need one or two.
  for (let round = 0; round < 20; round++) {
    // The pin and parents fetched with depth 1 stay cut: their history is not needed.
    const grafted = readShallow(file).filter(s => !leaves.has(s))
    if (grafted.length === 0) break
    const parents = await recordedParents(git, grafted)
    const all = [...new Set([...parents.values()].flat())]
    const have = await present(git, all)
    const line = new Set((await git.text(['rev-list', '--first-parent', tipRef])).split('\n').filter(Boolean))
    const above = new Set<string>()
    const below = new Set<string>()
    for (const [sha, ps] of parents) {
      const merge = ps.length > 1 && line.has(sha)
      for (const p of ps) if (!have.has(p)) (merge ? above : below).add(p)
    }
    if (above.size) await fetchers.aboveThePin([...above])
    if (below.size) await fetchers.belowThePin([...below])
    for (const p of below) leaves.add(p)
    const now = await present(git, all)
    // Fetched parents come with their own grafts (git adds them to the file): those stay.
    const remaining = readShallow(file).filter(
      sha => leaves.has(sha) || !parents.has(sha) || !parents.get(sha)!.every(p => now.has(p))
    )
    if (remaining.length) writeFileSync(file, remaining.join('\n') + '\n')
    else unlinkSync(file)
    if (above.size === 0) break
  }
}
