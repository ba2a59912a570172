import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { run } from '../process/run.js'

/**
 * The cheap half of "is KVM usable here": the device, its permissions, the QEMU build and the
 * architecture. The expensive half (does a Linux guest actually run?) is the probe in accel.ts.
 */
export interface KvmCheck {
  ok: boolean
  /** Why not (or what was checked), said so a person can fix it. */
  reason: string
}

/** Node's name for the host CPU → QEMU's guest architecture name. */
export function hostArch(nodeArch: string = process.arch): string {
  return ({ x64: 'x86_64', ia32: 'i386', arm64: 'aarch64' } as Record<string, string>)[nodeArch] ?? nodeArch
}

export async function checkKvmStatic(
  qemu: string,
  guestArch: string,
  device = '/dev/kvm'
): Promise<KvmCheck> {
  const host = hostArch()
  // An x86_64 QEMU runs i386 guests with KVM too; other pairs need the same architecture.
  if (guestArch !== host && !(host === 'x86_64' && guestArch === 'i386')) {
    return { ok: false, reason: `the guest architecture ${guestArch} differs from the host's ${host}` }
  }
  if (!existsSync(device)) {
    return {
      ok: false,
      reason: `${device} does not exist (no KVM module loaded, or no hardware virtualization)`
    }
  }
  try {
    accessSync(device, constants.R_OK | constants.W_OK)
  } catch {
    return {
      ok: false,
      reason: `${device} is not readable and writable by this user (add a udev rule, e.g. KERNEL=="kvm", MODE="0666", or join the kvm group)`
    }
  }
  const help = await run(qemu, ['-accel', 'help'], { allowFailure: true, timeoutMs: 10_000 })
  if (!/^kvm$/m.test(help.stdout.toString('utf8'))) {
    return { ok: false, reason: `${qemu} was built without KVM support ('-accel help' does not list kvm)` }
  }
  return { ok: true, reason: `${device} is accessible and ${qemu} supports kvm` }
}

/** Nested virtualization on the host, for self-hosted runners that run KVM guests inside the guest. */
export interface NestedState {
  /** The vendor module whose parameter was read, or undefined when neither is loaded. */
  module?: 'kvm_intel' | 'kvm_amd'
  enabled?: boolean
  /** Human text, e.g. "enabled (kvm_amd nested=1)". */
  text: string
}

export function nestedVirtState(sysModule = '/sys/module'): NestedState {
  for (const module of ['kvm_intel', 'kvm_amd'] as const) {
    const file = `${sysModule}/${module}/parameters/nested`
    let raw: string
    try {
      raw = readFileSync(file, 'utf8').trim()
    } catch {
      continue
    }
    const enabled = raw === 'Y' || raw === '1'
    return {
      module,
      enabled,
      text: `${enabled ? 'enabled' : 'disabled'} (${module} nested=${raw})${enabled ? '' : `; enable with: echo "options ${module} nested=1" > /etc/modprobe.d/${module}.conf and reload ${module}`}`
    }
  }
  return { text: 'unknown: neither kvm_intel nor kvm_amd is loaded' }
}
