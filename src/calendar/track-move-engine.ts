import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TrackConfig } from '../config/types.js'
import { readTopEntry } from '../debian/changelog.js'
import { compareVersions, vendorOf } from '../debian/version.js'
import { resolveVendor } from '../debian/vendor.js'
import type { EngineOptions, TrackResult } from '../engine/types.js'
import { InputError } from '../errors.js'
import type { Git } from '../git/gateway.js'
import { resolveSigner } from '../git/identity.js'
import { fetchPinned } from '../upstream/fetch-pinned.js'
import { withDirLock } from '../upstream/lock.js'
import { remoteTagCommits } from '../upstream/fetch.js'
import { moveChangelog } from './move-changelog.js'
import { isPreRelease, tagMatcher } from './stable-tags.js'
import { applyTrackMoveSeries, proposeTrackMove, type TrackMove, type TrackMover } from './track-mode.js'

/**
 * Track mode wired to the engine's upstream cache and pin: the engine fetches only the pin's tag, so
 * the release tags newer than the pin are listed remotely (with the commits they name). A release
 * the move can go to descends from the pin on the branch, so its commit is already in the cache:
 * the tag is written as a local ref to that commit, and nothing is fetched. (Fetching the tags would
 * bring the history of releases on other branches, below the pin: history no walk of this pin may
 * see.)
 */
async function fetchNewerReleaseTags(
  git: Git,
  url: string,
  template: string,
  pinVersion: string
): Promise<void> {
  const match = tagMatcher(template)
  const newer = [...(await remoteTagCommits(git, url))].filter(([t]) => {
    const v = match(t)
    if (!v || isPreRelease(v)) return false
    try {
      return compareVersions(v.replace(/-/g, '~'), pinVersion.replace(/-/g, '~')) > 0
    } catch {
      return false
    }
  })
  if (newer.length === 0) return
  const { stdout } = await git.exec(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: newer.map(([, sha]) => sha).join('\n') + '\n'
  })
  const commits = new Set(
    stdout
      .toString('latin1')
      .split('\n')
      .filter(l => l.endsWith(' commit'))
      .map(l => l.split(' ')[0])
  )
  const updates = newer
    .filter(([, sha]) => commits.has(sha))
    .map(([t, sha]) => `update refs/tags/${t} ${sha}\n`)
  if (updates.length) await git.exec(['update-ref', '--stdin'], { input: updates.join('') })
}

function changelogFile(opts: EngineOptions, track: TrackConfig): string {
  return join(resolve(opts.repoDir, track.package), 'debian', 'changelog')
}

function writeAtomic(file: string, text: string): void {
  writeFileSync(`${file}.stable-sync-tmp`, text)
  renameSync(`${file}.stable-sync-tmp`, file)
}

export const engineTrackMover: TrackMover = {
  async propose(opts, track) {
    if (track.pin !== 'changelog') {
      opts.log.info(
        `${track.name}: track mode, but the pin is fixed in the config (${track.pin}): proposing fixes only`
      )
      return undefined
    }
    const file = changelogFile(opts, track)
    if (!existsSync(file)) throw new InputError(`track ${track.name}: ${file} does not exist`)
    const changelogText = readFileSync(file, 'utf8')
    const currentVersion = readTopEntry(changelogText).version
    const { upstream, pin } = await fetchPinned(track, {
      repoDir: opts.repoDir,
      cacheDir: opts.cacheDir,
      log: opts.log,
      env: opts.env
    })
    // The clone's lock, as every fetch into it (a run sharing the cache may be fetching too).
    await withDirLock(upstream.dir, opts, () =>
      fetchNewerReleaseTags(upstream.git, upstream.url, track.upstream.tag, pin.version)
    )
    const move = await proposeTrackMove({
      upstream: { git: upstream.git, tipRef: upstream.tipSha },
      pin,
      track,
      packageDir: resolve(opts.repoDir, track.package),
      currentVersion,
      vendor: resolveVendor(opts.config.vendor, changelogText)
    })
    if (!move) return undefined
    const base: TrackResult = {
      name: track.name,
      pin,
      tip: { ref: track.upstream.branch, sha: upstream.tipSha },
      patches: [],
      skipped: [],
      problems: move.problems,
      verification: move.verification
    }
    return { move, base }
  },

  async write(opts, track, move: TrackMove) {
    const file = changelogFile(opts, track)
    const text = readFileSync(file, 'utf8')
    const top = readTopEntry(text)
    // Everything that can fail (identity, version order) is computed before the first write.
    const { identity: maintainer } = await resolveSigner({
      config: opts.config,
      env: opts.env ?? process.env,
      repoDir: opts.repoDir,
      log: opts.log
    })
    const newText = moveChangelog(
      text,
      {
        version: move.version,
        items: move.changelog,
        distribution: opts.config.distribution,
        maintainer,
        date: opts.now ?? new Date()
      },
      move.dropped.map(d => d.file)
    )
    applyTrackMoveSeries(resolve(opts.repoDir, track.package), move, vendorOf(top.version))
    writeAtomic(file, newText)
    opts.log.info(
      `${track.name}: moved to ${move.to.tag} (${move.version}); dropped ${move.dropped.length} patch(es)`
    )
    return { version: move.version, lines: move.changelog }
  }
}
