import type { Decision } from '../../classify/rules.js'
import type { CommitInfo, Step } from '../../walk/types.js'

/** One step of the walk and what the phases have decided about it so far. */
export interface StepState {
  step: Step
  decision: Decision
  /** Residuals: the merge's own change (diff from the merged commits' result to the merge). */
  residualDiff?: Buffer
  folded?: CommitInfo[]
  carriedSeparately?: CommitInfo[]
  /** A fix refreshed onto the package's own patch (three-way, see verify/refresh.ts): its new diff. */
  refreshed?: Refreshed
}

/** A fix refreshed onto the package's own patch `onto`: the diff the series carries instead of upstream's. */
export interface Refreshed {
  diff: Buffer
  onto?: string
}

/** Every step starts as taken; the phases narrow that down. */
export function initialStates(steps: Step[]): StepState[] {
  return steps.map(step => ({ step, decision: { action: 'take', kept: [], dropped: [] } }))
}

/** The commit steps by sha (residuals are not commits of their own). */
export function statesByCommit(states: StepState[]): Map<string, StepState> {
  const byCommit = new Map<string, StepState>()
  for (const s of states) if (s.step.kind === 'commit') byCommit.set(s.step.commit.sha, s)
  return byCommit
}

/** A commit step the series still takes. */
export function isTakenCommit(s: StepState): boolean {
  return s.step.kind === 'commit' && s.decision.action === 'take'
}
