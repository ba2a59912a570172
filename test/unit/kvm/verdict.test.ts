import { kvmVerdict } from '../../../src/kvm/verdict.js'

const bootPass = { result: 'pass' as const, reason: 'marker seen' }
const bootFail = {
  result: 'fail' as const,
  reason: 'the guest reported a failure: STABLE-SYNC-BOOT-FAILED: test script exited with status 1'
}
// Lines as the boot harness's console log stores them (timestamp, offset, text).
const log = (...lines: string[]): string[] =>
  lines.map((l, i) => `2026-11-25T22:00:0${i}.000Z +${i}.000s  ${l}`)

const loaded = [
  'STABLE-SYNC-KVM: module-loaded irqbypass',
  'STABLE-SYNC-KVM: module-loaded kvm',
  'STABLE-SYNC-KVM: cpu svm',
  'STABLE-SYNC-KVM: module-loaded kvm-amd'
]

describe('kvmVerdict', () => {
  it('passes when the L2 guest printed its marker and the boot passed', () => {
    const v = kvmVerdict(
      log(
        ...loaded,
        'STABLE-SYNC-KVM: dev-kvm present',
        'kvm-l2-smoke: guest printed: KVM-L2-GUEST-OK',
        'STABLE-SYNC-KVM: l2-exit 0',
        'STABLE-SYNC-KVM: done'
      ),
      bootPass
    )
    expect(v).toMatchObject({ verdict: 'pass', label: 'pass', exitCode: 0, cpu: 'svm', l2Exit: 0 })
    expect(v.modulesLoaded).toEqual(['irqbypass', 'kvm', 'kvm-amd'])
    expect(v.reason).toContain('KVM-L2-GUEST-OK')
  })

  it('names the module insmod refused, with its message', () => {
    const v = kvmVerdict(
      log(
        'STABLE-SYNC-KVM: module-loaded irqbypass',
        "STABLE-SYNC-KVM: module-failed kvm insmod: can't insert '/lib/modules/x/kvm.ko': invalid parameter "
      ),
      bootFail
    )
    expect(v).toMatchObject({
      verdict: 'modules-failed-to-load',
      label: 'modules failed to load',
      exitCode: 1,
      failedModule: 'kvm'
    })
    expect(v.reason).toBe(
      "module kvm failed to load: insmod: can't insert '/lib/modules/x/kvm.ko': invalid parameter"
    )
    expect(v.modulesLoaded).toEqual(['irqbypass'])
  })

  it('finds markers even when a kernel message shares the console line', () => {
    const v = kvmVerdict(['[    3.1] kvm: something STABLE-SYNC-KVM: module-failed kvm-amd boom'], bootFail)
    expect(v).toMatchObject({ verdict: 'modules-failed-to-load', failedModule: 'kvm-amd' })
  })

  it('reports a missing /dev/kvm', () => {
    const v = kvmVerdict(log(...loaded, 'STABLE-SYNC-KVM: dev-kvm missing'), bootFail)
    expect(v).toMatchObject({ verdict: 'no-dev-kvm', label: 'no /dev/kvm', exitCode: 1 })
    expect(v.reason).toBe('/dev/kvm does not exist after loading irqbypass, kvm, kvm-amd')
  })

  it('treats a /dev/kvm the smoke program cannot open as no /dev/kvm', () => {
    const v = kvmVerdict(
      log(
        ...loaded,
        'STABLE-SYNC-KVM: dev-kvm present',
        'kvm-l2-smoke: no /dev/kvm: No such device',
        'STABLE-SYNC-KVM: l2-exit 2'
      ),
      bootFail
    )
    expect(v).toMatchObject({ verdict: 'no-dev-kvm', l2Exit: 2, reason: 'no /dev/kvm: No such device' })
  })

  it('reports an L2 guest that failed, with the smoke program message', () => {
    const v = kvmVerdict(
      log(
        ...loaded,
        'STABLE-SYNC-KVM: dev-kvm present',
        'kvm-l2-smoke: ioctl failed: KVM_RUN: Invalid argument',
        'STABLE-SYNC-KVM: l2-exit 3'
      ),
      bootFail
    )
    expect(v).toMatchObject({ verdict: 'l2-guest-failed', label: 'L2 guest failed', exitCode: 1, l2Exit: 3 })
    expect(v.reason).toBe('ioctl failed: KVM_RUN: Invalid argument')
  })

  it('blames the L2 run when L1 dies while it runs', () => {
    const v = kvmVerdict(log(...loaded, 'STABLE-SYNC-KVM: dev-kvm present'), {
      result: 'fail',
      reason: 'kernel panic: Kernel panic - not syncing: Fatal exception'
    })
    expect(v.verdict).toBe('l2-guest-failed')
    expect(v.reason).toContain('Kernel panic')
  })

  it('is a skip when L1 has no SVM/VMX', () => {
    const v = kvmVerdict(
      log(
        'STABLE-SYNC-KVM: module-loaded irqbypass',
        'STABLE-SYNC-KVM: module-loaded kvm',
        'STABLE-SYNC-KVM: no-virtualization the L1 CPU shows neither svm nor vmx'
      ),
      bootFail
    )
    expect(v).toMatchObject({ verdict: 'no-virtualization', exitCode: 77 })
  })

  it('is a skip when the harness could not boot at all (KVM required, absent)', () => {
    const v = kvmVerdict([], { result: 'skip', reason: 'KVM required (--accel kvm) but not available' })
    expect(v).toMatchObject({ verdict: 'no-virtualization', exitCode: 77 })
  })

  it('is a boot failure before any KVM step, naming the harness reason', () => {
    const v = kvmVerdict(log('[    0.5] Linux version 6.1'), {
      result: 'fail',
      reason: 'no marker within 240 s (timeout)'
    })
    expect(v).toMatchObject({ verdict: 'boot-failed', label: 'L1 boot failed', exitCode: 1 })
    expect(v.reason).toBe('no marker within 240 s (timeout) (last KVM step seen: none)')
  })

  it('does not pass on the done marker alone when the harness failed', () => {
    const v = kvmVerdict(
      log(
        ...loaded,
        'STABLE-SYNC-KVM: dev-kvm present',
        'STABLE-SYNC-KVM: l2-exit 0',
        'STABLE-SYNC-KVM: done'
      ),
      {
        result: 'fail',
        reason: 'kernel panic: x'
      }
    )
    expect(v.verdict).toBe('l2-guest-failed')
  })
})
