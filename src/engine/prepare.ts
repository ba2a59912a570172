import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statfsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix, resolve } from 'node:path'
import type { TrackConfig } from '../config/types.js'
import { InputError } from '../errors.js'
import type { Git } from '../git/gateway.js'
import { fetchPinned } from '../upstream/fetch-pinned.js'
import type { Pin } from '../pin/resolve.js'
import { noBugRefs, parseBugRefs } from '../series/bug-refs.js'
import { readExistingSeries, type ExistingSeries } from '../series/existing.js'
import { highestNumber, patchFileName } from '../series/names.js'
import { gbpPatchName } from '../series/gbp-patch.js'
import { gbpSettings, parseGbpConf } from '../debian/gbp-conf.js'
import { cloneDirFor, type UpstreamClone } from '../upstream/fetch.js'
import { withDirLock } from '../upstream/lock.js'
import { readWalkCacheAhead, shallowDigest } from '../walk/cache.js'
import type { DiffRequest } from '../walk/diff-stream.js'
import {
  analysisCacheDisabled,
  analysisKey,
  codeIdentity,
  hasStoredAnalyses,
  readCachedAnalysis,
  writeCachedAnalysis
} from './analysis-cache.js'
import { analyzeRange, type Analysis, type AnalyzeInput, type PlannedStep } from './analyze.js'
import { analyzeSelection } from './selection.js'
import type { EngineOptions, PlannedPatch, SelectionReport } from './types.js'

/** Everything plan, apply and verify share for one track. */
export interface Prepared {
  track: TrackConfig
  packageDir: string
  upstream: UpstreamClone
  pin: Pin
  existing: ExistingSeries
  analysis: Analysis
  /** With a selection (freeze exception): how it was resolved by content. */
  selection?: SelectionReport
  /** Patch directory relative to debian/patches (`stable`), as series entries name it. */
  patchSubdir: string
  /** Set when new patches are written in `gbp pq export`'s form (see gbpMode). */
  gbp?: { numbered: boolean }
  /** Planned steps with their file names, in series order. */
  named: { step: PlannedStep; name: string; patch: PlannedPatch }[]
}

/** `debian/patches/stable` → `stable`; a patch directory outside debian/patches is a config error. */
export function patchSubdir(track: TrackConfig): string {
  const rel = posix.relative('debian/patches', posix.normalize(track.patchDir))
  if (rel.startsWith('..') || posix.isAbsolute(rel)) {
    throw new InputError(
      `track ${track.name}: patchDir ${track.patchDir} must be under debian/patches (quilt reads patches from there)`
    )
  }
  return rel
}

/**
 * Where scratch trees go: $STABLE_SYNC_TMPDIR, else /dev/shm when it is writable and roomy (patch
 * rewrites every file it touches: on a disk, 10,000 patches take 30x longer than in RAM), else the
 * system temp dir.
 */
