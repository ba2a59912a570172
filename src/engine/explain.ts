import { isLeftOutReason } from '../classify/declined.js'
import { ShaSet } from '../classify/refs.js'
import type { Prepared } from './prepare.js'

/**
 * Which differences between (pin + series) and the tip are expected. The reconstruction guarantee:
 * every file is identical to the tip except files changed only by commits reported as skipped (or
 * as problems), files left out by a path reduction, files a commit left out by sha changes, and files
 * the package's own patches change.
 */
export function explainer(p: Prepared): { explained(path: string): boolean; strict(path: string): boolean } {
  const byShaFiles = new Map(p.analysis.commits.map(c => [c.sha, c.files.map(f => f.path)]))
  const taken = new Set(p.analysis.steps.flatMap(s => s.kept))
  const carried = new Set(
    p.analysis.skipped.filter(s => s.reason === 'already-carried').flatMap(s => byShaFiles.get(s.sha) ?? [])
  )
  // A commit left out by sha (declined, or not in a freeze exception's selection) leaves its files
  // different from the tip by design; the series' patches to them are still checked at fuzz 0.
  const leftOut = new Set(
    p.analysis.skipped.filter(s => isLeftOutReason(s.reason)).flatMap(s => byShaFiles.get(s.sha) ?? [])
  )
  const inRange = new ShaSet<boolean>()
  for (const c of p.analysis.commits) inRange.add(c.sha, true)
  const ownOnly = new Set(
    p.existing.patches.filter(e => !e.refs.some(r => inRange.get(r))).flatMap(e => e.files)
  )
  return {
    explained: f => ownOnly.has(f) || leftOut.has(f) || (!taken.has(f) && !carried.has(f)),
    strict: f => taken.has(f)
  }
}
