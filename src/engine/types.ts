import type { Config, TrackConfig } from '../config/types.js'
import type { Logger } from '../log.js'

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

export type ProblemKind = 'binary' | 'submodule' | 'does-not-apply' | 'reduced'

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

export type TrackSelector = (track: TrackConfig) => boolean
