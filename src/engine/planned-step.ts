import type { CommitInfo } from '../walk/types.js'
import type { Refreshed } from './phases/state.js'

/** One patch the series will get, in order. */
export interface PlannedStep {
  kind: 'commit' | 'merge-residual'
  /** The commit, or the merge for a residual. */
  commit: CommitInfo
  /** Every upstream commit whose change the patch carries (full shas). */
  upstream: string[]
  kept: string[]
  dropped: string[]
  /** Residuals: merged commits with their own patches, and those folded into the residual. */
  carriedSeparately?: CommitInfo[]
  folded?: CommitInfo[]
  /** Residuals carry their diff; commit diffs are read when patches are written. */
  diff?: Buffer
  /** A fix refreshed onto the package's own patch `onto` (three-way): its new diff (see verify/refresh.ts). */
  refreshed?: Refreshed
}
