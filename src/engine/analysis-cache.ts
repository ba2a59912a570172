import { createHash } from 'node:crypto'
import {
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  mkdirSync
} from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TrackConfig } from '../config/types.js'
import type { ExistingSeries } from '../series/existing.js'
import { decodeAnalysis, encodeAnalysis, type AnalysisResult } from './analysis-codec.js'

/**
 * The analysis of a track (what analyzeRange or analyzeSelection returns) kept beside the upstream
 * clone (`<clone>/stable-sync/analysis-<key>.json`), under a key that is a digest of everything the
 * analysis reads: the engine's own code, git's version and the GIT_* environment git sees, the pin
 * and tip commits, the clone's grafts (its shallow file), the whole track config, and the package's
 * series file and every patch it lists, byte for byte. A rerun with the same inputs (an hourly run
 * with nothing new) reads it instead of walking and proving the range again; any other input is
 * another key, so a stored analysis is only ever used where computing it would give the same. A file
 * that cannot be read or decoded is ignored (the analysis is computed), never an error. git's system
 * and global config are not part of the key because git never reads them on a cache clone
 * (upstream/cache-git.ts), and the clone's own config is checked to be stable-sync's.
 */

/** Bump when the stored form, or what the key covers, changes. */
export const ANALYSIS_CACHE_FORMAT = 1
/** Analyses one clone keeps (the newest): a pin's clone sees one tip at a time, a few configs. */
const KEEP_ANALYSES = 4

/** Set to disable the cache (benchmarks that measure the analysis itself; a suspected bad cache). */
export const NO_ANALYSIS_CACHE = 'STABLE_SYNC_NO_ANALYSIS_CACHE'

export function analysisCacheDisabled(env: Record<string, string | undefined>): boolean {
  const v = env[NO_ANALYSIS_CACHE]
  return v !== undefined && v !== '' && v !== '0'
}

