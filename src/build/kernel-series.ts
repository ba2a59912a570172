import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../errors.js'

/**
 * A DKMS module source built only for one kernel series (`BUILD_EXCLUSIVE_KERNEL="^6\.1\."`, as a
 * kvm-source that follows one Linux stable branch must say) cannot be built for a release whose
 * kernel is another series: dkms skips it and the boot job has no module to test. The build matrix
 * checks this before any job starts, for the releases whose stock kernel series is known here.
 */
export const RELEASE_KERNEL_SERIES: Readonly<Record<string, string>> = {
  'debian:bullseye': '5.10',
  'debian:bookworm': '6.1',
  'debian:trixie': '6.12',
  'ubuntu:focal': '5.4',
  'ubuntu:jammy': '5.15',
  'ubuntu:noble': '6.8'
}

/** The BUILD_EXCLUSIVE_KERNEL regex of the package's dkms.conf (debian/ or the package root), if any. */
export function buildExclusiveKernel(packageDir: string): { file: string; pattern: string } | undefined {
  for (const file of [join(packageDir, 'debian', 'dkms.conf'), join(packageDir, 'dkms.conf')]) {
    if (!existsSync(file)) continue
    const m = /^\s*BUILD_EXCLUSIVE_KERNEL=(?:"([^"]*)"|'([^']*)'|(\S+))\s*(?:#.*)?$/m.exec(
      readFileSync(file, 'utf8')
    )
    if (m) return { file, pattern: m[1] ?? m[2] ?? m[3] }
  }
  return undefined
}

/**
 * Throws when `release`'s kernel series does not match the package's BUILD_EXCLUSIVE_KERNEL; a
 * release whose kernel is not in RELEASE_KERNEL_SERIES is not checked. dkms matches the pattern
 * (a POSIX extended regex) against `uname -r`, e.g. `6.1.0-28-amd64` or `6.8.0-49-generic`.
 */
export function checkKernelSeries(track: string, packageDir: string, release: string): void {
  const exclusive = buildExclusiveKernel(packageDir)
  const series = RELEASE_KERNEL_SERIES[release]
  if (!exclusive || !series) return
  let re: RegExp
  try {
    re = new RegExp(exclusive.pattern)
  } catch {
    return // Not a pattern JavaScript reads the same way; dkms will judge it.
  }
  if (re.test(`${series}.0-1-generic`)) return
  const fits = Object.entries(RELEASE_KERNEL_SERIES)
    .filter(([, s]) => re.test(`${s}.0-1-generic`))
    .map(([r]) => r)
  throw new InputError(
    `track '${track}': ${exclusive.file} builds only for kernels matching BUILD_EXCLUSIVE_KERNEL="${exclusive.pattern}", ` +
      `but ${release} ships Linux ${series}: dkms would skip the module. Build it for ` +
      `${fits.length ? fits.join(' or ') : 'a release with a matching kernel'} (build.releases or the build-matrix input), ` +
      `or follow the stable branch of ${release}'s kernel (linux-${series}.y) and set BUILD_EXCLUSIVE_KERNEL to match`
  )
}
