import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Git } from '../git/gateway.js'
import { BELOW_THE_PIN } from '../upstream/fetch.js'
import { readCommits } from './git-log.js'
import type { CommitInfo } from './types.js'

interface WalkCacheFile {
  /** 3: the walk excludes the commits fetched below the pin (2 listed them as roots). */
  format: 3
  pin: string
  tip: string
  /** Digest of the clone's shallow file when the walk was read: the grafts decide what a walk sees. */
  shallow: string
  commits: CommitInfo[]
}

/** The clone's grafts, as a digest (a walk read under other grafts is not reused). */
export function shallowDigest(cloneDir: string): string {
  const file = join(cloneDir, 'shallow')
  return createHash('sha256')
    .update(existsSync(file) ? readFileSync(file) : '')
    .digest('hex')
}

const walkFile = (cloneDir: string, pin: string): string => join(cloneDir, 'stable-sync', `walk-${pin}.json`)

function loadWalkFile(file: string, pin: string): WalkCacheFile | undefined {
  if (!existsSync(file)) return undefined
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as WalkCacheFile
    return data.format === 3 && data.pin === pin ? data : undefined
  } catch {
    return undefined
  }
}

/** Walk caches read ahead of need (file → contents), taken by the next readCommitsCached. */
const readAhead = new Map<string, WalkCacheFile | undefined>()

/**
 * Read a pin's walk cache now, while the process waits for something else (the remote's answer
 * to "anything new?"): parsing it is ~40 ms of a warm run that would otherwise come after.
 */
export function readWalkCacheAhead(cloneDir: string, pin: string): void {
  const file = walkFile(cloneDir, pin)
  readAhead.set(file, loadWalkFile(file, pin))
}

/**
 * pin..tip as git must walk it in a shallow clone: the pin is a graft (no parents), so a commit the
 * pin has, fetched alone below it (the fork point of a branch merged later), looks like a root of
 * the range to git; those are named under BELOW_THE_PIN and excluded with the pin.
 */
function range(pin: string, tip: string, alsoNot: string[] = []): string[] {
  return [tip, `^${pin}`, ...alsoNot.map(s => `^${s}`), '--not', `--glob=${BELOW_THE_PIN}*`]
}

/**
 * The walk's metadata, kept beside the upstream cache (`<clone>/stable-sync/walk-<pin>.json`): an
 * hourly run with nothing new reads it instead of git; new upstream commits are read with one
 * `git log old-tip..tip ^pin` and appended (pin..old ∪ (old..tip − pin) = pin..tip, parents still
 * first). It is used only under the grafts it was read with (the clone's shallow file), so it
 * always equals what `git log pin..tip` would list now.
 */
export async function readCommitsCached(
  git: Git,
  cloneDir: string | undefined,
  pin: string,
  tip: string
): Promise<CommitInfo[]> {
  if (!cloneDir) return readCommits(git, range(pin, tip))
  const dir = join(cloneDir, 'stable-sync')
  const file = walkFile(cloneDir, pin)
  const cached = readAhead.has(file) ? readAhead.get(file) : loadWalkFile(file, pin)
  readAhead.delete(file)
  const shallow = shallowDigest(cloneDir)
  const usable = cached?.shallow === shallow ? cached : undefined
  if (usable && usable.tip === tip) return usable.commits
  let commits: CommitInfo[]
  if (cached && usable && (await git.test(['merge-base', '--is-ancestor', cached.tip, tip]))) {
    // Not reachable from the pin either: a new merge may bring commits the pin already has.
    commits = [...cached.commits, ...(await readCommits(git, range(pin, tip, [cached.tip])))]
  } else {
    commits = await readCommits(git, range(pin, tip))
  }
  mkdirSync(dir, { recursive: true })
  const content: WalkCacheFile = { format: 3, pin, tip, shallow, commits }
  writeFileSync(`${file}.tmp`, JSON.stringify(content))
  renameSync(`${file}.tmp`, file)
  return commits
}
