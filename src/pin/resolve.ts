import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { TrackConfig } from '../config/types.js'
import { readTopEntry } from '../debian/changelog.js'
import { gbpTag } from '../debian/gbp-conf.js'
import { upstreamTagVersion } from '../debian/version.js'
import { FindingError, InputError } from '../errors.js'
import type { Git } from '../git/gateway.js'
import { tagFor } from './nearest.js'

export interface Pin {
  version: string
  tag: string
  sha: string
}

/** The pinned upstream version and its tag, from the config's `pin` or debian/changelog's top entry. */
export function pinnedVersion(track: TrackConfig, repoDir: string): { version: string; tag: string } {
  let version = track.pin
  if (track.pin === 'changelog') {
    const file = join(repoDir, track.package, 'debian', 'changelog')
    if (!existsSync(file)) {
      throw new InputError(
        `track ${track.name}: ${file} does not exist; set the track's pin to an upstream version or add the changelog`
      )
    }
    version = upstreamTagVersion(readTopEntry(readFileSync(file, 'utf8')).version)
  }
  // A template from gbp.conf makes the tag as gbp does (its substitution and DEP-14 sanitizing).
  const tag = track.upstream.tagFormat
    ? gbpTag(track.upstream.tagFormat, version)
    : tagFor(track.upstream.tag, version)
  return { version, tag }
}

/** What resolving a pin needs of a fetched upstream clone (upstream/fetch.ts's UpstreamClone). */
export interface PinnedClone {
  git: Git
  /** The cache repository: a proven ancestry is remembered there. */
  dir: string
  tipSha: string
  /** The pin tag's commit, when the fetch already read it. */
  pinSha?: string
}

/**
 * The pin as a commit in the fetched upstream: its tag must exist and be an ancestor of the stable
 * tip (a force-pushed branch, or a pin from another branch, is a finding for a human).
 */
export async function resolvePin(track: TrackConfig, upstream: PinnedClone, repoDir: string): Promise<Pin> {
  const { version, tag } = pinnedVersion(track, repoDir)
  const sha =
    upstream.pinSha ??
    (await upstream.git.text(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
      allowFailure: true
    }))
  if (!/^[0-9a-f]{40,64}$/.test(sha)) {
    throw new InputError(
      `track ${track.name}: tag ${tag} (pinned version ${version}) was not fetched from ${track.upstream.url}`
    )
  }
  // An ancestry already proven for this exact pin and tip is remembered beside the cache.
  const proven = join(upstream.dir, 'stable-sync', 'ancestry')
  const pair = `${sha} ${upstream.tipSha}`
  if (existsSync(proven) && readFileSync(proven, 'latin1') === pair) return { version, tag, sha }
  if (!(await upstream.git.test(['merge-base', '--is-ancestor', sha, upstream.tipSha]))) {
    throw new FindingError(
      `track ${track.name}: the pin ${tag} (${sha}) is not an ancestor of ${track.upstream.branch} (${upstream.tipSha}). ` +
        'The stable branch was rewritten (force-pushed) or the tag is on another branch: check upstream.branch, ' +
        'or move the pin to a tag on the current branch.'
    )
  }
  mkdirSync(dirname(proven), { recursive: true })
  writeFileSync(proven, pair)
  return { version, tag, sha }
}
