import { checkKvmStatic } from './kvm.js'
import { readKvmAnswer, writeKvmAnswer, type KvmProbeAnswer } from './kvm-cache.js'
import type { Accel } from './qemu-args.js'

/**
 * Which accelerator a boot uses, and why. `/dev/kvm` opening is not enough: on some hosts a Linux
 * guest hangs under KVM in early boot. So the first KVM boot on a host is a probe: the real boot
 * runs with an early console, and if the kernel prints nothing within a short window (or QEMU dies)
 * KVM is declared unusable. The answer is cached per host boot, QEMU binary and guest (kvm-cache.ts),
 * so later boots decide without paying anything.
 */
export type AccelMode = 'auto' | 'kvm' | 'tcg'

export type AccelPlan =
  /** Boot with `accel`; `probe` = this boot also decides whether KVM works (no cached answer yet). */
  | { kind: 'run'; accel: Accel; why: string; probe: boolean; cached?: KvmProbeAnswer }
  /** No KVM at all and KVM was required: exit 77. */
  | { kind: 'skip'; why: string }
  /** KVM present but broken and KVM was required: exit 2, a diagnosis instead of a timeout. */
  | { kind: 'error'; why: string }

export interface AccelContext {
  qemu: string
  guestArch: string
  cacheFile: string
  cacheKey: string
  /** For tests: the KVM device to check. */
  kvmDevice?: string
}

export async function planAccel(mode: AccelMode, ctx: AccelContext): Promise<AccelPlan> {
  if (mode === 'tcg') return { kind: 'run', accel: 'tcg', why: 'TCG requested (--accel tcg)', probe: false }
  const check = await checkKvmStatic(ctx.qemu, ctx.guestArch, ctx.kvmDevice)
  if (!check.ok) {
    return mode === 'kvm'
      ? { kind: 'skip', why: `KVM required (--accel kvm) but not available: ${check.reason}` }
      : { kind: 'run', accel: 'tcg', why: `TCG: KVM is not available: ${check.reason}`, probe: false }
  }
  const cached = readKvmAnswer(ctx.cacheFile, ctx.cacheKey)
  if (!cached) {
    return {
      kind: 'run',
      accel: 'kvm',
      why: 'KVM: /dev/kvm is usable; probing that a guest kernel runs under it',
      probe: true
    }
  }
  if (cached.usable) {
    return {
      kind: 'run',
      accel: 'kvm',
      why: `KVM: usable on this host (probed ${cached.probedAt}: ${cached.reason})`,
      probe: false,
      cached
    }
  }
  const diagnosis = `/dev/kvm opens but a Linux guest does not run under it on this host (probed ${cached.probedAt}: ${cached.reason})`
  return mode === 'kvm'
    ? {
        kind: 'error',
        why: `KVM required (--accel kvm) but unusable: ${diagnosis}. Use --accel auto or tcg, or fix the host's KVM`
      }
    : { kind: 'run', accel: 'tcg', why: `TCG: ${diagnosis}`, probe: false, cached }
}

/** Remember a probe's answer for this host boot. */
export function recordProbe(
  ctx: AccelContext,
  bootId: string,
  usable: boolean,
  reason: string
): KvmProbeAnswer {
  const answer = { usable, reason, probedAt: new Date().toISOString() }
  try {
    writeKvmAnswer(ctx.cacheFile, ctx.cacheKey, bootId, answer)
  } catch {
    // A read-only cache directory only costs the next boot another probe.
  }
  return answer
}
