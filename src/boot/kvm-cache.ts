import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * The per-host memory of the KVM probe, so only the first boot on a host pays for it. An answer is
 * valid for one host boot (kernel modules and /dev/kvm can change across reboots), one QEMU binary
 * and one guest kernel or image: the key names all three.
 */
export interface KvmProbeAnswer {
  usable: boolean
  reason: string
  /** ISO time of the probe. */
  probedAt: string
}

interface CacheFile {
  version: 1
  entries: Record<string, KvmProbeAnswer & { bootId: string }>
}

/** `$STABLE_SYNC_KVM_CACHE`, else `$XDG_CACHE_HOME/stable-sync/kvm-probe.json` (default `~/.cache`). */
export function kvmCacheFile(env: Record<string, string | undefined>): string {
  if (env.STABLE_SYNC_KVM_CACHE) return env.STABLE_SYNC_KVM_CACHE
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache')
  return join(base, 'stable-sync', 'kvm-probe.json')
}

export function hostBootId(file = '/proc/sys/kernel/random/boot_id'): string {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    return 'unknown-boot'
  }
}

/** A file's identity without reading it: real path, size and modification time. */
export function fileIdentity(path: string): string {
  try {
    const real = realpathSync(path)
    const st = statSync(real)
    return `${real}@${st.size}@${Math.trunc(st.mtimeMs)}`
  } catch {
    return path
  }
}

export function kvmCacheKey(parts: { bootId: string; qemu: string; guest: string }): string {
  return [parts.bootId, fileIdentity(parts.qemu), fileIdentity(parts.guest)].join('|')
}

function load(file: string): CacheFile {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile
    if (parsed.version === 1 && parsed.entries && typeof parsed.entries === 'object') return parsed
  } catch {
    // Missing or corrupt: start again; the cache is only an optimisation.
  }
  return { version: 1, entries: {} }
}

export function readKvmAnswer(file: string, key: string): KvmProbeAnswer | undefined {
  const e = load(file).entries[key]
  return e ? { usable: e.usable, reason: e.reason, probedAt: e.probedAt } : undefined
}

/** Store an answer, dropping entries from earlier host boots. Written atomically (rename). */
export function writeKvmAnswer(file: string, key: string, bootId: string, answer: KvmProbeAnswer): void {
  const data = load(file)
  for (const [k, v] of Object.entries(data.entries)) if (v.bootId !== bootId) delete data.entries[k]
  data.entries[key] = { ...answer, bootId }
  mkdirSync(dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`)
  renameSync(tmp, file)
}
