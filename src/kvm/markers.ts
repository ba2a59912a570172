/**
 * The console protocol between the L1 guest's test script (guest-script.ts) and the verdict
 * (verdict.ts). Every line the script prints for the verdict starts with this prefix; the rest is
 * `<event>` and optional text. Kernel messages may interleave on the serial console, so the verdict
 * looks for the prefix anywhere in a line.
 */
export const KVM_MARKER = 'STABLE-SYNC-KVM:'

/** Events the guest script reports, in the order it reaches them. */
export type KvmEvent =
  /** `module-loaded <name>` */
  | 'module-loaded'
  /** `module-failed <name> <insmod output>` */
  | 'module-failed'
  /** `cpu <svm|vmx>`: which vendor module is loaded (nested virtualization is visible in L1). */
  | 'cpu'
  /** `no-virtualization <text>`: L1 has neither SVM nor VMX (the host, not the package, is at fault). */
  | 'no-virtualization'
  /** `dev-kvm present|missing` */
  | 'dev-kvm'
  /** `l2-exit <code>`: exit status of the L2 smoke program. */
  | 'l2-exit'
  /** `done`: every step passed. */
  | 'done'

/** Exit codes of test/kvm/kvm-l2-smoke.c (documented there). */
export const SMOKE_EXIT = { ok: 0, noDevKvm: 2, ioctlFailed: 3, noMarker: 4 } as const