export interface AnalysisInputs {
  /** The engine's code identity (see codeIdentity). */
  code: string
  /** `git version`'s output: the analysis is git's diffs, applies and patch-ids. */
  gitVersion: string
  /** The environment git runs with (only GIT_* variables are part of the key). */
  env: Record<string, string | undefined>
  pinSha: string
  tipSha: string
  /** Digest of the clone's shallow file (walk/cache.ts shallowDigest). */
  shallow: string
  track: TrackConfig
  existing: ExistingSeries
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')

/** JSON with object keys sorted at every level, `undefined` properties left out: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** The key of one analysis: a sha256 over all its inputs. */
export function analysisKey(inputs: AnalysisInputs): string {
  const gitEnv = Object.fromEntries(
    Object.entries(inputs.env).filter(([k, v]) => k.startsWith('GIT_') && v !== undefined)
  )
  const { existing } = inputs
  return sha256(
    canonicalJson({
      format: ANALYSIS_CACHE_FORMAT,
      code: inputs.code,
      gitVersion: inputs.gitVersion,
      gitEnv,
      pin: inputs.pinSha,
      tip: inputs.tipSha,
      shallow: inputs.shallow,
      track: inputs.track,
      // Which series file dpkg-source uses (series or <vendor>.series), its text, and each patch's bytes.
      series: {
        file: basename(existing.seriesFile),
        text: existing.seriesText,
        patches: existing.patches.map(p => ({ name: p.name, file: p.file, bytes: sha256(p.bytes) }))
      }
    })
  )
}

let code: string | null | undefined
/**
 * The running engine's code: a digest of the files beside this module with its extension. Shipped,
 * that is the ncc bundle (every module of the engine, in `index.js` and the chunks it loads on demand,
 * all in one directory), so any change of the code is another key. Undefined when they cannot be
 * read: then nothing is cached.
 */
export function codeIdentity(): string | undefined {
  if (code === undefined) {
    try {
      const self = fileURLToPath(import.meta.url)
      const dir = dirname(self)
      const hash = createHash('sha256')
      for (const name of readdirSync(dir)
        .filter(n => extname(n) === extname(self))
        .sort()) {
        const bytes = readFileSync(join(dir, name))
        hash.update(`${name}\0${bytes.length}\0`).update(bytes)
      }
      code = hash.digest('hex')
    } catch {
      code = null
    }
  }
  return code ?? undefined
}

const cacheDir = (cloneDir: string): string => join(cloneDir, 'stable-sync')
const fileFor = (cloneDir: string, key: string): string => join(cacheDir(cloneDir), `analysis-${key}.json`)

/**
 * `{"format":1,"key":"<key>","sha256":"<digest of the value>","result":<encodeAnalysis>}`. The digest
 * finds a damaged file (a bit flipped, a write cut short); it authenticates nothing: the cache is
 * trusted as the user's own directory, and a cache restored from elsewhere loses its analyses
 * first (upstream/derived-files.ts).
 */
const HEAD = /^\{"format":(\d+),"key":"([0-9a-f]{64})","sha256":"([0-9a-f]{64})","result":/

/** The stored analysis for `key`, or undefined (none, unreadable, damaged, another format or key). */
export function readCachedAnalysis(cloneDir: string, key: string): AnalysisResult | undefined {
  const file = fileFor(cloneDir, key)
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return undefined
  }
  try {
    // The envelope (ASCII: bytes and characters alike) is checked before the value is decoded.
    const head = HEAD.exec(bytes.subarray(0, 300).toString('latin1'))
    if (!head || Number(head[1]) !== ANALYSIS_CACHE_FORMAT || head[2] !== key || bytes.at(-1) !== 0x7d)
      return undefined
    const encoded = bytes.subarray(head[0].length, bytes.length - 1)
    if (sha256(encoded) !== head[3]) return undefined
    const result = decodeAnalysis(encoded.toString('utf8'))
    // Used now: the newest files are the ones pruning keeps.
    const now = new Date()
    utimesSync(file, now, now)
    return result
  } catch {
    return undefined
  }
}

/**
 * Store an analysis (a temporary file renamed into place: a reader never sees half of one), then
 * remove all but the `keep` newest.
 */
export function writeCachedAnalysis(
  cloneDir: string,
  key: string,
  result: AnalysisResult,
  keep = KEEP_ANALYSES
): void {
  const file = fileFor(cloneDir, key)
  mkdirSync(cacheDir(cloneDir), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  const encoded = encodeAnalysis(result)
  const head = `{"format":${ANALYSIS_CACHE_FORMAT},"key":"${key}","sha256":"${sha256(encoded)}","result":`
  writeFileSync(tmp, `${head}${encoded}}`)
  renameSync(tmp, file)
  pruneAnalyses(cloneDir, keep)
}

/** Does the clone hold a stored analysis (of any inputs)? */
export function hasStoredAnalyses(cloneDir: string): boolean {
  try {
    return readdirSync(cacheDir(cloneDir)).some(n => n.startsWith('analysis-') && n.endsWith('.json'))
  } catch {
    return false
  }
}

/** Keep the `keep` newest analyses of a clone; temporary files a killed run left go too. */
function pruneAnalyses(cloneDir: string, keep: number): void {
  const dir = cacheDir(cloneDir)
  let names: string[]
  try {
    names = readdirSync(dir).filter(n => n.startsWith('analysis-'))
  } catch {
    return
  }
  const stored: { name: string; mtime: number }[] = []
  for (const name of names) {
    if (!name.endsWith('.json')) {
      if (name.endsWith('.tmp') && !name.endsWith(`.${process.pid}.tmp`))
        rmSync(join(dir, name), { force: true })
      continue
    }
    try {
      stored.push({ name, mtime: statSync(join(dir, name)).mtimeMs })
    } catch {
      // removed meanwhile
    }
  }
  stored.sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? -1 : 1))
  for (const { name } of stored.slice(keep)) rmSync(join(dir, name), { force: true })
}
