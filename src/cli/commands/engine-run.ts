import { parseNow } from '../../calendar/day.js'
import { describeCalendarResult, runWithCalendar, type CalendarTrackResult } from '../../calendar/policy.js'
import { selectTracks } from '../../calendar/select.js'
import { trackCalendar } from '../../calendar/track-calendar.js'
import { milestoneLookupFromEnv } from '../../github/milestone-env.js'
import type { TrackConfig } from '../../config/types.js'
import { applyTrack } from '../../engine/apply.js'
import { planTrack } from '../../engine/plan.js'
import { exitCodeFor } from '../../engine/result.js'
import type { EngineOptions, TrackResult } from '../../engine/types.js'
import { verifyTrack } from '../../engine/verify.js'
import {
  cacheDirOf,
  commonOptions,
  loadCommandConfig,
  type CliOptions,
  type CommandContext
} from '../command.js'

export const engineOptions = {
  ...commonOptions,
  now: {
    type: 'string',
    description: "The day to act as of (YYYY-MM-DD): the calendar's mode and the changelog date",
    default: 'today'
  },
  'cache-dir': {
    type: 'string',
    description: 'Where upstream clones are cached',
    default: '$XDG_CACHE_HOME/stable-sync, else ~/.cache/stable-sync'
  }
} as const satisfies CliOptions

export type EngineCommand = 'plan' | 'apply' | 'verify'

/** Human-readable lines for one track's result. */
export function describeResult(r: TrackResult, action: EngineCommand): string[] {
  const out = [
    `${r.name}: ${r.pin.tag} (${r.pin.sha.slice(0, 12)}) .. ${r.tip.ref} (${r.tip.sha.slice(0, 12)})`
  ]
  const verb =
    action === 'apply'
      ? r.changed
        ? 'written'
        : 'to write (nothing written)'
      : action === 'verify'
        ? 'not in the series yet'
        : 'proposed'
  out.push(`  ${r.patches.length} patch(es) ${verb}`)
  for (const p of r.patches)
    out.push(
      `    ${p.file}  ${p.upstream.map(s => s.slice(0, 12)).join(' ')}  ${p.subject}` +
        (p.refreshed ? `  [refreshed onto ${p.refreshed.onto ?? 'the series'}: review it]` : '')
    )
  if (r.skipped.length) out.push(`  ${r.skipped.length} skipped:`)
  for (const s of r.skipped) out.push(`    ${s.sha.slice(0, 12)} ${s.reason}: ${s.subject} — ${s.text}`)
  if (r.problems.length) out.push(`  ${r.problems.length} problem(s) for a human:`)
  for (const p of r.problems) out.push(`    ${p.sha.slice(0, 12)} ${p.kind}: ${p.text}`)
  if (r.changelog)
    out.push(
      `  changelog ${r.changelog.version}:`,
      ...r.changelog.lines.flatMap(l => l.split('\n')).map(l => `    ${l}`)
    )
  out.push(`  verification: ${r.verification.status}: ${r.verification.text}`)
  for (const d of r.verification.differences ?? []) out.push(`    differs: ${d}`)
  return out
}

/** Shared body of plan/apply/verify: config, tracks, calendar, engine, output, exit code. */
export async function runEngineCommand(action: EngineCommand, ctx: CommandContext): Promise<number> {
  const now = parseNow(ctx.values.now as string | undefined)
  const { repoDir, config } = await loadCommandConfig(ctx)
  const tracks = selectTracks(config, ctx.values.track as string[] | undefined)
  const cacheDir = cacheDirOf(ctx)
  const opts: EngineOptions = { repoDir, config, cacheDir, log: ctx.log, now, env: ctx.env }
  // Milestone dates need GitHub (GITHUB_TOKEN + GITHUB_REPOSITORY); fixed dates need nothing. Without
  // access, only a milestone that today's mode depends on stops plan/apply (need: 'mode').
  const milestones = milestoneLookupFromEnv(ctx.env, ctx.log)
  const results: TrackResult[] = []
  for (const track of tracks as TrackConfig[]) {
    let r: TrackResult
    if (action === 'verify') r = await verifyTrack(opts, track)
    else {
      const calendar = await trackCalendar(config, track, now, milestones, { need: 'mode' })
      for (const a of calendar.assumed ?? []) ctx.log.warning(`${track.name}: ${a}`)
      r = await runWithCalendar(action, opts, track, calendar, { planTrack, applyTrack })
    }
    results.push(r)
    if (!ctx.values.json) {
      // The calendar's word first (frozen: pending fixes; track: a move to a newer release).
      if ('calendar' in r) ctx.out(describeCalendarResult(r as CalendarTrackResult).join('\n'))
      ctx.out(describeResult(r, action).join('\n'))
    }
  }
  if (ctx.values.json) ctx.out(JSON.stringify({ tracks: results }, null, 2))
  return exitCodeFor(results)
}
