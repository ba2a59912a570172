/** One file a commit changes, from `git log --raw` (compared with the commit's first parent). */
export interface FileChange {
  path: string
  /** A added, D deleted, M modified, T type changed. Renames are off (`--no-renames`): quilt needs plain diffs. */
  status: string
  oldMode: string
  newMode: string
  oldBlob: string
  newBlob: string
}

/** One upstream commit in pin..tip with what it touches. Text fields are decoded (non-UTF-8 → Latin-1). */
export interface CommitInfo {
  sha: string
  parents: string[]
  tree: string
  authorName: string
  authorEmail: string
  /** RFC 2822 author date, as git prints it (`%aD`). */
  date: string
  /** The whole message (`%B`). */
  message: string
  subject: string
  files: FileChange[]
}

/**
 * The walk's unit: one change that takes the series one step along the stable branch.
 *  - 'commit': a first-parent commit, or a commit brought in by a merge (`merge` is then set);
 *  - 'residual': the part of a first-parent merge's change that its merged commits do not carry.
 */
export interface Step {
  kind: 'commit' | 'residual'
  commit: CommitInfo
  /** For commits brought in by a merge, and for residuals: the first-parent merge. */
  merge?: CommitInfo
}

/** A first-parent merge and the commits it brings in (topological order, oldest first). */
export interface MergeGroup {
  merge: CommitInfo
  merged: CommitInfo[]
}
