import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, rmSync } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { FindingError, InputError } from '../errors.js'

/**
 * A boot image from a URL is code the job runs: it is downloaded only with a sha256 to check it
 * against, and used only when the bytes match. The file is written to `dest` while hashing; a
 * mismatch deletes it.
 */
export const SHA256 = /^[0-9a-f]{64}$/

export function sha256Input(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  const v = value
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '')
  if (!SHA256.test(v))
    throw new InputError(
      `${flag} must be a sha256 checksum (64 hex digits, e.g. from SHA256SUMS), got ${JSON.stringify(value)}`
    )
  return v
}

export async function downloadImage(opts: {
  url: string
  sha256: string | undefined
  dest: string
}): Promise<string> {
  let url: URL
  try {
    url = new URL(opts.url)
  } catch {
    throw new InputError(`--image-url ${JSON.stringify(opts.url)} is not a URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(`--image-url ${url.href}: only https:// (or http://) URLs are downloaded`)
  if (!opts.sha256) {
    throw new InputError(
      `--image-url ${url.href} needs --image-sha256: a downloaded boot image is used only when its sha256 matches ` +
        '(take it from the image publisher’s SHA256SUMS)'
    )
  }
  const response = await fetch(url, { redirect: 'follow' }).catch((e: Error) => {
    throw new InputError(
      `cannot download ${url.href}: ${(e.cause as Error | undefined)?.message ?? e.message}`
    )
  })
  if (!response.ok || !response.body)
    throw new InputError(`cannot download ${url.href}: HTTP ${response.status} ${response.statusText}`)
  const hash = createHash('sha256')
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>)
  body.on('data', (chunk: Buffer) => hash.update(chunk))
  try {
    await pipeline(body, createWriteStream(opts.dest))
  } catch (e) {
    rmSync(opts.dest, { force: true })
    throw new InputError(`cannot download ${url.href}: ${(e as Error).message}`)
  }
  const got = hash.digest('hex')
  if (got !== opts.sha256) {
    rmSync(opts.dest, { force: true })
    throw new FindingError(
      `the image downloaded from ${url.href} has sha256 ${got}, not ${opts.sha256}: not used. ` +
        'Check the checksum (or the URL: the file may have been replaced)'
    )
  }
  return opts.dest
}

/** The sha256 of a local file (a given --image checked against --image-sha256). */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}
