/**
 * The validated configuration (.github/stable-sync.yml), as the rest of stable-sync sees it:
 * defaults filled in, paths relative to the packaging repo root. The YAML contract and the JSON
 * Schema (schema/stable-sync.schema.json, kebab-case keys) describe the file; this is the in-memory
 * shape (camelCase). docs/configuration.md documents every key.
 */
import type { VendorSetting } from '../debian/vendor.js'
import type { BugTracker } from '../series/bug-refs.js'

export interface UpstreamConfig {
  /** Any git URL, file:// URL or local path (relative paths are resolved against the repo root). */
  url: string
  /** The stable branch followed, e.g. `stable-8.2` or `linux-6.1.y`. */
  branch: string
  /** Maps the pinned upstream version to a tag; contains `{version}`, e.g. `v{version}`. */
  tag: string
  /**
   * When the tag came from debian/gbp.conf's upstream-tag: gbp's own format (`v%(version%~%-)s`),
   * which makes the pinned tag exactly as gbp does (`tag` is then its plain `{version}` reading).
   */
  tagFormat?: string
  /** Web URL of one commit for DEP-3 `Origin:`, with `{sha}`; absent → `commit:<sha>`. */
  commitUrl?: string
}

export interface ExcludeConfig {
  /** Globs (`*`, `**`, `?`; a trailing `/` means the whole directory) of paths never taken. */
  paths: string[]
  /** Regular expressions (case-insensitive) matched against commit subjects. */
  subjects: string[]
  /** Single upstream commits a maintainer declined (full sha + why); skipped as `declined`. */
  commits?: DeclinedCommit[]
}

/** One `exclude.commits` entry: a fix a maintainer decided the package does not take. */
export interface DeclinedCommit {
  /** Full 40-hex upstream sha. */
  sha: string
  reason: string
  /** The commit's subject when the decline was recorded (for a human reading the file). */
  subject?: string
  /** Who declined it, e.g. `@login` or `a maintainer via PR #12`. */
  by?: string
}

export interface Identity {
  name: string
  email: string
}

/** Freeze calendar dates, YYYY-MM-DD (see issue: freeze calendar). */
export interface CalendarConfig {
  featureFreeze?: string
  betaFreeze?: string
  release?: string
  /** Read dates from GitHub milestones with these titles instead of fixed dates. */
  milestones?: { featureFreeze?: string; betaFreeze?: string; release?: string }
}

export interface TrackConfig {
  /** Unique; names the PR branch `stable-sync/<name>`. */
  name: string
  upstream: UpstreamConfig
  /** Directory holding debian/, relative to the repo root ('.' by default). */
  package: string
  /** 'changelog' (upstream part of debian/changelog's top version) or an explicit upstream version. */
  pin: string
  /** Only commits touching these globs are taken (empty: all paths). */
  paths: string[]
  exclude: ExcludeConfig
  /** Where new patches go, relative to the package directory (default debian/patches/stable). */
  patchDir: string
  /** The upstream's issue trackers: which DEP-3 field a bug URL in a commit message goes into. */
  bugs?: BugTracker[]
  /** New patches in gbp pq's form, DEP-3's, or auto (gbp when the package has debian/gbp.conf). */
  patchFormat?: 'auto' | 'gbp' | 'dep3'
  /** Files whose only change marks a version bump (default VERSION, Changelog, Makefile's version lines are not guessed). */
  versionFiles: string[]
  /**
   * This track's own calendar as written; each event it sets replaces that event of the top-level
   * calendar (effectiveCalendar in config/normalize.ts computes the result).
   */
  calendar?: CalendarConfig
  /**
   * Never read from the file: a freeze exception's selection (full shas). Only these commits are
   * taken, plus the earlier ones they need to apply (src/engine/selection.ts); the rest is skipped.
   */
  selection?: string[]
}

export interface Config {
  /** The file this came from (for messages). */
  file: string
  tracks: TrackConfig[]
  /** Changelog / commit identity; falls back to DEBFULLNAME + DEBEMAIL. */
  maintainer?: Identity
  /** Distribution written into new changelog entries (default UNRELEASED). */
  distribution: string
  /** Whose package: version suffixes and tag prefixes (default auto: guessed from debian/changelog). */
  vendor?: VendorSetting
  calendar?: CalendarConfig
  /** Package build matrix for the reusable workflow. */
  build?: { releases: string[]; arches: string[] }
  /** Where `stable-sync upload` (and the release action's upload) sends the source upload. */
  upload?: { target: string; dputConfig?: string }
}
