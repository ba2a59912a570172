import { reductionNeedsReview } from '../../classify/rules.js'
import { refreshedText } from '../../verify/refresh.js'
import { restrictDiff } from '../../walk/diff.js'
import type { CommitInfo } from '../../walk/types.js'
import type { PlannedStep } from '../planned-step.js'
import type { Problem, SkippedCommit } from '../types.js'
import type { StepState } from './state.js'

/** The decisions as the engine reports them: patches, skips and problems, in walk order. */
export function collectResults(
  states: StepState[],
  commits: CommitInfo[]
): { steps: PlannedStep[]; skipped: SkippedCommit[]; problems: Problem[] } {
  const steps: PlannedStep[] = []
  const skipped: SkippedCommit[] = []
  const problems: Problem[] = []
  for (const s of states) {
    const c = s.step.commit
    const d = s.decision
    if (d.action === 'take') {
      if (s.step.kind === 'residual') {
        steps.push({
          kind: 'merge-residual',
          commit: c,
          upstream: [c.sha, ...(s.folded ?? []).map(f => f.sha)],
          kept: d.kept,
          dropped: d.dropped,
          carriedSeparately: s.carriedSeparately,
          folded: s.folded,
          diff: restrictDiff(s.residualDiff!, new Set(d.kept))
        })
      } else {
        steps.push({
          kind: 'commit',
          commit: c,
          upstream: [c.sha],
          kept: d.kept,
          dropped: d.dropped,
          ...(s.refreshed ? { refreshed: s.refreshed } : {})
        })
        if (s.refreshed)
          problems.push({ sha: c.sha, kind: 'refreshed', text: refreshedText(s.refreshed.onto) })
      }
      const review = reductionNeedsReview(d.kept, d.dropped)
      if (review)
        problems.push({
          sha: c.sha,
          kind: 'reduced',
          text: `reduced to the track's paths, and ${review}; check the patch`
        })
    } else if (d.action === 'skip') {
      skipped.push({ sha: c.sha, subject: c.subject, reason: d.reason!, text: d.text ?? '' })
    } else if (d.action === 'problem') {
      problems.push({ sha: c.sha, kind: d.kind!, text: d.text ?? '' })
    }
  }
  return { steps, skipped, problems: sortProblems(problems, commits) }
}

function sortProblems(problems: Problem[], commits: CommitInfo[]): Problem[] {
  const order = new Map(commits.map((c, i) => [c.sha, i]))
  return problems.sort((a, b) => (order.get(a.sha) ?? 0) - (order.get(b.sha) ?? 0))
}
