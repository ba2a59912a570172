import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
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
  /**
   * Fetch one commit with its history down to the pin (`--shallow-exclude=<pin>`); false when the
   * remote refuses because the commit lies below the pin.
   */
  aboveThePin(sha: string): Promise<boolean>
  /** Fetch commits alone (`--depth=1`): their history is not wanted. */
  belowThePin(shas: string[]): Promise<void>
}

const readShallow = (file: string): string[] =>
  existsSync(file) ? readFileSync(file, 'latin1').split('\n').filter(Boolean) : []

/** Replace git's list of grafts at once (a reader never sees half of it). */
function writeShallow(file: string, shas: string[]): void {
  if (shas.length === 0) {
    if (existsSync(file)) unlinkSync(file)
    return
  }
  writeFileSync(`${file}.stable-sync-tmp`, shas.join('\n') + '\n')
  renameSync(`${file}.stable-sync-tmp`, file)
}

/** Rounds of fetching before giving up: each fetches the parents the previous one exposed. */
const MAX_ROUNDS = 100

/**
 * After `fetch --shallow-exclude=<pin>`, the commits just above the cut are grafted as parentless:
 * the pin's children, the roots of branches forked below the pin — and, because git cuts a merge as
 * a whole when one of its parents is excluded, a merge together with everything its other parents
 * bring (a side branch merged right after the release would vanish, its commits unnamed in the
 * merge's residual patch). Repaired here, round by round:
 * - a missing parent of a merge is asked for alone with `--shallow-exclude=<pin>`: above the pin,
 *   its history down to the pin comes (which may expose more cut merges: next round); below the
 *   pin, the remote refuses, and it is fetched alone (depth 1) and stays cut;
 * - a missing parent of any other commit is below the pin (only an excluded parent cuts it): alone;
 * - a graft whose parents are all present is removed, so walks and diffs see true history.
 * Nothing below the pin is fetched but those single parents.
 */
export async function repairShallow(
  git: Git,
  dir: string,
  fetchers: ParentFetchers,
  leaves: Set<string>
): Promise<void> {
  const file = join(dir, 'shallow')
  for (let round = 0; ; round++) {
    // The pin and parents fetched with depth 1 stay cut: their history is not needed.
    const grafted = readShallow(file).filter(s => !leaves.has(s))
    const parents = await recordedParents(git, grafted)
    const all = [...new Set([...parents.values()].flat())]
    const have = await present(git, all)
    const missing = all.filter(p => !have.has(p))
    if (missing.length) {
      if (round === MAX_ROUNDS)
        throw new Error(`the shallow history of ${dir} is still cut after ${MAX_ROUNDS} rounds of fetching`)
      const ofMerges = new Set([...parents.values()].filter(ps => ps.length > 1).flat())
      const below: string[] = []
      for (const p of missing) if (!ofMerges.has(p) || !(await fetchers.aboveThePin(p))) below.push(p)
      if (below.length) await fetchers.belowThePin(below)
      for (const p of below) leaves.add(p)
    }
    const now = await present(git, all)
    const lost = missing.filter(p => !now.has(p))
    if (lost.length)
      throw new Error(`the upstream did not send ${lost.join(', ')} (parents of grafted commits in ${dir})`)
    // Fetched parents come with their own grafts (git adds them to the file): those stay for now.
    writeShallow(
      file,
      readShallow(file).filter(
        sha => leaves.has(sha) || !parents.has(sha) || !parents.get(sha)!.every(p => now.has(p))
      )
    )
    if (missing.length === 0) return
  }
}
