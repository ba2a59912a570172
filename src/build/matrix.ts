import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Config, TrackConfig } from '../config/types.js'
import { checkKernelSeries } from './kernel-series.js'
import { InputError } from '../errors.js'

/** How a package is built and boot-tested by the reusable workflow. */
export type PackageKind = 'deb' | 'dkms'

/** One job of the workflow's build matrix (and, when `boot`, of its boot matrix). */
export interface MatrixEntry {
  /** Unique, artifact-name safe: `<track>-<distro>-<codename>-<arch>`. */
  id: string
  track: string
  /** The package directory (holding debian/), relative to the repository root. */
  package: string
  source: string
  /** A container image naming the release, `<distro>:<codename>` (e.g. `ubuntu:noble`). */
  release: string
  arch: string
  /** runs-on label of the build job. */
  runner: string
  /**
   * `deb`: dpkg-buildpackage, boot-tested when it builds qemu-system-x86. `dkms`: a module source
   * package (kvm-source); the boot job builds its modules against the guest kernel's headers and
   * boots them in an L1 guest (the dkms hook, see docs/workflow.md).
   */
  kind: PackageKind
  /** Whether the boot job runs for this entry. */
  boot: boolean
}

export interface MatrixOverrideEntry {
  release: string
  arch?: string
  runner?: string
  track?: string
}

/** GitHub-hosted runners per Debian architecture; anything else must name its runner in the override. */
const DEFAULT_RUNNERS: Record<string, string> = { amd64: 'ubuntu-24.04', arm64: 'ubuntu-24.04-arm' }

const RELEASE = /^(debian|ubuntu):[a-z0-9][a-z0-9._-]*$/

/**
 * The build matrix: tracks × releases × arches, from the config's `build:` section or the workflow's
 * `build-matrix` input (JSON: `{"releases": [...], "arches": [...]}` or a list of
 * `{"release", "arch", "runner"?, "track"?}`), for the tracks selected.
 */
export function buildMatrix(
  config: Config,
  repoDir: string,
  opts: { tracks?: string[]; override?: string } = {}
): MatrixEntry[] {
  const tracks = config.tracks.filter(t => !opts.tracks?.length || opts.tracks.includes(t.name))
  if (opts.tracks?.length && tracks.length === 0) {
    throw new InputError(
      `no track named ${opts.tracks.join(', ')} in ${config.file}; it has: ${config.tracks.map(t => t.name).join(', ')}`
    )
  }
  const combos = matrixCombos(config, opts.override)
  const entries: MatrixEntry[] = []
  for (const track of tracks) {
    const info = packageInfo(repoDir, track)
    for (const c of combos) {
      if (c.track && c.track !== track.name) continue
      const arch = c.arch ?? 'amd64'
      const runner = c.runner ?? DEFAULT_RUNNERS[arch]
      if (!runner) {
        throw new InputError(
          `no default runner for arch '${arch}': name one in build-matrix, e.g. {"release": "${c.release}", "arch": "${arch}", "runner": "my-${arch}-runner"}`
        )
      }
      if (info.kind === 'dkms') checkKernelSeries(track.name, join(repoDir, track.package), c.release)
      entries.push({
        id: slug(`${track.name}-${c.release}-${arch}`),
        track: track.name,
        package: track.package,
        source: info.source,
        release: c.release,
        arch,
        runner,
        kind: info.kind,
        boot: arch === 'amd64' && (info.kind === 'dkms' || info.buildsQemuX86)
      })
    }
  }
  return entries
}

function matrixCombos(config: Config, override: string | undefined): MatrixOverrideEntry[] {
  let combos: MatrixOverrideEntry[]
  if (override && override.trim()) {
    let data: unknown
    try {
      data = JSON.parse(override)
    } catch (e) {
      throw new InputError(
        `build-matrix is not JSON (${(e as Error).message}): give {"releases": ["debian:bookworm"], "arches": ["amd64"]}`
      )
    }
    combos = Array.isArray(data)
      ? (data as MatrixOverrideEntry[])
      : crossProduct(data as { releases?: string[]; arches?: string[] })
  } else if (config.build) {
    combos = crossProduct(config.build)
  } else {
    throw new InputError(
      `${config.file} has no 'build:' section and no build-matrix was given: add build: { releases: ['debian:bookworm'], arches: [amd64] }`
    )
  }
  for (const c of combos) {
    if (typeof c?.release !== 'string' || !RELEASE.test(c.release)) {
      throw new InputError(
        `build matrix release '${String(c?.release)}' is not <debian|ubuntu>:<codename> (a container image such as ubuntu:noble)`
      )
    }
    if (c.arch !== undefined && !/^[a-z0-9]+$/.test(c.arch))
      throw new InputError(`build matrix arch '${c.arch}' is not a Debian architecture`)
  }
  return combos
}

function crossProduct(b: { releases?: string[]; arches?: string[] }): MatrixOverrideEntry[] {
  if (!Array.isArray(b.releases) || b.releases.length === 0)
    throw new InputError('build matrix: releases must be a non-empty list')
  const arches = b.arches?.length ? b.arches : ['amd64']
  return b.releases.flatMap(release => arches.map(arch => ({ release, arch })))
}

const slug = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-')

/** Source name and kind, read from the package's debian/ (plain text reads: no tool needed). */
export function packageInfo(
  repoDir: string,
  track: TrackConfig
): { source: string; kind: PackageKind; buildsQemuX86: boolean } {
  const debian = join(repoDir, track.package, 'debian')
  const changelog = join(debian, 'changelog')
  if (!existsSync(changelog)) {
    throw new InputError(
      `track '${track.name}': ${changelog} does not exist (check the track's 'package' key)`
    )
  }
  const source = /^(\S+)\s+\(/.exec(readFileSync(changelog, 'utf8'))?.[1]
  if (!source) throw new InputError(`${changelog}: the first line does not start with '<source> (<version>)'`)
  const control = existsSync(join(debian, 'control')) ? readFileSync(join(debian, 'control'), 'utf8') : ''
  const dkms =
    /\bdh-(?:sequence-)?dkms\b|--with[= ]dkms\b/.test(control) ||
    existsSync(join(repoDir, track.package, 'dkms.conf'))
  return {
    source,
    kind: dkms ? 'dkms' : 'deb',
    buildsQemuX86: /^Package:\s*qemu-system-x86\s*$/m.test(control)
  }
}
