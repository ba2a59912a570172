import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { createHash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { FindingError, InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { run } from '../process/run.js'
import { hashSourceTree } from './source-hash.js'
import { syncSourceTree } from './sync-tree.js'

/**
 * Builds kvm.ko, kvm-amd.ko and kvm-intel.ko out of tree, the way the kvm-source dkms package does:
 * `make -C <kernel headers> M=<source>/arch/x86/kvm modules`. The sources are synced into a work
 * tree (the build writes objects next to them), and the result is cached under `<cacheDir>/modules/<key>`,
 * keyed by the source tree's content hash and the headers' release and ABI files, so an unchanged
 * series is not rebuilt. A failed build is cached too: the same sources fail the same way.
 * The cached modules decide a verdict, so each entry records the sha256 of its .ko files and a use
 * checks them: an entry changed after it was written is dropped and rebuilt, never booted.
 */
export const KVM_MODULES = ['kvm', 'kvm-amd', 'kvm-intel'] as const

const STALE_LOCK_MS = 30 * 60 * 1000

/** Bump when the build recipe changes, so old cache entries are not reused. */
const RECIPE = 'kvm-modules-3'

/** The headers' files that decide the modules' ABI: a rebuilt headers package with the same release string differs here. */
const HEADERS_ABI_FILES = [
  'include/generated/utsrelease.h',
  'include/generated/autoconf.h',
  'Module.symvers',
  '.config'
]

function headersFingerprint(headersDir: string): string {
  const h = createHash('sha256')
  for (const f of HEADERS_ABI_FILES) {
    const file = join(headersDir, f)
    h.update(`${f}\0`)
    if (existsSync(file)) h.update(readFileSync(file))
    h.update('\0')
  }
  return h.digest('hex')
}

const sha256File = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

/** The `ok` marker of an entry: its release and each module's sha256, written with the modules. */
interface EntryManifest {
  release: string
  sha256: Record<string, string>
}

/** Whether a cached entry's modules are the ones its manifest recorded (undefined: they are). */
function entryProblem(entry: string): string | undefined {
  let manifest: EntryManifest
  try {
    manifest = JSON.parse(readFileSync(join(entry, 'ok'), 'utf8')) as EntryManifest
  } catch {
    return 'its manifest is not readable'
  }
  for (const m of KVM_MODULES) {
    const file = join(entry, `${m}.ko`)
    if (!existsSync(file)) return `${m}.ko is missing`
    if (manifest.sha256?.[m] !== sha256File(file)) return `${m}.ko does not match its recorded sha256`
  }
  return undefined
}

export interface ModuleBuildOptions {
  /** Tree with arch/x86/kvm and virt/kvm (the kvm-source package's source, patches applied). */
  sourceDir: string
  /** Kernel headers (what /lib/modules/<release>/build points at). */
  headersDir: string
  cacheDir: string
  jobs?: number
  log: Logger
}

export interface ModuleBuild {
  /** Module name → built .ko file (in the cache). */
  modules: Record<(typeof KVM_MODULES)[number], string>
  release: string
  key: string
  cached: boolean
  seconds: number
  logFile: string
}

/** The module build failed: a finding for the maintainer (exit 1), with the compiler's errors. */
export class ModuleBuildError extends FindingError {
  constructor(
    readonly errors: string[],
    readonly logFile: string
  ) {
    super(
      `the kvm modules failed to build: ${errors.slice(0, 3).join(' | ') || 'see the build log'} (log: ${logFile})`
    )
  }
}

/**
 * The kernel release the headers build for. `include/generated/utsrelease.h` has the real one
 * (Debian's `include/config/kernel.release` says `6.1.192` where the kernel is `6.1.0-56-cloud-amd64`).
 */
export function headersRelease(headersDir: string): string {
  const uts = join(headersDir, 'include/generated/utsrelease.h')
  const m = existsSync(uts) ? /#define UTS_RELEASE "([^"]+)"/.exec(readFileSync(uts, 'utf8')) : null
  if (m) return m[1]
  const file = join(headersDir, 'include/config/kernel.release')
  if (!existsSync(file)) {
    throw new InputError(
      `${headersDir} is not a kernel headers tree (no include/generated/utsrelease.h); install linux-headers-<release> or pass its directory`
    )
  }
  return readFileSync(file, 'utf8').trim()
}

/** Compiler and make errors from a build log, for the one-line reason. */
export function buildErrors(logText: string): string[] {
  return logText
    .split('\n')
    .filter(l => /\berror\b:|\*\*\* |Error \d+/.test(l) && !/^make(\[\d+\])?: \*\*\* \[/.test(l))
    .map(l => l.trim())
    .slice(0, 10)
}

export async function buildKvmModules(o: ModuleBuildOptions): Promise<ModuleBuild> {
  const kvmDir = join(o.sourceDir, 'arch/x86/kvm')
  if (!existsSync(join(kvmDir, 'Makefile'))) {
    throw new InputError(
      `${o.sourceDir} has no arch/x86/kvm/Makefile; pass the kvm-source tree with its patches applied`
    )
  }
  const release = headersRelease(o.headersDir)
  const key = hashSourceTree(o.sourceDir, [RECIPE, release, headersFingerprint(o.headersDir)])
  const entry = join(o.cacheDir, 'modules', key)
  const logFile = join(entry, 'build.log')
  const modules = Object.fromEntries(
    KVM_MODULES.map(m => [m, join(entry, `${m}.ko`)])
  ) as ModuleBuild['modules']
  if (existsSync(join(entry, 'ok'))) {
    const problem = entryProblem(entry)
    if (!problem) {
      o.log.info(`kvm modules for ${release}: cached (${key.slice(0, 12)}, sha256 verified)`)
      return { modules, release, key, cached: true, seconds: 0, logFile }
    }
    o.log.warning(`kvm module cache entry ${key.slice(0, 12)} dropped: ${problem}; rebuilding`)
    rmSync(entry, { recursive: true, force: true })
  }
  if (existsSync(join(entry, 'failed'))) {
    o.log.info(`kvm modules for ${release}: cached build failure (${key.slice(0, 12)})`)
    throw new ModuleBuildError(buildErrors(readFileSync(logFile, 'utf8')), logFile)
  }

  // One work tree per kernel release, reused between builds: kbuild then recompiles only what the
  // changed sources affect (a new stable patch to x86.c rebuilds x86.o, not all of KVM). A second
  // concurrent build for the same release gets a fresh tree instead of waiting.
  const shared = join(o.cacheDir, 'work', release)
  const lock = `${shared}.lock`
  mkdirSync(dirname(shared), { recursive: true })
  let src = shared
  let ownsLock = true
  // A lock left by a killed build (older than any real build) is taken over.
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS)
    rmSync(lock, { recursive: true, force: true })
  try {
    mkdirSync(lock)
  } catch {
    ownsLock = false
    src = `${shared}.tmp-${process.pid}-${Date.now()}`
  }
  const stage = `${entry}.tmp-${process.pid}`
  let seconds = 0
  try {
    const changed = syncSourceTree(o.sourceDir, src)
    o.log.info(
      `building kvm modules for ${release} against ${o.headersDir} (${changed} files changed since the last build)`
    )
    const t0 = performance.now()
    const r = await run(
      'make',
      [
        '-C',
        o.headersDir,
        `M=${join(src, 'arch/x86/kvm')}`,
        `-j${o.jobs ?? availableParallelism()}`,
        'modules'
      ],
      { allowFailure: true, env: { LC_ALL: 'C' } }
    )
    seconds = (performance.now() - t0) / 1000
    rmSync(stage, { recursive: true, force: true })
    mkdirSync(stage, { recursive: true })
    writeFileSync(join(stage, 'build.log'), `${r.stdout.toString('utf8')}\n${r.stderr}`)
    const built = (m: string): string => join(src, 'arch/x86/kvm', `${m}.ko`)
    if (r.code === 0 && KVM_MODULES.every(m => existsSync(built(m)))) {
      // Without debug info, as dkms installs them: 3.4 MB instead of 31 MB, so the initramfs stays small.
      for (const m of KVM_MODULES) {
        const strip = await run('strip', ['--strip-debug', '-o', join(stage, `${m}.ko`), built(m)], {
          allowFailure: true
        }).catch(() => ({ code: 127 }))
        if (strip.code !== 0) copyFileSync(built(m), join(stage, `${m}.ko`))
      }
      const manifest: EntryManifest = {
        release,
        sha256: Object.fromEntries(KVM_MODULES.map(m => [m, sha256File(join(stage, `${m}.ko`))]))
      }
      writeFileSync(join(stage, 'ok'), JSON.stringify(manifest) + '\n')
    } else {
      writeFileSync(join(stage, 'failed'), `exit ${r.code}\n`)
    }
    rmSync(entry, { recursive: true, force: true })
    renameSync(stage, entry)
  } finally {
    if (ownsLock) rmSync(lock, { recursive: true, force: true })
    else rmSync(src, { recursive: true, force: true })
    rmSync(stage, { recursive: true, force: true })
  }
  pruneCache(join(o.cacheDir, 'modules'), entry)
  if (!existsSync(join(entry, 'ok')))
    throw new ModuleBuildError(buildErrors(readFileSync(logFile, 'utf8')), logFile)
  o.log.info(`kvm modules built in ${seconds.toFixed(1)} s`)
  return { modules, release, key, cached: false, seconds, logFile }
}

/** Cache entries kept: a few series states (the current one, its predecessors, a failing one or two). */
const KEEP_ENTRIES = 8

/** Drop the least recently written entries beyond KEEP_ENTRIES (never `current`). */
function pruneCache(dir: string, current: string): void {
  const entries = readdirSync(dir)
    .filter(n => /^[0-9a-f]{64}$/.test(n))
    .map(n => ({ path: join(dir, n), mtime: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)
  for (const e of entries.slice(KEEP_ENTRIES))
    if (e.path !== current) rmSync(e.path, { recursive: true, force: true })
}
