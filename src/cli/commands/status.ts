import { parseNow } from '../../calendar/day.js'
import { selectTracks } from '../../calendar/select.js'
import { describeTrackCalendar, trackCalendar } from '../../calendar/track-calendar.js'
import { milestoneLookupFromEnv } from '../../github/milestone-env.js'
import { commonOptions, loadCommandConfig, type Command } from '../command.js'

/** `stable-sync status`: each track's freeze-calendar mode today (or at --now) and when it changes next. */
export const statusCommand: Command = {
  name: 'status',
  summary: "Show each track's calendar mode (track, fixes, frozen) and the next date that changes it.",
  usage: '[--repo DIR] [--config FILE] [--track NAME] [--now YYYY-MM-DD] [--json]',
  options: {
    ...commonOptions,
    now: { type: 'string', description: 'The day to show the calendar for (YYYY-MM-DD)', default: 'today' }
  },
  async run(ctx) {
    const now = parseNow(ctx.values.now as string | undefined)
    const { config } = await loadCommandConfig(ctx)
    const tracks = selectTracks(config, ctx.values.track as string[] | undefined)
    // Milestone dates need GitHub (GITHUB_TOKEN + GITHUB_REPOSITORY); fixed dates need nothing.
    const milestones = milestoneLookupFromEnv(ctx.env, ctx.log)
    const calendars = await Promise.all(tracks.map(t => trackCalendar(config, t, now, milestones)))
    if (ctx.values.json) {
      ctx.out(JSON.stringify({ now: now.toISOString().slice(0, 10), tracks: calendars }, null, 2))
    } else {
      for (const c of calendars) ctx.out(describeTrackCalendar(c))
    }
    return 0
  }
}
