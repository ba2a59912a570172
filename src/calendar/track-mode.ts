import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { TrackConfig } from '../config/types.js'
import { parseSeries, seriesPath } from '../debian/series.js'
import {
  newUpstreamVersion,
  parseVersion,
  upstreamTagVersion,
  upstreamVersion,
  vendorOf,
  type Vendor
} from '../debian/version.js'
import type { EngineOptions, Problem, TrackResult, Verification } from '../engine/types.js'
import { FindingError } from '../errors.js'
import type { Git } from '../git/gateway.js'
import { containedPatches, type ContainedPatch } from './contained.js'
import { newestReleaseAfter, type ReleaseTag } from './stable-tags.js'
import { applyPatch, checkoutTree } from './tree.js'

/**
 * Track mode (before Feature Freeze): move the package's pin to the newest stable release on the
 * branch. The proposal drops the series' patches that release already contains (by content), keeps
 * everything else (the distribution's own patches, fixes newer than the release) and proves the kept
 * series applies at fuzz 0 on the release's tree.
 */
export interface TrackMove {
  from: { version: string; tag: string; sha: string }
  to: ReleaseTag
  /** The package version of the new changelog entry, e.g. 8.2.2+ds-0ubuntu1. */
  version: string
  /** Patches to remove (series lines and files), with how each was found in the release. */
  dropped: ContainedPatch[]
  /** Patches kept, in series order (paths relative to the package directory). */
  kept: string[]
  verification: Verification
  problems: Problem[]
  /** The change items of the new changelog entry (see moveChangelogLines). */
  changelog: string[]
}

/** Track mode's two steps (src/calendar/track-move-engine.ts wires them to the engine's fetch/pin). */
export interface TrackMover {
  /** The move with the current pin and tip, or undefined when the pin already is the newest release. */
  propose(
    opts: EngineOptions,
    track: TrackConfig
  ): Promise<{ move?: TrackMove; base: TrackResult } | undefined>
  /** Write the move into debian/ (series, dropped files, changelog entry). */
  write(
    opts: EngineOptions,
    track: TrackConfig,
    move: TrackMove
  ): Promise<{ version: string; lines: string[] }>
}

export interface TrackMoveInput {
  upstream: { git: Git; tipRef: string }
  /** The current pin: upstream version as tagged, its tag and commit. */
  pin: { version: string; tag: string; sha: string }
  track: Pick<TrackConfig, 'name' | 'upstream'>
  /** Absolute path of the directory holding debian/. */
  packageDir: string
  /** The top changelog version (e.g. 1:8.2.1+ds-0ubuntu3): gives epoch, repack suffix and vendor. */
  currentVersion: string
  /** Whose package (the new version's revision style); default: guessed from currentVersion. */
  vendor?: Vendor
}

/** The series file in use and the patches it lists (paths relative to the package directory). */
export function readSeries(
  packageDir: string,
  vendor?: string
): { file: string; patches: { file: string; path: string }[] } {
  const file = seriesPath(packageDir, vendor)
  const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const patchesDir = join(packageDir, 'debian', 'patches')
  const patches = parseSeries(text).map(p => {
    const path = join(patchesDir, p)
    return { file: relative(packageDir, path), path }
  })
  return { file, patches }
}

/**
 * The package version for the new upstream release: keeps the epoch and a repack suffix (`+ds`), and
 * starts the revision in the vendor's style (`8.2.2+ds-0ubuntu1`, `8.2.2-1`).
 */
export function movedVersion(
  currentVersion: string,
  releaseVersion: string,
  vendor: Vendor = vendorOf(currentVersion)
): string {
  const up = upstreamVersion(currentVersion)
  const tagged = upstreamTagVersion(currentVersion)
  const repack = up.startsWith(tagged) ? up.slice(tagged.length) : ''
  return newUpstreamVersion(`${releaseVersion}${repack}`, vendor, parseVersion(currentVersion).epoch)
}

