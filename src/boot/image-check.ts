import { dirname, join } from 'node:path'
import { InputError } from '../errors.js'
import { run } from '../process/run.js'
import { findProgram } from './find-program.js'

/**
 * A disk image must be self-contained before QEMU opens it: a qcow2 can name a backing file or an
 * external data file anywhere on the host (`/etc/shadow`, another job's disk), which QEMU would open
 * and show the guest. `qemu-img info --output=json` reads the header without opening either (it
 * opens the image with no backing), and the image is refused when it names one, or is of a format
 * the harness does not boot.
 */
export interface ImageInfo {
  format: 'qcow2' | 'raw'
  virtualSize: number
}

interface QemuImgInfo {
  format?: string
  'virtual-size'?: number
  'backing-filename'?: string
  'full-backing-filename'?: string
  'format-specific'?: { type?: string; data?: { 'data-file'?: string } }
}

/** qemu-img beside the qemu-system binary (a built tree, /usr/bin), else on PATH. */
export function findQemuImg(
  qemu: string,
  env: Record<string, string | undefined>,
  cwd: string
): string | undefined {
  return findProgram(join(dirname(qemu), 'qemu-img'), env, cwd) ?? findProgram('qemu-img', env, cwd)
}

export async function inspectImage(opts: {
  image: string
  qemuImg: string | undefined
  /** The format the header's magic says (qcow2 or raw). */
  magic: 'qcow2' | 'raw'
}): Promise<ImageInfo | undefined> {
  const { image } = opts
  if (!opts.qemuImg) {
    // A raw image is booted with format=raw: QEMU follows nothing in it. A qcow2 must be inspected.
    if (opts.magic === 'raw') return undefined
    throw new InputError(
      `${image} is a qcow2 image and qemu-img, needed to check it names no backing file, is not found; ` +
        'install it (apt-get install qemu-utils)'
    )
  }
  // -f: probe for qcow2 only when the magic says so; a raw image is read as raw, never probed.
  const r = await run(opts.qemuImg, ['info', '--output=json', '-f', opts.magic, '--', image], {
    allowFailure: true
  })
  if (r.code !== 0) {
    throw new InputError(
      `qemu-img info cannot read ${image} as ${opts.magic}: ${r.stderr.trim().split('\n').pop()}`
    )
  }
  let info: QemuImgInfo
  try {
    info = JSON.parse(r.stdout.toString('utf8')) as QemuImgInfo
  } catch {
    throw new InputError(`qemu-img info printed no JSON for ${image}`)
  }
  const backing = info['full-backing-filename'] ?? info['backing-filename']
  if (backing !== undefined) {
    throw new InputError(
      `${image} names a backing file (${backing}); a boot image must be self-contained. ` +
        `Flatten it first: qemu-img convert -O qcow2 ${image} flat.qcow2`
    )
  }
  const dataFile = info['format-specific']?.data?.['data-file']
  if (dataFile !== undefined) {
    throw new InputError(
      `${image} names an external data file (${dataFile}); a boot image must be self-contained. ` +
        `Flatten it first: qemu-img convert -O qcow2 ${image} flat.qcow2`
    )
  }
  if (info.format !== opts.magic) {
    throw new InputError(`${image}: qemu-img reads it as ${info.format ?? 'unknown'}, expected ${opts.magic}`)
  }
  return { format: opts.magic, virtualSize: info['virtual-size'] ?? 0 }
}
