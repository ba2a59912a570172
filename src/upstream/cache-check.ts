import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Git } from '../git/gateway.js'
import { CACHE_CONFIG } from './cache-git.js'

/**
 * What makes a cache repository trustworthy, checked before git reads anything in it. A cache is
 * only a copy of what the upstream serves: anything that did not come from stable-sync's own
 * completed fetches (a hook, a config key, an alternates file, a replace ref, a fetch that was
 * killed half-way, a lost object) means it is thrown away and fetched again, never used.
 */

/** The identity stable-sync writes into a cache it created: which upstream and pin it holds. */
export interface CloneStamp {
  format: 1
  url: string
  pinTag: string
}

const stampFile = (dir: string): string => join(dir, 'stable-sync', 'clone.json')
/** Present from the first fetch of a run until its shallow state is repaired. */
export const fetchingMarker = (dir: string): string => join(dir, 'stable-sync', 'fetching')
/** Fingerprint of the object store after the last run that checked or wrote it. */
const objectsFile = (dir: string): string => join(dir, 'stable-sync', 'objects')

export function writeStamp(dir: string, stamp: CloneStamp): void {
  writeFileSync(stampFile(dir), JSON.stringify(stamp))
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

const HEX = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/

/**
 * Files of the object store with their sizes (loose objects and packs), one `path size` a line.
 * Cheap: a few hundred directory reads.
 */
export function objectsFingerprint(dir: string): string[] {
  const objects = join(dir, 'objects')
  const entries: string[] = []
  for (const sub of list(objects).sort()) {
    if (sub === 'info') continue
    for (const f of list(join(objects, sub)).sort()) {
      if (f.startsWith('tmp_') || f.endsWith('.keep')) continue
      entries.push(`${sub}/${f} ${statSync(join(objects, sub, f)).size}`)
    }
  }
  return entries
}

export function recordObjects(dir: string): void {
  writeFileSync(objectsFile(dir), objectsFingerprint(dir).join('\n'))
}

/**
 * Is every object file recorded after stable-sync's last fetch (or check) still there, the same
 * size? Objects written since (the trees and blobs of the analysis' scratch index) do not matter:
 * git wrote them here, and a missing one would only be written again.
 */
function objectsIntact(dir: string): boolean {
  if (!existsSync(objectsFile(dir))) return false
  const now = new Set(objectsFingerprint(dir))
  return readFileSync(objectsFile(dir), 'utf8')
    .split('\n')
    .filter(Boolean)
    .every(l => now.has(l))
}

/**
 * Why the cache repository at `dir` cannot be used as it is (empty when it can). Only reads files,
 * except `git fsck --connectivity-only`, which runs only when an object file stable-sync recorded
 * is gone or changed (or nothing was recorded: a cache from elsewhere).
 */
export async function cacheDamage(git: Git, dir: string, expected: CloneStamp): Promise<string[]> {
  const why: string[] = []
  const stamp = readJson(stampFile(dir)) as Partial<CloneStamp> | undefined
  if (!stamp || stamp.format !== 1 || stamp.url !== expected.url || stamp.pinTag !== expected.pinTag)
    why.push('it was not created by stable-sync for this upstream and pin (stable-sync/clone.json)')
  if (existsSync(fetchingMarker(dir))) why.push('a fetch into it was interrupted')
  let config = ''
  try {
    config = readFileSync(join(dir, 'config'), 'utf8')
  } catch {
    // missing: reported below
  }
  if (config !== CACHE_CONFIG) why.push('its config is not the one stable-sync writes')
  const hooks = list(join(dir, 'hooks'))
  if (hooks.length) why.push(`it holds hooks (${hooks.join(', ')})`)
  for (const f of ['objects/info/alternates', 'objects/info/http-alternates', 'info/grafts', 'commondir'])
    if (existsSync(join(dir, f))) why.push(`it holds ${f}`)
  const packed = existsSync(join(dir, 'packed-refs')) ? readFileSync(join(dir, 'packed-refs'), 'latin1') : ''
  if (list(join(dir, 'refs', 'replace')).length || / refs\/replace\//.test(packed))
    why.push('it holds replace refs')
  const shallow = existsSync(join(dir, 'shallow'))
    ? readFileSync(join(dir, 'shallow'), 'latin1').split('\n')
    : []
  if (shallow.length && (shallow.pop() !== '' || !shallow.every(l => HEX.test(l))))
    why.push('its shallow file is damaged')
  if (why.length) return why
  if (shallow.length) {
    const { stdout } = await git.exec(['cat-file', '--batch-check'], { input: shallow.join('\n') + '\n' })
    if (/ missing$/m.test(stdout.toString('latin1'))) why.push('a commit its shallow file names is missing')
  }
  if (!objectsIntact(dir)) {
    const r = await git.exec(['fsck', '--connectivity-only', '--no-dangling', '--no-progress'], {
      allowFailure: true
    })
    if (r.code !== 0)
      why.push(`objects are missing or damaged (git fsck: ${r.stderr.trim().split('\n')[0] ?? ''})`)
    else recordObjects(dir)
  }
  return why
}