export function scratchRoot(env: Record<string, string | undefined> = process.env): string {
  if (env.STABLE_SYNC_TMPDIR) return env.STABLE_SYNC_TMPDIR
  try {
    accessSync('/dev/shm', constants.W_OK)
    const fs = statfsSync('/dev/shm')
    if (fs.bavail * fs.bsize > 4 * 1024 ** 3) return '/dev/shm'
  } catch {
    // no /dev/shm here
  }
  return tmpdir()
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(scratchRoot(), 'stable-sync-'))
  try {
    return await fn(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * gbp form when the track asks for it, or (auto) when the package has debian/gbp.conf; patch-numbers
 * from its [pq] section.
 */
export function gbpMode(track: TrackConfig, packageDir: string): { numbered: boolean } | undefined {
  const format = track.patchFormat ?? 'auto'
  if (format === 'dep3') return undefined
  const file = join(packageDir, 'debian', 'gbp.conf')
  const conf = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  if (format === 'auto' && conf === undefined) return undefined
  return { numbered: conf === undefined ? true : gbpSettings(parseGbpConf(conf)).patchNumbers }
}

/** gbp's rule for a name already in the series: `<base>-<how many series names start with base>.patch`. */
function gbpUnique(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name
  const base = name.replace(/\.patch$/, '')
  return `${base}-${[...taken].filter(t => t.startsWith(base)).length}.patch`
}

export interface PrepareHooks {
  /** The upstream clone and the commits the series may take, as soon as the metadata has decided. */
  onCandidates?: (git: Git, commits: DiffRequest[]) => void
}

/** The analysis cache's key for these inputs; undefined when the engine's code cannot be identified. */
async function analysisCacheKey(
  upstream: UpstreamClone,
  pinSha: string,
  track: TrackConfig,
  existing: ExistingSeries,
  env: Record<string, string | undefined>
): Promise<string | undefined> {
  const code = codeIdentity()
  if (!code) return undefined
  return analysisKey({
    code,
    gitVersion: await upstream.git.text(['version']),
    env,
    pinSha,
    tipSha: upstream.tipSha,
    shallow: shallowDigest(upstream.dir),
    track,
    existing
  })
}

export async function prepareTrack(
  opts: EngineOptions,
  track: TrackConfig,
  hooks: PrepareHooks = {}
): Promise<Prepared> {
  const packageDir = resolve(opts.repoDir, track.package)
  const subdir = patchSubdir(track)
  // The clone's lock covers the analysis too: it writes the walk and binary caches beside the clone.
  const env = { ...process.env, ...opts.env }
  const useAnalysisCache = !analysisCacheDisabled(env)
  return withDirLock(cloneDirFor(track, opts), opts, async () => {
    const { upstream, pin } = await fetchPinned(track, {
      repoDir: opts.repoDir,
      cacheDir: opts.cacheDir,
      log: opts.log,
      env: opts.env,
      // A clone with a stored analysis is most often rerun with the same inputs: the walk is not read then.
      onCachedPin: (dir, pinSha) =>
        useAnalysisCache && hasStoredAnalyses(dir) ? undefined : readWalkCacheAhead(dir, pinSha)
    })
    const existing = readExistingSeries(packageDir)
    // The analysis of these exact inputs, when an earlier run stored it (analysis-cache.ts).
    const key = useAnalysisCache ? await analysisCacheKey(upstream, pin.sha, track, existing, env) : undefined
    const stored = key && readCachedAnalysis(upstream.dir, key)
    if (stored) {
      opts.log.debug(`${track.name}: analysis of ${pin.sha}..${upstream.tipSha} read from the cache (${key})`)
      if (!track.selection && hooks.onCandidates) {
        const taken = stored.analysis.steps.filter(s => s.kind === 'commit' && !s.refreshed)
        hooks.onCandidates(
          upstream.git,
          taken.map(s => ({ sha: s.commit.sha, parent: s.commit.parents[0] }))
        )
      }
    }
    const { analysis, selection } =
      stored ||
      (await withTempDir(async tmpDir => {
        const input: AnalyzeInput = {
          git: upstream.git,
          pinSha: pin.sha,
          tipSha: upstream.tipSha,
          track,
          existing,
          log: opts.log,
          tmpDir,
          cloneDir: upstream.dir,
          onCandidates: hooks.onCandidates && (commits => hooks.onCandidates!(upstream.git, commits))
        }
        if (!track.selection) return { analysis: await analyzeRange(input), selection: undefined }
        // A freeze exception: the selected fixes plus what they need by content (selection.ts).
        const r = await analyzeSelection({ ...input, onCandidates: undefined }, track.selection)
        return { analysis: r.analysis, selection: r.report }
      }))
    if (key && !stored) {
      try {
        writeCachedAnalysis(upstream.dir, key, selection ? { analysis, selection } : { analysis })
      } catch (e) {
        // Only the next run's time depends on it.
        opts.log.warning(`${track.name}: could not store the analysis in the cache: ${(e as Error).message}`)
      }
    }
    const gbp = gbpMode(track, packageDir)
    let number = highestNumber(
      join(packageDir, track.patchDir),
      existing.patches.map(p => p.name),
      subdir
    )
    // Joined as strings: `subdir` is normalized and a file name is a slug (no `/`, `.` or `..`).
    const prefix = subdir ? `${subdir}/` : ''
    let position = 0
    const taken = new Set(existing.patches.map(e => e.name))
    const named = analysis.steps.map(step => {
      const subject =
        step.kind === 'merge-residual' ? `merge resolution ${step.commit.subject}` : step.commit.subject
      // gbp numbers a patch by its place in the whole series (gbp pq export), stable-sync after the highest.
      const name = gbp
        ? gbpUnique(
            prefix +
              gbpPatchName(
                existing.patches.length + ++position,
                // The subject the patch file carries (renderResidualPatch's for a merge residual).
                step.kind === 'merge-residual'
                  ? `Merge resolution: ${step.commit.subject}`
                  : step.commit.subject,
                gbp.numbered
              ),
            taken
          )
        : prefix + patchFileName(++number, subject)
      taken.add(name)
      const bugs = parseBugRefs(step.commit.message, track.bugs ?? [])
      const patch: PlannedPatch = {
        // = relative(packageDir, <packageDir>/debian/patches/<name>).
        file: `debian/patches/${name}`,
        upstream: step.upstream,
        subject: step.commit.subject,
        author: `${step.commit.authorName} <${step.commit.authorEmail}>`,
        kind: step.kind,
        ...(step.refreshed ? { refreshed: { onto: step.refreshed.onto } } : {}),
        ...(noBugRefs(bugs) ? {} : { bugs })
      }
      return { step, name, patch }
    })
    return {
      track,
      packageDir,
      upstream,
      pin,
      existing,
      analysis,
      selection,
      patchSubdir: subdir,
      named,
      ...(gbp ? { gbp } : {})
    }
  })
}
