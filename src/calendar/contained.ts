import { readFileSync } from 'node:fs'
import type { Git } from '../git/gateway.js'
import { applyPatch } from './tree.js'

/** How a series patch was found to be part of a newer upstream release. */
export interface ContainedPatch {
  /** Path relative to the package directory (debian/patches/...). */
  file: string
  /** 'patch-id': same change as an upstream commit; 'reverse-applies': its change is in the new tree. */
  how: 'patch-id' | 'reverse-applies'
  /** The upstream commit with the same patch-id, when found that way. */
  upstream?: string
}

/** `git patch-id --stable` output → map from patch-id to the commit it was computed for. */
function parsePatchIds(text: string): Map<string, string> {
  const ids = new Map<string, string>()
  for (const line of text.split('\n')) {
    const [id, commit] = line.trim().split(/\s+/)
    if (id && commit && !ids.has(id)) ids.set(id, commit)
  }
  return ids
}

/** Patch-ids of every commit in `from..to` (merged branches included), one `git log` + one `patch-id`. */
export async function rangePatchIds(git: Git, from: string, to: string): Promise<Map<string, string>> {
  // Only the `commit <sha>` line per commit: message bodies could contain diff-like lines.
  const log = await git.exec([
    'log',
    '-p',
    '--no-color',
    '--no-renames',
    '--no-ext-diff',
    '--format=commit %H',
    `${from}..${to}`
  ])
  const ids = await git.exec(['patch-id', '--stable'], { input: log.stdout })
  return parsePatchIds(ids.stdout.toString('utf8'))
}

/** The patch-id of one patch file, or undefined when git finds no diff in it. */
async function filePatchId(git: Git, text: Buffer): Promise<string | undefined> {
  const r = await git.exec(['patch-id', '--stable'], { input: text })
  return r.stdout.toString('utf8').trim().split(/\s+/)[0] || undefined
}

/** A patch without a single hunk would "reverse-apply" to anything; never count it as contained. */
function hasHunk(text: string): boolean {
  return /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m.test(text)
}

/**
 * Which of the series' patches a newer upstream release already contains, decided by content, never by
 * file name: a patch whose `git patch-id --stable` equals a commit in pin..release, or whose change
 * reverse-applies at fuzz 0 on the release's tree (a backport with other context, or a change upstream
 * took in another form). `treeDir` is a checkout of the release.
 */
export async function containedPatches(
  git: Git,
  range: { from: string; to: string },
  treeDir: string,
  patches: readonly { file: string; path: string }[]
): Promise<ContainedPatch[]> {
  const upstreamIds = await rangePatchIds(git, range.from, range.to)
  const contained: ContainedPatch[] = []
  for (const p of patches) {
    const text = readFileSync(p.path)
    if (!hasHunk(text.toString('latin1'))) continue
    const id = await filePatchId(git, text)
    const upstream = id ? upstreamIds.get(id) : undefined
    if (upstream) {
      contained.push({ file: p.file, how: 'patch-id', upstream })
      continue
    }
    if ((await applyPatch(treeDir, p.path, { reverse: true, dryRun: true })).ok) {
      contained.push({ file: p.file, how: 'reverse-applies' })
    }
  }
  return contained
}
