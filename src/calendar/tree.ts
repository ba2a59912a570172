import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Git } from '../git/gateway.js'
import { run } from '../process/run.js'

/**
 * Check out a commit's tree into a fresh temporary directory without touching the repository's own
 * index or worktree (a private index file). Returns the directory and its cleanup.
 */
export async function checkoutTree(git: Git, sha: string): Promise<{ dir: string; cleanup(): void }> {
  const base = mkdtempSync(join(tmpdir(), 'stable-sync-tree-'))
  const cleanup = (): void => rmSync(base, { recursive: true, force: true })
  const dir = join(base, 'tree')
  const env = { GIT_INDEX_FILE: join(base, 'index') }
  try {
    mkdirSync(dir)
    await git.exec(['read-tree', sha], { env })
    // --work-tree: the upstream cache is a bare repository.
    await git.exec(['--work-tree', dir, 'checkout-index', '-a'], { env })
  } catch (e) {
    // A failed checkout (unknown sha, full disk) must not leave its temporary directory behind.
    cleanup()
    throw e
  }
  return { dir, cleanup }
}

/**
 * Apply one patch file with -p1 at fuzz 0, as dpkg-source does. `reverse` + `dryRun` asks "does the
 * tree already contain this change?". Returns patch's own words on failure.
 */
export async function applyPatch(
  treeDir: string,
  patchFile: string,
  opts: { reverse?: boolean; dryRun?: boolean } = {}
): Promise<{ ok: boolean; output: string }> {
  const args = [
    '-p1',
    '-F0',
    '--batch',
    '--forward',
    '--no-backup-if-mismatch',
    '-s',
    '-d',
    treeDir,
    '-i',
    patchFile
  ]
  // --forward stays with --reverse: with --batch alone, patch would take a patch that applies forwards
  // as "reversed" and apply it, answering "yes, contained" for anything.
  if (opts.reverse) args.push('--reverse')
  if (opts.dryRun) args.push('--dry-run')
  const r = await run('patch', args, { allowFailure: true, env: { LC_ALL: 'C', POSIXLY_CORRECT: undefined } })
  return { ok: r.code === 0, output: `${r.stdout.toString('utf8')}${r.stderr}`.trim() }
}
