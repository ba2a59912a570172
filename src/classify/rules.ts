import { globMatcher, type PathMatcher } from '../config/glob.js'
import type { TrackConfig } from '../config/types.js'
import type { ProblemKind, SkipReason } from '../engine/types.js'
import type { CommitInfo } from '../walk/types.js'
import { leftOutRule, type LeftOutRule } from './declined.js'

/** A track's filters, compiled once. */
export interface TrackRules {
  inPaths: PathMatcher
  excludedPath: PathMatcher
  versionFile: PathMatcher
  excludedSubject(subject: string): string | undefined
  /** Declined by sha (exclude.commits), or not in a freeze exception's selection. */
  leftOut: LeftOutRule
  hasPaths: boolean
}

export function compileRules(track: TrackConfig): TrackRules {
  const subjects = track.exclude.subjects.map(s => ({ source: s, re: new RegExp(s, 'i') }))
  return {
    inPaths: track.paths.length ? globMatcher(track.paths) : () => true,
    excludedPath: track.exclude.paths.length ? globMatcher(track.exclude.paths) : () => false,
    versionFile: track.versionFiles.length ? globMatcher(track.versionFiles) : () => false,
    excludedSubject: subject => subjects.find(s => s.re.test(subject))?.source,
    leftOut: leftOutRule(track),
    hasPaths: track.paths.length > 0
  }
}

/** What the walk decides about one commit (or merge residual). */
export interface Decision {
  /** 'folded': a merged commit whose change the merge's residual patch carries. */
  action: 'take' | 'skip' | 'problem' | 'folded'
  reason?: SkipReason
  kind?: ProblemKind
  text?: string
  /** Files the patch carries (the commit's files reduced to the track's paths). */
  kept: string[]
  /** Files of the commit left out by the reduction. */
  dropped: string[]
}

const skip = (reason: SkipReason, text: string, kept: string[] = [], dropped: string[] = []): Decision => ({
  action: 'skip',
  reason,
  text,
  kept,
  dropped
})

/** Which of `files` a track takes, and which it leaves out (outside `paths` or excluded). */
export function reduceFiles(
  files: string[],
  rules: TrackRules
): { kept: string[]; outside: string[]; excluded: string[] } {
  const outside = files.filter(f => !rules.inPaths(f))
  const inside = files.filter(f => rules.inPaths(f))
  const excluded = inside.filter(f => rules.excludedPath(f))
  const kept = inside.filter(f => !rules.excludedPath(f))
  return { kept, outside, excluded }
}

/**
 * Decide by what a commit touches and says, before any diff is read: empty, version bump (only version
 * files, whatever the subject), excluded subject, outside paths, excluded paths, left out by sha
 * (declined, or not selected), submodule.
 */
export function classifyByMetadata(commit: CommitInfo, rules: TrackRules): Decision {
  const files = commit.files.map(f => f.path)
  if (files.length === 0) return skip('empty', 'the commit changes no file')
  if (files.every(f => rules.versionFile(f))) {
    return skip('version-bump', `only touches version files (${files.join(', ')})`)
  }
  const subject = rules.excludedSubject(commit.subject)
  if (subject !== undefined) return skip('excluded-subject', `subject matches exclude.subjects /${subject}/`)
  const { kept, outside, excluded } = reduceFiles(files, rules)
  if (kept.length === 0 && excluded.length === 0)
    return skip('outside-paths', "touches no file under the track's paths")
  if (kept.length === 0) return skip('excluded-path', `only touches excluded paths (${excluded.join(', ')})`)
  const dropped = [...outside, ...excluded]
  // Left out by sha after the content rules: a fix outside the paths is reported as such, not as declined.
  const left = rules.leftOut(commit.sha)
  if (left) return skip(left.reason, left.text, kept, dropped)
  const gitlinks = commit.files.filter(
    f => kept.includes(f.path) && (f.oldMode === '160000' || f.newMode === '160000')
  )
  if (gitlinks.length) {
    return {
      action: 'problem',
      kind: 'submodule',
      text: `changes submodule ${gitlinks.map(g => g.path).join(', ')}: a quilt patch cannot carry a gitlink; update it by hand`,
      kept,
      dropped
    }
  }
  return { action: 'take', kept, dropped }
}

/**
 * When a reduction must be looked at by a human (the patch is still written, with a DEP-3 note):
 * the dropped part touches headers the kept code may depend on, or is larger than the kept part.
 */
export function reductionNeedsReview(kept: string[], dropped: string[]): string | undefined {
  if (dropped.length === 0) return undefined
  const headers = dropped.filter(f => /\.(h|hpp|hh)$/.test(f))
  if (headers.length)
    return `the dropped part changes headers (${headers.join(', ')}) the kept files may rely on`
  if (dropped.length > kept.length)
    return `more files are dropped (${dropped.length}) than kept (${kept.length})`
  return undefined
}
