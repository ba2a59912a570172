import type { CommitInfo, MergeGroup, Step } from './types.js'

export interface RangeShape {
  /** First-parent commits from the pin (exclusive) to the tip, oldest first. */
  chain: CommitInfo[]
  /** First-parent merges and the commits each one brings in. */
  merges: Map<string, MergeGroup>
  /** Every step of the walk in series order. */
  steps: Step[]
}

/**
 * Shape pin..tip for the walk: follow first parents from the tip (the stable branch itself), and give
 * each first-parent merge the commits it brings in — those reachable from its other parents and not
 * from an earlier point of the branch. `commits` must be parents-first (`git log --reverse --topo-order`).
 */
export function shapeRange(commits: CommitInfo[], tipSha: string): RangeShape {
  const bySha = new Map(commits.map(c => [c.sha, c]))
  const chainShas: string[] = []
  for (let sha: string | undefined = tipSha; sha && bySha.has(sha); sha = bySha.get(sha)?.parents[0]) {
    chainShas.push(sha)
  }
  chainShas.reverse()
  const onChain = new Set(chainShas)
  const assigned = new Set<string>()
  const merges = new Map<string, MergeGroup>()
  const order = new Map(commits.map((c, i) => [c.sha, i]))
  const steps: Step[] = []
  for (const sha of chainShas) {
    const commit = bySha.get(sha)!
    if (commit.parents.length < 2) {
      steps.push({ kind: 'commit', commit })
      continue
    }
    // Everything reachable from the merged parents that the branch did not have yet.
    const found = new Set<string>()
    const stack = commit.parents.slice(1)
    while (stack.length) {
      const s = stack.pop()!
      if (found.has(s) || onChain.has(s) || assigned.has(s) || !bySha.has(s)) continue
      found.add(s)
      stack.push(...bySha.get(s)!.parents)
    }
    const merged = [...found].sort((a, b) => order.get(a)! - order.get(b)!).map(s => bySha.get(s)!)
    for (const s of found) assigned.add(s)
    merges.set(sha, { merge: commit, merged })
    for (const m of merged) steps.push({ kind: 'commit', commit: m, merge: commit })
    steps.push({ kind: 'residual', commit, merge: commit })
  }
  return { chain: chainShas.map(s => bySha.get(s)!), merges, steps }
}
