import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSeriesEntries } from '../debian/series.js'
import type { Git } from '../git/gateway.js'
import { run, type RunResult } from '../process/run.js'
import type { Verification } from '../engine/types.js'

/** dpkg-source's own patch invocation (Dpkg::Source::Patch::apply): fuzz 0, no backups, no rejects. */
export const PATCH_ARGS = [
  '-p1',
  '-F0',
  '-N',
  '-t',
  '-u',
  '-V',
  'never',
  '-E',
  '--no-backup-if-mismatch',
  '--reject-file=-'
]

/** The series a package has on disk, as verifyWithPatch takes it. */
export function readSeriesPatches(packageDir: string, seriesFile: string): { name: string; bytes: Buffer }[] {
  const entries = existsSync(seriesFile) ? parseSeriesEntries(readFileSync(seriesFile, 'utf8')) : []
  return entries.map(e => ({
    name: e.path,
    bytes: readFileSync(join(packageDir, 'debian', 'patches', e.path))
  }))
}

export interface RealVerifyInput {
  /** The upstream cache repository. */
  git: Git
  pinSha: string
  tipSha: string
  /** The whole series in order: name (relative to debian/patches) and bytes. */
  patches: { name: string; bytes: Buffer }[]
  tmpDir: string
  /** Files whose differences from the tip are explained (changed only by skipped commits, or the package's own patches). */
  explained(path: string): boolean
  /** Files changed by patches that should reproduce the tip exactly (new or pending upstream fixes). */
  strict(path: string): boolean
}

/** A verification fed the series in order, piece by piece, as the pieces become available. */
export interface SeriesVerifier {
  /** Apply the next patches of the series (in order) in the background. */
  add(patches: { name: string; bytes: Buffer }[]): void
  /** Wait until nothing runs in the scratch directory any more (for clean-up after an error). */
  idle(): Promise<void>
  /** Every patch was given: the verdict. */
  finish(): Promise<Verification>
}

/**
 * Apply the whole series with the real tool, as dpkg-source does (`patch -p1 -F0`), onto the pinned
 * tree checked out in a temporary directory, and compare the result with the stable tip.
 */
export async function verifyWithPatch(input: RealVerifyInput): Promise<Verification> {
  const v = startVerify(input)
  v.add(input.patches)
  return v.finish()
}

/**
 * `verifyWithPatch`, incremental: the pinned tree is checked out at once, and each piece of the
 * series is applied (one patch process per piece, in order, onto the same tree) as soon as it is
 * given, so apply can verify the patches it has rendered while git still diffs the next ones.
 */
export function startVerify(input: Omit<RealVerifyInput, 'patches'>): SeriesVerifier {
  const { git, pinSha } = input
  const tree = join(input.tmpDir, 'tree')
  const env = { GIT_INDEX_FILE: join(input.tmpDir, 'tree.index') }
  const wt = ['--work-tree', tree]
  const patches: { name: string; bytes: Buffer }[] = []
  let failure: RunResult | undefined
  let chain: Promise<void> = (async () => {
    mkdirSync(tree, { recursive: true })
    await git.exec([...wt, 'read-tree', pinSha], { env })
    await git.exec([...wt, 'checkout-index', '-a', '-f'], { env })
  })()
  chain.catch(() => undefined) // awaited by finish/idle
  return {
    add(more) {
      if (more.length === 0) return
      patches.push(...more)
      const all = Buffer.concat(more.flatMap(p => [p.bytes, Buffer.from('\n')]))
      chain = chain.then(async () => {
        if (failure) return
        const r = await run('patch', [...PATCH_ARGS, '-s', '-d', tree], { input: all, allowFailure: true })
        if (r.code !== 0) failure = r
      })
      chain.catch(() => undefined)
    },
    idle: () =>
      chain.then(
        () => undefined,
        () => undefined
      ),
    finish: async () => {
      await chain
      return failure ? explainFailure(input, patches, failure) : compare(input, patches)
    }
  }
}

/** The series did not apply: patch by patch onto a fresh tree, to name the culprit. */
async function explainFailure(
  input: Omit<RealVerifyInput, 'patches'>,
  patches: { name: string; bytes: Buffer }[],
  r: RunResult
): Promise<Verification> {
  const { git, pinSha } = input
  const fresh = join(input.tmpDir, 'tree2')
  mkdirSync(fresh, { recursive: true })
  const env2 = { GIT_INDEX_FILE: join(input.tmpDir, 'tree2.index') }
  await git.exec(['--work-tree', fresh, 'read-tree', pinSha], { env: env2 })
  await git.exec(['--work-tree', fresh, 'checkout-index', '-a', '-f'], { env: env2 })
  for (const p of patches) {
    const one = await run('patch', [...PATCH_ARGS, '-d', fresh], { input: p.bytes, allowFailure: true })
    if (one.code !== 0) {
      const why = one.stdout.toString('utf8').trim().split('\n').slice(-3).join('; ')
      return {
        status: 'failed',
        text: `${p.name} does not apply at fuzz 0 (patch -F0): ${why}`,
        differences: []
      }
    }
  }
  return {
    status: 'failed',
    text: `the series does not apply at fuzz 0 (patch -F0): ${r.stdout.toString('utf8').trim().split('\n').slice(-3).join('; ')}`
  }
}

/** The series applied: hash the tree and compare it with the tip. */
async function compare(
  input: Omit<RealVerifyInput, 'patches'>,
  patches: { name: string; bytes: Buffer }[]
): Promise<Verification> {
  const { git, pinSha, tipSha } = input
  const tree = join(input.tmpDir, 'tree')
  const env = { GIT_INDEX_FILE: join(input.tmpDir, 'tree.index') }
  const wt = ['--work-tree', tree]
  await git.exec([...wt, 'add', '-A', '.'], { env })
  const { stdout } = await git.exec(
    [...wt, 'diff-index', '--cached', '--no-renames', '--name-only', '-z', tipSha],
    { env }
  )
  const differing = stdout.toString('utf8').split('\0').filter(Boolean)
  const unexplained = differing.filter(f => !input.explained(f))
  const failing = unexplained.filter(f => input.strict(f))
  const note =
    unexplained.length > failing.length
      ? `; ${unexplained.length - failing.length} file(s) carried by the package's earlier patches differ from the tip`
      : ''
  if (failing.length) {
    return {
      status: 'failed',
      text: `the series applies at fuzz 0 but ${failing.length} file(s) differ from the stable tip${note}`,
      differences: unexplained
    }
  }
  return {
    status: 'ok',
    text:
      `${patches.length} patches apply at fuzz 0 (patch -F0, as dpkg-source) onto ${pinSha.slice(0, 12)} and reproduce ` +
      `${tipSha.slice(0, 12)} except files changed only by skipped commits${note}`,
    ...(unexplained.length ? { differences: unexplained } : {})
  }
}
