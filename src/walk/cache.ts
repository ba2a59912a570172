import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Git } from '../git/gateway.js'
import { readCommits } from './git-log.js'
import type { CommitInfo } from './types.js'

interface WalkCacheFile {
  format: 1
  pin: string
  tip: string
  commits: CommitInfo[]
}

/**
 * The walk's metadata, kept beside the upstream cache (`<clone>/stable-sync/walk-<pin>.json`): an
 * hourly run with nothing new reads it instead of git; new upstream commits are read with one
 * `git log old-tip..tip` and appended (pin..old ∪ old..tip = pin..tip, parents still first).
 */
export async function readCommitsCached(
  git: Git,
  cloneDir: string | undefined,
  pin: string,
  tip: string
): Promise<CommitInfo[]> {
  if (!cloneDir) return readCommits(git, [`${pin}..${tip}`])
  const dir = join(cloneDir, 'stable-sync')
  const file = join(dir, `walk-${pin}.json`)
  let cached: WalkCacheFile | undefined
  if (existsSync(file)) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as WalkCacheFile
      if (data.format === 1 && data.pin === pin) cached = data
    } catch {
      cached = undefined
    }
  }
  if (cached && cached.tip === tip) return cached.commits
  let commits: CommitInfo[]
  if (cached && (await git.test(['merge-base', '--is-ancestor', cached.tip, tip]))) {
    commits = [...cached.commits, ...(await readCommits(git, [`${cached.tip}..${tip}`]))]
  } else {
    commits = await readCommits(git, [`${pin}..${tip}`])
  }
  mkdirSync(dir, { recursive: true })
  const content: WalkCacheFile = { format: 1, pin, tip, commits }
  writeFileSync(`${file}.tmp`, JSON.stringify(content))
  renameSync(`${file}.tmp`, file)
  return commits
}
