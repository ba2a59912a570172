import { basename } from 'node:path'

/**
 * Builds the QEMU command line for a boot test. Pure: the same inputs give the same argument array,
 * which the report prints (so a person can rerun it by hand) and the tests check.
 */
export type Accel = 'kvm' | 'tcg'

/** What differs between guest architectures: machine, serial console name, early console. */
export interface ArchProfile {
  arch: string
  machine?: string
  console: string
  earlyConsole: string
}

const PROFILES: Record<string, ArchProfile> = {
  x86_64: { arch: 'x86_64', console: 'ttyS0', earlyConsole: 'earlyprintk=serial' },
  i386: { arch: 'i386', console: 'ttyS0', earlyConsole: 'earlyprintk=serial' },
  aarch64: { arch: 'aarch64', machine: 'virt', console: 'ttyAMA0', earlyConsole: 'earlycon' }
}

/** The guest architecture from the binary's name (`qemu-system-x86_64` → x86_64). */
export function archOfQemu(qemu: string): string {
  const m = /qemu-system-([\w-]+)$/.exec(basename(qemu))
  return m ? m[1] : 'x86_64'
}

export function archProfile(arch: string): ArchProfile {
  return PROFILES[arch] ?? { arch, console: 'ttyS0', earlyConsole: '' }
}

export type GuestNetwork = 'restricted' | 'open'

export interface QemuSpec {
  /** The qemu-system-* binary (path or name on PATH). */
  qemu: string
  accel: Accel
  memoryMb: number
  /** Direct kernel boot. */
  kernel?: string
  initrd?: string
  /** Kernel command line; `console=<serial>` is added when it names no console. */
  append?: string
  /** Disk image (qcow2 or raw); booted with snapshot=on so the file is never modified. */
  image?: string
  imageFormat?: 'qcow2' | 'raw'
  /** A cloud-init NoCloud seed (ISO labelled `cidata`) attached read-only. */
  seed?: string
  /**
   * The image guest's user-mode network: `restricted` (default, `restrict=on`: DHCP and DNS from QEMU,
   * nothing routed to the host or beyond) or `open` (for a test that really needs the network).
   */
  network?: GuestNetwork
  /** Add the early console so a KVM probe sees kernel output as soon as the kernel runs. */
  earlyConsole?: boolean
}

/** The kernel command line the guest gets. */
export function kernelCommandLine(spec: Pick<QemuSpec, 'qemu' | 'append' | 'earlyConsole'>): string {
  const profile = archProfile(archOfQemu(spec.qemu))
  const words = (spec.append ?? '').split(/\s+/).filter(Boolean)
  if (!words.some(w => w.startsWith('console='))) words.unshift(`console=${profile.console}`)
  if (spec.earlyConsole && profile.earlyConsole && !words.some(w => /^(earlyprintk|earlycon)\b/.test(w))) {
    words.push(profile.earlyConsole)
  }
  return words.join(' ')
}

export function buildQemuArgs(spec: QemuSpec): string[] {
  const profile = archProfile(archOfQemu(spec.qemu))
  const args = [
    // Nothing implicit: no default NIC, VGA, monitor or serial; the serial console is our stdout.
    '-nodefaults',
    '-display',
    'none',
    // A guest reboot (e.g. the kernel's panic=N) ends QEMU instead of looping.
    '-no-reboot',
    '-serial',
    'stdio'
  ]
  if (profile.machine) args.push('-machine', profile.machine)
  // KVM runs the host CPU as is; TCG emulates every feature it can (`max`), e.g. SVM for nested tests.
  args.push('-accel', spec.accel, '-cpu', spec.accel === 'kvm' ? 'host' : 'max')
  args.push('-m', String(spec.memoryMb))
  if (spec.kernel) {
    args.push('-kernel', spec.kernel)
    if (spec.initrd) args.push('-initrd', spec.initrd)
    args.push('-append', kernelCommandLine(spec))
  }
  if (spec.image) {
    const format = spec.imageFormat ?? 'qcow2'
    args.push('-drive', `file=${driveFile(spec.image)},format=${format},if=virtio,snapshot=on`)
    // Cloud images wait for a network; a user-mode NIC answers DHCP without touching the host's, and
    // restrict=on keeps the guest (code under test) from reaching the host or the internet.
    args.push('-nic', `user,model=virtio-net-pci${spec.network === 'open' ? '' : ',restrict=on'}`)
  }
  if (spec.seed) args.push('-drive', `file=${driveFile(spec.seed)},format=raw,if=virtio,readonly=on`)
  return args
}

/** `-drive` splits on commas; a literal comma in a path is written twice. */
function driveFile(path: string): string {
  return path.replace(/,/g, ',,')
}

/** The command line as a person would type it (for reports and `--json`). */
export function shellQuote(argv: readonly string[]): string {
  return argv.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')
}
