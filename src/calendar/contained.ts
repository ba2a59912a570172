import { readFileSync } from 'node:fs'
import { splitPatch } from '../debian/dep3.js'
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

/**
 * Patch-ids of many patch files with one `git patch-id` process: each file's diff (its DEP-3 or mail
 * header cut off, so a `commit <sha> upstream.` line in a message cannot split it) behind a
 * `commit <index>` line. Bytes are carried as Latin-1 so non-UTF-8 patches pass through unchanged.
 */
async function filePatchIds(git: Git, texts: readonly Buffer[]): Promise<(string | undefined)[]> {
  const key = (i: number): string => i.toString(16).padStart(40, '0')
  const input = texts.map((t, i) => {
    const { diff } = splitPatch(t.toString('latin1'))
    return Buffer.from(`commit ${key(i)}\n${diff}${diff.endsWith('\n') ? '' : '\n'}`, 'latin1')
  })
  const r = await git.exec(['patch-id', '--stable'], { input: Buffer.concat(input) })
  const byKey = new Map<string, string>()
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const [id, k] = line.trim().split(/\s+/)
    if (id && k) byKey.set(k, id)
  }
  return texts.map((_, i) => byKey.get(key(i)))
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
  const texts = patches.map(p => readFileSync(p.path))
  const ids = await filePatchIds(git, texts)
  const contained: ContainedPatch[] = []
  for (const [i, p] of patches.entries()) {
    if (!hasHunk(texts[i].toString('latin1'))) continue
    const upstream = ids[i] ? upstreamIds.get(ids[i]!) : undefined
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
