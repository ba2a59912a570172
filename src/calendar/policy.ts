import type { TrackConfig } from '../config/types.js'
import type { EngineOptions, PlannedPatch, TrackResult } from '../engine/types.js'
import type { Day } from './day.js'
import type { ModeAt, TrackMode } from './mode.js'
import type { TrackCalendar } from './track-calendar.js'
import { engineTrackMover } from './track-move-engine.js'
import { describeSelection, pendingSelection, selectionMatches, selectionTrack } from './freeze-exception.js'
import type { TrackMove, TrackMover } from './track-mode.js'

/**
 * How `plan` and `apply` obey the freeze calendar. The engine stays calendar-free; its commands (and
 * the sync action) call `runWithCalendar` with the track's `TrackCalendar` and the engine functions:
 * - fixes:  the engine's plan/apply unchanged;
 * - frozen: the engine's read-only plan; its patches move to `pending` ("pending (stable release
 *           update)"), `patches` is empty and apply writes nothing;
 * - track:  a move to the newest stable release (`move`) when there is one, else like fixes.
 */
export const PENDING_STATUS = 'pending (stable release update)'

export interface CalendarTrackResult extends TrackResult {
  calendar: { mode: TrackMode; day: Day; reason: string; next?: ModeAt['next']; assumed?: string[] }
  /** Frozen mode: the fixes the engine would propose, held for a stable release update. */
  pending?: { status: typeof PENDING_STATUS; patches: PlannedPatch[] }
  /** Track mode: the proposed (plan) or written (apply) move to a newer stable release. */
  move?: TrackMove
  /** Frozen mode with a freeze exception: the selected fixes `patches` carries (upstream shas). */
  freezeException?: { shas: string[] }
}

export interface CalendarRunOptions {
  /** Track mode's mover (default: the engine's upstream cache and pin). */
  mover?: TrackMover
  /**
   * Frozen mode: upstream shas a maintainer selected for a freeze exception (tracking issue). Those
   * fixes, and only those, are planned/applied; everything else stays pending.
   */
  freezeException?: readonly string[]
}

export interface EngineFns {
  planTrack(opts: EngineOptions, track: TrackConfig): Promise<TrackResult>
  applyTrack(opts: EngineOptions, track: TrackConfig): Promise<TrackResult>
}

export type { TrackMover }

export type EngineAction = 'plan' | 'apply'

function calendarPart(c: TrackCalendar): CalendarTrackResult['calendar'] {
  return {
    mode: c.mode,
    day: c.day,
    reason: c.reason,
    ...(c.next ? { next: c.next } : {}),
    ...(c.assumed?.length ? { assumed: c.assumed } : {})
  }
}

export async function runWithCalendar(
  action: EngineAction,
  opts: EngineOptions,
  track: TrackConfig,
  calendar: TrackCalendar,
  engine: EngineFns,
  options: CalendarRunOptions = {}
): Promise<CalendarTrackResult> {
  const cal = calendarPart(calendar)
  const mover = options.mover ?? engineTrackMover
  if (calendar.mode === 'frozen') {
    // Never apply after beta freeze: the read-only plan tells what is pending upstream.
    const r = await engine.planTrack(opts, track)
    opts.log.info(`${track.name}: frozen (${calendar.reason}): ${r.patches.length} fix(es) ${PENDING_STATUS}`)
    const frozen: CalendarTrackResult = {
      ...r,
      patches: [],
      changelog: undefined,
      ...(action === 'apply' ? { changed: false } : {}),
      pending: { status: PENDING_STATUS, patches: r.patches },
      calendar: cal
    }
    const wanted = pendingSelection(r.patches, new Set(options.freezeException ?? []))
    if (wanted.length === 0) return frozen
    return freezeException(action, opts, track, engine, frozen, wanted)
  }
  if (calendar.mode === 'track') {
    const proposal = await mover.propose(opts, track)
    if (proposal?.move) {
      const { move, base } = proposal
      const result: CalendarTrackResult = {
        ...base,
        patches: [],
        skipped: [],
        problems: move.problems,
        verification: move.verification,
        changelog: { version: move.version, lines: move.changelog },
        move,
        calendar: cal
      }
      // A move whose kept series does not apply is reported, never written (exit 1 via the problems).
      if (action === 'plan' || move.verification.status !== 'ok') {
        return action === 'plan' ? result : { ...result, changed: false }
      }
      const written = await mover.write(opts, track, move)
      return { ...result, changelog: written, changed: true }
    }
    opts.log.info(`${track.name}: track mode, and the pin is the newest stable release: proposing fixes`)
  }
  const r = action === 'plan' ? await engine.planTrack(opts, track) : await engine.applyTrack(opts, track)
  return { ...r, calendar: cal }
}

/**
 * Plan, check, then (apply) write exactly the selected pending fixes and the earlier commits they need
 * by content; a selection that cannot be completed is a problem, and nothing is written.
 */
async function freezeException(
  action: EngineAction,
  opts: EngineOptions,
  track: TrackConfig,
  engine: EngineFns,
  frozen: CalendarTrackResult,
  wanted: string[]
): Promise<CalendarTrackResult> {
  const selected = selectionTrack(track, wanted)
  const planned = await engine.planTrack(opts, selected)
  const report = planned.selection ?? { selected: wanted, added: [], unresolved: [] }
  if (!selectionMatches(planned.patches, report)) {
    const got = planned.patches.flatMap(p => p.upstream)
    const why = report.unresolved.length
      ? report.unresolved.map(u => u.text).join('; ')
      : `the engine would take ${got.map(s => s.slice(0, 12)).join(', ') || 'none'}`
    return {
      ...frozen,
      selection: report,
      problems: [
        ...frozen.problems,
        {
          sha: report.unresolved[0]?.sha ?? wanted[0],
          kind: 'does-not-apply',
          text:
            `freeze exception: the selected fixes (${wanted.map(s => s.slice(0, 12)).join(', ')}) cannot be taken ` +
            `with what they need by content: ${why}. Backport by hand, or select other fixes`
        }
      ]
    }
  }
  for (const line of describeSelection(report)) opts.log.info(`${track.name}: freeze exception adds ${line}`)
  opts.log.info(`${track.name}: freeze exception for ${wanted.length} fix(es)`)
  const r = action === 'plan' ? planned : await engine.applyTrack(opts, selected)
  return { ...r, pending: frozen.pending, calendar: frozen.calendar, freezeException: { shas: wanted } }
}

/** Lines for a human reading `plan`: the mode, then what it means for this track. */
export function describeCalendarResult(r: CalendarTrackResult): string[] {
  const lines = [`${r.name}: ${r.calendar.mode} mode (${r.calendar.reason})`]
  if (r.pending) {
    for (const p of r.pending.patches) lines.push(`  ${PENDING_STATUS}: ${p.upstream[0] ?? ''} ${p.subject}`)
    if (!r.pending.patches.length) lines.push('  nothing pending upstream')
  }
  if (r.freezeException) lines.push(`  freeze exception: ${r.freezeException.shas.length} selected fix(es)`)
  for (const line of r.selection ? describeSelection(r.selection) : []) lines.push(`  added: ${line}`)
  if (r.move) {
    const m = r.move
    lines.push(`  move ${m.from.tag} → ${m.to.tag}: new version ${m.version}`)
    for (const d of m.dropped) lines.push(`  drop ${d.file} (${d.how}${d.upstream ? ` ${d.upstream}` : ''})`)
    for (const k of m.kept) lines.push(`  keep ${k}`)
    lines.push(`  verification: ${m.verification.status}: ${m.verification.text}`)
  }
  return lines
}
