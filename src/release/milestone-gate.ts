import type { Config } from '../config/types.js'

/**
 * The release sub-action may be triggered by `on: milestone: types: [closed]`. Only the closing of
 * the release milestone (`calendar.milestones.release`, the track's or the top-level one) releases;
 * closing Feature Freeze or any other milestone does nothing. Other events (workflow_dispatch, a
 * manual run) always release.
 */
export interface GateDecision {
  release: boolean
  reason: string
}

export function releaseMilestoneGate(
  event: { name?: string; payload?: { action?: string; milestone?: { title?: string } } },
  config: Config | undefined,
  trackNames?: readonly string[]
): GateDecision {
  if (event.name !== 'milestone') return { release: true, reason: `triggered by ${event.name ?? 'hand'}` }
  const closed = event.payload?.milestone?.title
  if (event.payload?.action !== 'closed') {
    return {
      release: false,
      reason: `milestone '${closed ?? '?'}' was ${event.payload?.action ?? 'changed'}, not closed`
    }
  }
  const tracks = config?.tracks.filter(t => !trackNames?.length || trackNames.includes(t.name)) ?? []
  const titles = new Set(
    [config?.calendar?.milestones?.release, ...tracks.map(t => t.calendar?.milestones?.release)].filter(
      (t): t is string => Boolean(t)
    )
  )
  if (titles.size === 0) {
    return {
      release: false,
      reason:
        `milestone '${closed ?? '?'}' closed, but no release milestone is configured: set calendar.milestones.release ` +
        'in the configuration to release when it closes'
    }
  }
  if (closed && titles.has(closed)) return { release: true, reason: `release milestone '${closed}' closed` }
  return {
    release: false,
    reason: `milestone '${closed ?? '?'}' is not the release milestone (${[...titles].join(', ')})`
  }
}