/** The proposal, or undefined when the pin already is the newest stable release on the branch. */
export async function proposeTrackMove(input: TrackMoveInput): Promise<TrackMove | undefined> {
  const { git, tipRef } = input.upstream
  const to = await newestReleaseAfter(git, tipRef, input.track.upstream.tag, input.pin)
  if (!to) return undefined
  const series = readSeries(input.packageDir, vendorOf(input.currentVersion))
  const tree = await checkoutTree(git, to.sha)
  try {
    const dropped = await containedPatches(git, { from: input.pin.sha, to: to.sha }, tree.dir, series.patches)
    const droppedFiles = new Set(dropped.map(d => d.file))
    const kept = series.patches.filter(p => !droppedFiles.has(p.file))
    const problems: Problem[] = []
    let applied = 0
    for (const p of kept) {
      const r = await applyPatch(tree.dir, p.path)
      if (!r.ok) {
        problems.push({
          sha: to.sha,
          kind: 'does-not-apply',
          text: `${p.file} does not apply at fuzz 0 on ${to.tag} after the patches before it: ${r.output}`
        })
        break
      }
      applied++
    }
    const verification: Verification = problems.length
      ? {
          status: 'failed',
          text: `${applied} of ${kept.length} kept patches apply on ${to.tag}; ${problems[0].text}`
        }
      : { status: 'ok', text: `all ${kept.length} kept patches apply at fuzz 0 on ${to.tag} (${to.sha})` }
    const version = movedVersion(input.currentVersion, to.version, input.vendor)
    return {
      from: input.pin,
      to,
      version,
      dropped,
      kept: kept.map(p => p.file),
      verification,
      problems,
      changelog: moveChangelogLines(to, dropped)
    }
  } finally {
    tree.cleanup()
  }
}

/**
 * Change items of the new entry (for `prependEntry`, which makes `  * ` bullets of plain items and
 * keeps items indented by two spaces as written).
 */
export function moveChangelogLines(to: ReleaseTag, dropped: readonly ContainedPatch[]): string[] {
  const lines = [`New upstream stable release ${to.version} (tag ${to.tag}, ${to.sha.slice(0, 12)}).`]
  if (dropped.length) {
    lines.push(`Drop patches included in ${to.version}:`)
    for (const d of dropped) {
      const why = d.upstream ? `upstream ${d.upstream.slice(0, 12)}` : 'contained in the release'
      lines.push(`    - ${d.file.replace(/^debian\/patches\//, 'd/p/')} (${why})`)
    }
  }
  return lines
}

/** Remove the lines naming `files` from a series text, keeping comments and every other line. */
export function removeFromSeries(text: string, names: ReadonlySet<string>): string {
  return text
    .split('\n')
    .filter(line => {
      const name = line.replace(/#.*$/, '').trim().split(/\s+/)[0]
      return !name || !names.has(name)
    })
    .join('\n')
}

/**
 * Write the move's patch part into the package: drop the contained patches from the series and
 * delete their files. Refuses (FindingError) when the kept series did not verify, so debian/ is
 * never left half-moved. The changelog entry is written by the caller (it needs the identity).
 */
export function applyTrackMoveSeries(packageDir: string, move: TrackMove, vendor?: string): void {
  if (move.verification.status !== 'ok') {
    throw new FindingError(
      `not moving to ${move.to.tag}: ${move.verification.text}. Refresh that patch for ${move.to.version} by hand, ` +
        'or wait for feature freeze (fixes mode)'
    )
  }
  const series = readSeries(packageDir, vendor)
  const inSeries = new Set(
    move.dropped.map(d => relative(join(packageDir, 'debian', 'patches'), join(packageDir, d.file)))
  )
  writeFileSync(series.file, removeFromSeries(readFileSync(series.file, 'utf8'), inSeries))
  for (const d of move.dropped) {
    const path = join(packageDir, d.file)
    if (existsSync(path)) unlinkSync(path)
  }
}
