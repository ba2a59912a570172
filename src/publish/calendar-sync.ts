import { runWithCalendar, type CalendarTrackResult } from '../calendar/policy.js'
import type { MilestoneLookup } from '../calendar/resolve.js'
import { trackCalendar } from '../calendar/track-calendar.js'
import type { Config } from '../config/types.js'
import { applyTrack } from '../engine/apply.js'
import { planTrack } from '../engine/plan.js'
import { publishTrack, type PublishOptions, type PublishResult } from './sync-track.js'
import { pendingFixes, type FreezeExceptionStatus } from './tracking-issue-body.js'
import {
  freezeExceptionRequest,
  syncTrackingIssue,
  type TrackingIssueApi,
  type TrackingIssueResult
} from './tracking-issue.js'

export interface CalendarSyncOptions extends Omit<PublishOptions, 'apply'> {
  config: Config
  /** Upstream clones (the engine's cache directory). */
  cacheDir: string
  /** The engine's environment (DEBFULLNAME/DEBEMAIL sign the changelog entry). */
  env: Record<string, string | undefined>
  /** Resolves calendar milestones named by title; absent when the calendar has only dates. */
  milestones?: MilestoneLookup
  issues: TrackingIssueApi
}

export interface CalendarSyncResult {
  row: PublishResult
  /** The engine's result, when it ran (not when the track was paused or the run failed before). */
  result?: CalendarTrackResult
  /** Frozen mode: what happened to the track's tracking issue. */
  issue?: TrackingIssueResult
}

/**
 * One track of a sync run, as the action runs it: the engine under the freeze calendar in a worktree
 * of the base branch, published as the track's one rolling pull request (track and fixes mode, or a
 * freeze exception a maintainer asked for); in frozen mode the pending fixes go to the track's
 * tracking issue instead.
 */
export async function syncTrackOnCalendar(o: CalendarSyncOptions): Promise<CalendarSyncResult> {
  const { config, cacheDir, env, milestones, issues, ...publish } = o
  const now = o.now ?? new Date()
  let result: CalendarTrackResult | undefined
  const row = await publishTrack({
    ...publish,
    now,
    apply: async (dir, declined) => {
      // Fixes declined in review on the bot branch are left out like those in the base's config.
      const track = declined.length
        ? {
            ...o.track,
            exclude: { ...o.track.exclude, commits: [...(o.track.exclude.commits ?? []), ...declined] }
          }
        : o.track
      const calendar = await trackCalendar(config, track, now, milestones)
      // After Beta Freeze, fixes a maintainer ticked on the tracking issue (freeze-exception label) get a PR.
      const freezeException =
        calendar.mode === 'frozen' ? await freezeExceptionRequest(issues, o.track.name) : []
      result = await runWithCalendar(
        'apply',
        { repoDir: dir, config, cacheDir, log: o.log, now, env },
        track,
        calendar,
        { planTrack, applyTrack },
        { freezeException }
      )
      return result
    }
  })
  if (result?.calendar.mode !== 'frozen') return { row, result }
  const issue = await syncTrackingIssue(
    issues,
    {
      track: o.track.name,
      branch: o.track.upstream.branch,
      range: { from: result.pin.tag, to: result.tip.sha },
      reason: result.calendar.reason,
      ...freezeExceptionStatus(result),
      fixes: pendingFixes(result.pending?.patches ?? [], o.track.upstream.commitUrl),
      dryRun: o.dryRun
    },
    o.log
  )
  if (issue.number) row.reason += `; tracking issue #${issue.number} ${issue.operation}`
  return { row, result, issue }
}

/** What the tracking issue says about a requested freeze exception (selection.ts resolved it). */
function freezeExceptionStatus(r: CalendarTrackResult): { freezeException?: FreezeExceptionStatus } {
  if (!r.selection) return {}
  const unresolved = r.selection.unresolved.map(u => u.text).join('; ')
  return { freezeException: { added: r.selection.added, ...(unresolved ? { unresolved } : {}) } }
}
