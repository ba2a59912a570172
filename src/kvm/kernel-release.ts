import { closeSync, openSync, readSync } from 'node:fs'
import { InputError } from '../errors.js'

/**
 * Which kernel a bzImage is, read from its setup header (the `kernel_version` field at 0x20E points
 * at a NUL-terminated banner such as `6.1.0-56-cloud-amd64 (debian-kernel@lists.debian.org) #1 SMP
 * PREEMPT_DYNAMIC Debian 6.1.192-2 (2026-11-16)`). The module build must use headers of exactly
 * this release, and Debian's banner also names the package version to fetch them.
 */
export interface KernelRelease {
  /** `uname -r` of the guest kernel, e.g. 6.1.0-56-cloud-amd64 */
  release: string
  /** Debian/Ubuntu package version from the banner when present, e.g. 6.1.192-2 */
  packageVersion?: string
  banner: string
}

export function parseKernelBanner(banner: string): KernelRelease {
  const release = banner.split(' ')[0]
  const pkg = /\b(?:Debian|Ubuntu) (\d[\w.+~:-]*)/.exec(banner)
  return { release, ...(pkg ? { packageVersion: pkg[1] } : {}), banner }
}

export function readKernelRelease(vmlinuz: string): KernelRelease {
  let fd: number
  try {
    fd = openSync(vmlinuz, 'r')
  } catch (e) {
    throw new InputError(`cannot read the kernel ${vmlinuz}: ${(e as Error).message}`)
  }
  try {
    const head = Buffer.alloc(0x210)
    readSync(fd, head, 0, head.length, 0)
    // "HdrS" at 0x202 marks a bzImage setup header.
    if (head.toString('latin1', 0x202, 0x206) !== 'HdrS') {
      throw new InputError(
        `${vmlinuz} is not an x86 bzImage (no setup header); pass the vmlinuz the guest boots`
      )
    }
    const offset = head.readUInt16LE(0x20e) + 0x200
    const text = Buffer.alloc(256)
    const n = readSync(fd, text, 0, text.length, offset)
    const banner = text.subarray(0, n).toString('latin1').split('\0')[0]
    if (!/^\d+\.\d+/.test(banner))
      throw new InputError(`${vmlinuz}: no kernel version string in its setup header`)
    return parseKernelBanner(banner)
  } finally {
    closeSync(fd)
  }
}
