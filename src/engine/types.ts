import type { Config } from '../config/types.js'
import type { Logger } from '../log.js'
import type { BugRefs } from '../series/bug-refs.js'

/**
 * The engine's contract: what `plan`, `apply` and `verify` return per track, and what `--json`
 * prints (an object `{ tracks: TrackResult[] }`). Shas are always full 40-hex. Other tools (the sync
 * action, the workflow, the calendar) consume exactly this shape.
 */
export interface TrackResult {
  name: string
  pin: { version: string; tag: string; sha: string }
  tip: { ref: string; sha: string }
  /** Patches proposed (plan) or written (apply), in series order. */
  patches: PlannedPatch[]
  skipped: SkippedCommit[]
  problems: Problem[]
  verification: Verification
  /** The changelog entry text that apply writes (or would write). */
  changelog?: { version: string; lines: string[] }
  /** apply: true when files in debian/ were written. */
  changed?: boolean
  /** Only with a selection (freeze exception): what was selected, and what its fixes need. */
  selection?: SelectionReport
}

/**
 * How a selection was resolved by content: the selected fixes, the earlier commits they need to apply
 * (each with the fix that needs it and why), and what could not be resolved (then nothing is written).
 */
export interface SelectionReport {
  selected: string[]
  added: { sha: string; subject: string; neededBy: string; why: string }[]
  unresolved: { sha: string; text: string }[]
}

export interface PlannedPatch {
  /** Path relative to the package directory, e.g. debian/patches/stable/0001-fix-foo.patch */
  file: string
  /** Upstream commits whose change the patch carries (a residual merge patch names several). */
  upstream: string[]
  subject: string
  author: string
  /** 'commit' for one upstream commit, 'merge-residual' for the resolution part of a merge. */
  kind: 'commit' | 'merge-residual'
  /**
   * The upstream change did not apply at fuzz 0 after the package's own patch `onto` and was
   * refreshed onto it with a three-way merge: in the series, verified, but a person must review it.
   */
  refreshed?: { onto?: string }
  /** Bug, CVE, Fixes and stable-nomination references of the upstream commit (absent when none). */
  bugs?: BugRefs
}

/** Why a commit is not proposed. */
export type SkipReason =
  | 'version-bump'
  | 'merge'
  | 'outside-paths'
  | 'excluded-path'
  | 'excluded-subject'
  | 'already-carried'
  | 'reverted'
  | 'empty'
  /** exclude.commits names it (a maintainer declined this one fix). */
  | 'declined'
  /** A freeze exception that did not select it (nor does a selected fix need it). */
  | 'not-selected'
  /**
   * A binary or submodule change the series cannot carry but does not need: the tip has, for every
   * file it changes, what the series produces without it (the pinned tree already had it, or it is
   * undone later in the range).
   */
  | 'no-net-change'

export interface SkippedCommit {
  sha: string
  subject: string
  reason: SkipReason
  /** Human text: e.g. "already carried as debian/patches/foo.patch (patch-id)". */
  text: string
}

export type ProblemKind = 'binary' | 'submodule' | 'does-not-apply' | 'reduced' | 'refreshed'

export interface Problem {
  sha: string
  kind: ProblemKind
  text: string
}

export interface Verification {
  /** 'ok': the whole series applies at fuzz 0 and reproduces the tip (minus skipped files). */
  status: 'ok' | 'failed' | 'not-run'
  text: string
  /** Files where series-applied tree and tip differ, other than those explained by skips. */
  differences?: string[]
}

export interface EngineOptions {
  /** The packaging repository (its working tree). */
  repoDir: string
  config: Config
  /** Restrict to these track names (default: all). */
  tracks?: string[]
  /** Where upstream clones are cached (XDG cache locally, the tool cache in Actions). */
  cacheDir: string
  log: Logger
  /** "Today" for changelog dates and the calendar (tests travel in time). */
  now?: Date
  env?: Record<string, string | undefined>
}
