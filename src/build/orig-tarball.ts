import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { globMatcher } from '../config/glob.js'
import { InputError } from '../errors.js'
import type { Git } from '../git/gateway.js'
import { splitNul } from '../git/text.js'

export type OrigCompression = 'xz' | 'gz'

/** `hello_1.0.orig.tar.xz`: the name dpkg-source looks for beside the unpacked tree. */
export function origTarballName(
  source: string,
  upstreamVersion: string,
  compression: OrigCompression
): string {
  return `${source}_${upstreamVersion}.orig.tar.${compression}`
}

export interface OrigTarballOptions {
  /** The upstream repository (a clone holding `commit`). */
  git: Git
  /** The pinned upstream commit (or tag) whose tree becomes the tarball. */
  commit: string
  source: string
  upstreamVersion: string
  outDir: string
  /** The track's `paths` globs: when non-empty, the tarball holds only the files they match. */
  paths?: readonly string[]
  compression?: OrigCompression
}

/**
 * Write the orig tarball of a pinned upstream commit with `git archive`, everything under
 * `<source>-<upstream>/`. git's own tar writer is deterministic for a given commit (file times are
 * the commit time), so the same pin always yields the same bytes, as the archive requires of an
 * orig tarball that is uploaded once and reused by every revision. Compression runs inside
 * `git archive` (built-in gzip, or `xz` via a fixed tar filter), streaming: a kernel tree never
 * passes through our memory.
 */
export async function createOrigTarball(opts: OrigTarballOptions): Promise<{ file: string; files: number }> {
  const compression = opts.compression ?? 'xz'
  const file = join(resolve(opts.outDir), origTarballName(opts.source, opts.upstreamVersion, compression))
  const prefix = `${opts.source}-${opts.upstreamVersion}/`
  const commit = `${opts.commit}^{commit}`
  let pathArgs: string[] = []
  let files = -1
  if (opts.paths && opts.paths.length > 0) {
    const selected = await selectPaths(opts.git, commit, opts.paths)
    if (selected.length === 0) {
      throw new InputError(
        `none of the track's paths (${opts.paths.join(', ')}) matches a file in ${opts.commit}: check 'paths' in the config`
      )
    }
    // Literal pathspecs: file names are data here, never patterns (a name may hold `*` or `:`).
    pathArgs = ['--', ...selected]
    files = selected.length
  }
  mkdirSync(resolve(opts.outDir), { recursive: true })
  const format = compression === 'xz' ? 'tar.xz' : 'tar.gz'
  await opts.git.exec(
    [
      // A constant filter command (git runs it through sh; nothing untrusted is in it).
      '-c',
      'tar.tar.xz.command=xz -c -6 -T1',
      '--literal-pathspecs',
      'archive',
      `--format=${format}`,
      `--prefix=${prefix}`,
      '-o',
      file,
      commit,
      ...pathArgs
    ],
    { env: { TZ: 'UTC' } }
  )
  if (files < 0) files = (await listFiles(opts.git, commit)).length
  return { file, files }
}

async function listFiles(git: Git, commit: string): Promise<string[]> {
  const r = await git.exec(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit])
  return splitNul(r.stdout)
}

/**
 * The files of `commit` that the track's globs select, with the same matcher the engine uses to
 * filter commits, so the tarball and the patch series agree on what "the package's files" are.
 */
export async function selectPaths(git: Git, commit: string, globs: readonly string[]): Promise<string[]> {
  const matches = globMatcher(globs)
  return (await listFiles(git, commit)).filter(matches)
}
