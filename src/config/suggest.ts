/**
 * Edit distance with adjacent transpositions (optimal string alignment): insertions, deletions,
 * substitutions and swapping two neighbours (`pni` → `pin`) each cost 1.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      }
    }
  }
  return d[a.length][b.length]
}

// `patchDir`, `patch_dir` and `Patch-Dir` all mean `patch-dir`: compare without case and separators.
const folded = (s: string): string => s.toLowerCase().replace(/[-_ ]/g, '')

/**
 * The candidate a mistyped word most likely meant, for "did you mean": same word up to case and
 * separators, or the closest one within a third of its length (at least 1, at most 3 edits).
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const exact = candidates.find(c => folded(c) === folded(word))
  if (exact) return exact
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)))
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of candidates) {
    const distance = editDistance(folded(word), folded(candidate))
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance }
  }
  return best?.candidate
}
