import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { FindingError } from '../errors.js'
import type { Logger } from '../log.js'
import { run } from '../process/run.js'

export interface DputOptions {
  /** dput's host: a dput.cf stanza name, or `ppa:owner/name` (Launchpad). */
  target: string
  /** A dput.cf to use instead of /etc/dput.cf and ~/.dput.cf (`dput -c FILE`). */
  config?: string
  /** Allow an unsigned upload (`dput -u`: for local or test queues; archives refuse them). */
  unsigned?: boolean
  env?: Record<string, string>
  log: Logger
}

export interface DputResult {
  /** 'uploaded' now, or 'already' when dput's `.upload` log says this target has it. */
  state: 'uploaded' | 'already'
  /** dput's log of the upload, beside the .changes. */
  log: string
}

/**
 * Upload with dput. dput writes `<changes minus .changes>.<host>.upload` after a complete upload and
 * refuses to upload again: a rerun after a successful upload is 'already', never a second upload.
 */
export async function dputUpload(changes: string, opts: DputOptions): Promise<DputResult> {
  const uploadLog = `${changes.replace(/\.changes$/, '')}.${opts.target}.upload`
  if (existsSync(uploadLog)) {
    opts.log.info(`${basename(changes)} was already uploaded to ${opts.target} (${basename(uploadLog)})`)
    return { state: 'already', log: uploadLog }
  }
  const args = [
    ...(opts.config ? ['-c', opts.config] : []),
    ...(opts.unsigned ? ['-u'] : []),
    opts.target,
    changes
  ]
  opts.log.info(`dput ${args.join(' ')}`)
  const r = await run('dput', args, {
    env: { ...opts.env, LC_ALL: 'C.UTF-8' },
    allowFailure: true,
    input: ''
  })
  if (r.code !== 0) {
    throw new FindingError(
      `dput to ${opts.target} failed (exit ${r.code}): ${(r.stdout.toString('utf8') + r.stderr).trim().split('\n').slice(-8).join('\n')}`
    )
  }
  return { state: 'uploaded', log: uploadLog }
}
