// What the engine benchmarks share: where their fixtures live, the CLI bundled from the current
// sources, and git as a GitHub runner sees it (no global config, a fixed identity).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Where the fixtures live: $BENCH_TMPDIR, else /dev/shm when it has room (as the engine's own
// scratch trees), else the OS temp dir. On a disk, creating apply's 10,000 files can cost 10x more
// for minutes after something deleted many files (ext4 without a journal will not reuse an inode
// deleted in the last 1-5 minutes and scans past each one: quadratic); that is the disk's state,
// not the engine, so bench.mjs measures and reports it rather than mixing it into the ratio.
function fixturesDir() {
  if (process.env.BENCH_TMPDIR) return process.env.BENCH_TMPDIR
  try {
    const fs = statfsSync('/dev/shm')
    if (fs.bavail * fs.bsize > 4 * 1024 ** 3) return '/dev/shm'
  } catch {
    // no /dev/shm
  }
  return tmpdir()
}

/** A fresh fixture root, the CLI bundled into it, and a git runner with an isolated config. */
export function benchSetup(prefix) {
  const root = mkdtempSync(join(fixturesDir(), prefix))
  // The CLI bundled from the current sources (as dist/cli is built), so the numbers are for this tree.
  execFileSync('npx', ['ncc', 'build', 'src/cli/index.ts', '-o', join(root, 'cli'), '--quiet'], {
    stdio: 'inherit'
  })
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: join(root, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.org',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.org'
  }
  writeFileSync(env.GIT_CONFIG_GLOBAL, '')
  const git = (cwd, args, opts = {}) => execFileSync('git', args, { cwd, env, maxBuffer: 1 << 30, ...opts })
  return { root, cli: join(root, 'cli', 'index.js'), env, git }
}
