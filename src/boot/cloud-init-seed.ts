import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { InputError } from '../errors.js'
import { CommandError, run } from '../process/run.js'
import { BOOT_MARKER } from './console-classify.js'

/**
 * A cloud-init NoCloud seed for `--image` boots: an ISO 9660 volume labelled `cidata` holding
 * `user-data`, `meta-data` and optionally `network-config` / `vendor-data` from the given
 * directory, built with genisoimage (Debian package genisoimage), or cloud-localds when
 * genisoimage is missing. Missing files get defaults: a meta-data with an instance id derived
 * from the user-data, and a user-data whose `final_message` prints the default marker on the
 * console once cloud-init has finished.
 */
export const DEFAULT_USER_DATA = `#cloud-config\nfinal_message: "${BOOT_MARKER} cloud-init finished after $UPTIME seconds"\n`

const OPTIONAL = ['network-config', 'vendor-data']

export async function buildNoCloudSeed(o: { dir: string; output: string }): Promise<string> {
  if (!existsSync(o.dir)) throw new InputError(`--cloud-init ${o.dir}: no such directory`)
  const stage = mkdtempSync(join(tmpdir(), 'stable-sync-seed-'))
  try {
    const userDataFile = join(o.dir, 'user-data')
    const userData = existsSync(userDataFile) ? readFileSync(userDataFile) : Buffer.from(DEFAULT_USER_DATA)
    writeFileSync(join(stage, 'user-data'), userData)
    const metaFile = join(o.dir, 'meta-data')
    if (existsSync(metaFile)) copyFileSync(metaFile, join(stage, 'meta-data'))
    else {
      // A new instance id per user-data makes cloud-init run it again on a reused image.
      const id = createHash('sha256').update(userData).digest('hex').slice(0, 12)
      writeFileSync(
        join(stage, 'meta-data'),
        `instance-id: stable-sync-${id}\nlocal-hostname: stable-sync-guest\n`
      )
    }
    const files = ['user-data', 'meta-data']
    for (const f of OPTIONAL) {
      if (existsSync(join(o.dir, f))) {
        copyFileSync(join(o.dir, f), join(stage, f))
        files.push(f)
      }
    }
    mkdirSync(dirname(o.output), { recursive: true })
    try {
      await run(
        'genisoimage',
        ['-quiet', '-output', o.output, '-volid', 'cidata', '-joliet', '-rock', ...files],
        {
          cwd: stage
        }
      )
    } catch (e) {
      if (!(e instanceof CommandError && e.code === 127)) throw e
      const net = files.includes('network-config') ? ['--network-config', join(stage, 'network-config')] : []
      try {
        await run('cloud-localds', [...net, o.output, join(stage, 'user-data'), join(stage, 'meta-data')])
      } catch (e2) {
        if (e2 instanceof CommandError && e2.code === 127) {
          throw new InputError(
            'building a cloud-init seed needs genisoimage or cloud-localds: apt-get install genisoimage'
          )
        }
        throw e2
      }
    }
    return o.output
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}
