import { readFileSync, writeFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { addDeclines, declinesIn } from '../config/declines-write.js'
import type { CalendarTrackResult } from '../calendar/policy.js'
import type { DeclinedCommit, Identity, TrackConfig } from '../config/types.js'
import type { TrackResult } from '../engine/types.js'
import { FindingError } from '../errors.js'
import type { Git } from '../git/gateway.js'
import type { Logger } from '../log.js'
import { closingComment, commitMessage, pausedComment, pullTitle, renderPullBody } from './body.js'
import {
  addWorktree,
  commitWorktree,
  deleteWithLease,
  fetchBranch,
  foreignCommits,
  type ForeignCommit,
  pushWithLease,
  remoteBranchSha,
  removeWorktree,
  treeOf
} from './branch.js'
import { keepDatesOfUnchangedFiles } from './dates.js'
import { reviewDecline, tickedLeaveOuts } from './declines.js'
import type { PullInfo, PullRequestHost } from './host.js'
import { PAUSED_MARKER, parseMarker, patchSetHash } from './marker.js'

/**
 * One track's rolling pull request, safe to run every hour:
 * - the engine runs in a clean worktree of the base; its output becomes base + ONE bot commit;
 * - same tree as the remote branch and same PR text → nothing is written (no push, no API write);
 * - new fixes → force-push with a lease and update the same PR; none left → comment, close, delete;
 * - commits on the branch that the bot did not make → never overwritten: one "paused" comment;
 * - a PR closed unmerged with the same patch set → stays closed.
 */
export type Operation = 'created' | 'updated' | 'closed' | 'unchanged' | 'none'

export interface PublishOptions {
  /** The packaging repository checkout (its `origin` is where the branch goes). */
  git: Git
  remote: string
  track: TrackConfig
  base: string
  branch: string
  bot: Identity
  host: PullRequestHost
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  draft: boolean
  dryRun: boolean
  log: Logger
  /** An empty directory for the temporary worktree. */
  worktreeDir: string
  /**
   * Runs the engine (apply) in the worktree and returns its result; `declines` are commits declined
   * in review on this branch (not yet in the base's configuration): the engine must leave them out.
   */
  apply(worktreeDir: string, declines: DeclinedCommit[]): Promise<TrackResult>
  /**
   * The configuration file, relative to the repository root: declines ticked in the PR are recorded
   * there on the bot branch. Without it, "leave out" boxes are not read.
   */
  configPath?: string
  now?: Date
}

export interface PublishResult {
  track: string
  operation: Operation
  /** Why, in a few words (for logs and the job summary). */
  reason: string
  branch: string
  headSha?: string
  pullRequest?: { number: number; url: string }
  patches: number
  pushed: boolean
  dryRun: boolean
  paused: boolean
}

export async function publishTrack(o: PublishOptions): Promise<PublishResult> {
  const { git, remote, branch, base, host, log } = o
  const out = (operation: Operation, reason: string, extra: Partial<PublishResult> = {}): PublishResult => {
    log.info(`${o.track.name}: ${operation}${o.dryRun ? ' (dry run)' : ''}: ${reason}`)
    return {
      track: o.track.name,
      operation,
      reason,
      branch,
      patches: 0,
      pushed: false,
      dryRun: o.dryRun,
      paused: false,
      ...extra
    }
  }

  const baseSha = await fetchBranch(git, remote, base, `refs/stable-sync/${o.track.name}/base`)
  // What the fetch brought is the truth the lease is taken against (ls-remote only says whether to fetch).
  const listed = await remoteBranchSha(git, remote, branch)
  const remoteSha = listed
    ? await fetchBranch(git, remote, branch, `refs/stable-sync/${o.track.name}/remote`)
    : undefined

  const worktree = await addWorktree(git, o.worktreeDir, baseSha)
  try {
    const open = await host.openPull(branch, base)
    const reviewed = await reviewDeclines(o, open, remoteSha, baseSha)
    const result = await o.apply(o.worktreeDir, reviewed)
    const declines = reviewed.map(d => ({
      ...d,
      subject: d.subject ?? result.skipped.find(k => k.sha === d.sha)?.subject
    }))
    if (declines.length) {
      // Recorded on the bot branch, reviewed and merged with the rest: never proposed again.
      const file = join(o.worktreeDir, o.configPath!)
      writeFileSync(file, addDeclines(readFileSync(file, 'utf8'), o.track.name, declines))
      log.info(`${o.track.name}: ${declines.length} fix(es) declined in review, recorded in ${o.configPath}`)
    }
    // apply reports whether it wrote anything (a calendar move writes a changelog without patches).
    const pending = (result.changed ?? result.patches.length > 0) || declines.length > 0
    const pr = open ? { number: open.number, url: open.url } : undefined
    const counts = { patches: result.patches.length, headSha: remoteSha, pullRequest: pr }

    const foreign = remoteSha ? await foreignCommits(git, remoteSha, baseSha, o.bot) : []
    if (foreign.length) {
      if (open && !o.dryRun) {
        // Only the bot's own notice counts (written by the PR's author, the bot): anyone may post the
        // marker on a public repository, and that must not silence the notice.
        const said = (await host.comments(open.number)).some(
          c => c.body.includes(PAUSED_MARKER) && c.author !== undefined && c.author === open.author
        )
        if (!said) {
          const removed = await removedBotPatches(git, foreign, o.track)
          await host.comment(open.number, pausedComment(branch, foreign, removed))
        }
      }
      return out(
        open ? 'unchanged' : 'none',
        `paused: ${branch} has ${foreign.length} commit(s) not made by stable-sync`,
        {
          ...counts,
          paused: true
        }
      )
    }

    const frozen = frozenReason(result)
    if (frozen) return out('none', frozen, counts)

    // apply refuses to write a series that does not verify: that is not "nothing pending" (closing
    // the PR would be wrong), it is a finding for a human. Nothing is pushed; the PR stays as it is.
    if (!pending && result.verification.status === 'failed') {
      throw new FindingError(
        `${o.track.name}: the series does not verify (${result.verification.text}); nothing was pushed` +
          `${open ? ` and #${open.number} is left as it is` : ''}. Run \`stable-sync verify --track ${o.track.name}\` to see why.`
      )
    }

    if (!pending) {
      if (!open) return out('none', 'no upstream fix pending', counts)
      if (!o.dryRun) {
        await host.comment(open.number, closingComment(result))
        await host.updatePull(open.number, { state: 'closed' })
        if (remoteSha) await deleteWithLease(git, remote, branch, remoteSha)
      }
      return out('closed', `no upstream fix pending; closed #${open.number}`, {
        ...counts,
        headSha: undefined
      })
    }

    const title = pullTitle(o.track, result, declines.length)
    const body = renderPullBody({ track: o.track, result, declines })
    // The bot commit, with the dates of files that did not really change taken from `against`.
    const build = async (against: string | undefined): Promise<{ commit: string; tree: string }> => {
      if (against) {
        const kept = await keepDatesOfUnchangedFiles(worktree, against, join(o.track.package, 'debian'))
        if (kept.length)
          log.debug(`${o.track.name}: only dates differ in ${kept.join(', ')}; keeping the branch's`)
      }
      return commitWorktree(worktree, baseSha, commitMessage(o.track, result), o.bot, o.now)
    }
    const { commit, tree } = await build(remoteSha)
    const sameTree = remoteSha !== undefined && (await treeOf(git, remoteSha)) === tree

    if (!open) {
      const hash = patchSetHash(result)
      const declined = (await host.closedPulls(branch, base)).find(
        p => !p.merged && parseMarker(p.body)?.patches === hash
      )
      if (declined) {
        return out('none', `the same fixes were declined in #${declined.number} (closed unmerged)`, {
          ...counts,
          pullRequest: { number: declined.number, url: declined.url }
        })
      }
    } else if (sameTree && open.body === body && open.title === title) {
      return out('unchanged', `#${open.number} is up to date`, counts)
    }

    const operation: Operation = open ? 'updated' : 'created'
    if (o.dryRun)
      return out(
        operation,
        `would push ${branch} and ${operation === 'created' ? 'open' : 'update'} a pull request`,
        counts
      )

    let headSha = remoteSha
    let pushed = false
    if (!sameTree) {
      try {
        await pushWithLease(git, remote, branch, commit, remoteSha)
        headSha = commit
        pushed = true
      } catch (e) {
        // The lease refused: someone pushed since we looked. If it is a concurrent run that pushed
        // exactly our tree, carry on (the PR step finds its PR); anything else is never overwritten.
        const listed = await remoteBranchSha(git, remote, branch)
        const now = listed
          ? await fetchBranch(git, remote, branch, `refs/stable-sync/${o.track.name}/remote`)
          : undefined
        const same =
          now !== undefined &&
          (await treeOf(git, now)) === (await build(now)).tree &&
          (await foreignCommits(git, now, baseSha, o.bot)).length === 0
        if (!same) {
          throw new Error(
            `${o.track.name}: ${branch} moved while this run worked, and the push was refused (--force-with-lease); ` +
              `nothing was overwritten and the next run continues from there. ${(e as Error).message}`
          )
        }
        log.info(`${o.track.name}: a concurrent run pushed the same tree to ${branch}`)
        headSha = now
      }
    }
    if (open) {
      if (open.body !== body || open.title !== title) await host.updatePull(open.number, { title, body })
      return out(
        'updated',
        `#${open.number}: ${sameTree ? 'description' : 'branch and description'} updated`,
        {
          ...counts,
          headSha,
          pushed
        }
      )
    }
    const { pull, created } = await host.createOrFindPull({ head: branch, base, title, body, draft: o.draft })
    // Decorations: a reviewer who is not a collaborator must not fail the run (the PR exists now and
    // the next run would not retry them anyway): warn instead.
    const decorate = async (what: string, fn: () => Promise<void>): Promise<void> => {
      try {
        await fn()
      } catch (e) {
        log.warning(`${o.track.name}: could not ${what} on #${pull.number}: ${(e as Error).message}`)
      }
    }
    if (o.labels.length) await decorate('add labels', () => host.addLabels(pull.number, o.labels))
    if (o.reviewers.length || o.teamReviewers.length) {
      await decorate('request reviewers', () =>
        host.requestReviewers(pull.number, o.reviewers, o.teamReviewers)
      )
    }
    return out(
      'created',
      created
        ? `opened #${pull.number}`
        : `found #${pull.number} already open (an earlier attempt or a concurrent run)`,
      {
        ...counts,
        headSha,
        pushed,
        pullRequest: { number: pull.number, url: pull.url }
      }
    )
  } finally {
    await removeWorktree(git, o.worktreeDir)
  }
}

/** After Beta Freeze the calendar holds every fix back (a tracking issue lists them): no PR activity. */
function frozenReason(result: TrackResult): string | undefined {
  const c = (result as Partial<CalendarTrackResult>).calendar
  // A freeze exception (fixes a maintainer ticked on the tracking issue) is written: it gets a PR.
  if (c?.mode !== 'frozen' || result.changed) return undefined
  const n = (result as Partial<CalendarTrackResult>).pending?.patches.length ?? 0
  return `frozen (${c.reason}): ${n} fix(es) held for a stable release update`
}

/**
 * Declines this branch carries that the base does not have yet: those the bot recorded on the branch
 * in earlier runs (its own commit, read from the remote branch's configuration file), and the
 * "leave out" boxes a maintainer ticked since, read from the PR body only when the PR is the bot's own
 * (anyone may open a PR with ticked boxes on a public repository; only a maintainer can edit the
 * bot's PR body).
 */
async function reviewDeclines(
  o: PublishOptions,
  open: PullInfo | undefined,
  remoteSha: string | undefined,
  baseSha: string
): Promise<DeclinedCommit[]> {
  if (!o.configPath) return []
  const read = async (rev: string): Promise<string> =>
    (await o.git.exec(['show', `${rev}:${o.configPath}`], { allowFailure: true })).stdout.toString()
  const baseText = await read(baseSha)
  if (!baseText) {
    o.log.warning(
      `${o.track.name}: ${o.configPath} is not in ${o.base}; 'leave out' boxes cannot be recorded`
    )
    return []
  }
  const known = new Set(declinesIn(baseText, o.track.name).map(d => d.sha))
  const out: DeclinedCommit[] = []
  const add = (d: DeclinedCommit): void => {
    if (known.has(d.sha)) return
    known.add(d.sha)
    out.push(d)
  }
  if (remoteSha) for (const d of declinesIn(await read(remoteSha), o.track.name)) add(d)
  const ticked = open ? tickedLeaveOuts(open.body) : []
  if (open && ticked.length) {
    if (o.host.isBot && (await o.host.isBot(open.author))) {
      for (const sha of ticked) add(reviewDecline(sha, open.number))
    } else {
      o.log.warning(
        `${o.track.name}: #${open.number} has ticked 'leave out' boxes, but it is not stable-sync's own pull request; ignored`
      )
    }
  }
  return out
}

/** Patch files (of the bot's commit) that the maintainers' commits on the branch delete. */
async function removedBotPatches(
  git: Git,
  foreign: readonly ForeignCommit[],
  track: TrackConfig
): Promise<string[]> {
  const dir = posix.join(track.package, track.patchDir)
  const out = new Set<string>()
  for (const c of foreign) {
    const r = await git.exec(
      ['diff-tree', '--no-commit-id', '-r', '-z', '--name-only', '--diff-filter=D', c.sha, '--', dir],
      { allowFailure: true }
    )
    for (const f of r.stdout.toString().split('\0')) if (f.endsWith('.patch')) out.add(f)
  }
  return [...out].sort()
}
