import {
  classifyLine,
  DEFAULT_EXPECT,
  DEFAULT_FAIL_ON,
  matchesMarker
} from '../../src/boot/console-classify.js'
import { LineSplitter } from '../../src/boot/line-splitter.js'
import { PANIC_GRACE_MS, VerdictMachine } from '../../src/boot/verdict.js'

describe('classifyLine', () => {
  const m = /BOOT-OK/
  test.each([
    ['[    2.7] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000000', 'panic'],
    ['[    1.0] Oops: general protection fault, probably for non-canonical address', 'warning'],
    ['[    1.0] BUG: kernel NULL pointer dereference, address: 0000000000000000', 'warning'],
    ['[    1.0] WARNING: CPU: 0 PID: 1 at mm/page_alloc.c:5534 __alloc_pages+0x1/0x2', 'warning'],
    ['[    1.0] invalid opcode: 0000 [#1] PREEMPT SMP NOPTI', 'warning'],
    ['[    1.0] Unhandled fault: imprecise external abort (0x1406) at 0x00000000', 'warning'],
    ['[    1.0] ------------[ cut here ]------------', 'warning'],
    ['BOOT-OK', 'marker'],
    ['[    3.1] random: crng init done', 'text'],
    ['Probing EDD (edd=off to disable)... ok', 'text']
  ])('%s → %s', (line, kind) => {
    expect(classifyLine(line, m).kind).toBe(kind)
  })

  test('warning kinds', () => {
    expect(classifyLine('BUG: soft lockup - CPU#0 stuck for 22s!', m)).toEqual({
      kind: 'warning',
      warning: 'bug'
    })
    expect(classifyLine('------------[ cut here ]------------', m)).toEqual({
      kind: 'warning',
      warning: 'cut-here'
    })
    expect(classifyLine('Oops: 0002 [#1] SMP', m)).toEqual({ kind: 'warning', warning: 'oops' })
  })

  test('a panic line is never a pass, even when it quotes the marker', () => {
    expect(classifyLine('Kernel panic - not syncing: BOOT-OK', m).kind).toBe('panic')
  })

  test('the kernel echoing its command line is not the marker', () => {
    expect(matchesMarker('[    0.000000] Kernel command line: console=ttyS0 marker=BOOT-OK', m)).toBe(false)
  })

  test('an anchored marker matches after the printk timestamp', () => {
    expect(matchesMarker('[    2.5] BOOT-OK', /^BOOT-OK$/)).toBe(true)
    expect(matchesMarker('xBOOT-OK', /^BOOT-OK$/)).toBe(false)
  })

  test('defaults match what the initramfs helper prints', () => {
    expect(classifyLine('STABLE-SYNC-BOOT-OK', DEFAULT_EXPECT).kind).toBe('marker')
    expect(
      classifyLine('STABLE-SYNC-BOOT-FAILED: module kvm.ko failed to load', DEFAULT_EXPECT, DEFAULT_FAIL_ON)
        .kind
    ).toBe('guest-failure')
  })
})

describe('VerdictMachine', () => {
  test('marker → pass at once, with the time to marker', () => {
    const v = new VerdictMachine(/OK/)
    expect(v.line('[ 0.1] Linux version 6.1', 100)).toEqual({ kind: 'continue' })
    expect(v.line('OK', 2500)).toEqual({ kind: 'stop', graceMs: 0 })
    expect(v.verdict).toEqual({
      result: 'pass',
      reason: 'marker /OK/ seen on the console',
      secondsToMarker: 2.5,
      secondsToVerdict: 2.5
    })
    // Later events change nothing.
    v.exited(0, null, 3000)
    v.timedOut(10, 10_000)
    expect(v.verdict?.result).toBe('pass')
  })

  test('panic → fail, then reading stops at the end of the trace (or after the grace)', () => {
    const v = new VerdictMachine(/OK/)
    expect(
      v.line('[    2.720000] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000000', 2720)
    ).toEqual({
      kind: 'stop',
      graceMs: PANIC_GRACE_MS
    })
    expect(v.verdict).toEqual({
      result: 'fail',
      reason: 'kernel panic: Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000000',
      secondsToVerdict: 2.72
    })
    expect(v.line('Call Trace:', 2721)).toEqual({ kind: 'continue' })
    expect(v.line('---[ end Kernel panic - not syncing: Attempted to kill init! ]---', 2722)).toEqual({
      kind: 'stop',
      graceMs: 0
    })
    expect(v.line('OK', 2723)).toEqual({ kind: 'continue' })
    expect(v.verdict?.result).toBe('fail')
  })

  test('warnings are recorded with their time and do not decide', () => {
    const v = new VerdictMachine(/OK/)
    v.line('[    1.5] WARNING: CPU: 0 PID: 1 at x.c:1 f+0x0/0x1', 1500)
    v.line('BUG: sleeping function called from invalid context', 1600)
    expect(v.verdict).toBeUndefined()
    expect(v.warnings).toEqual([
      { kind: 'warning', line: '[    1.5] WARNING: CPU: 0 PID: 1 at x.c:1 f+0x0/0x1', seconds: 1.5 },
      { kind: 'bug', line: 'BUG: sleeping function called from invalid context', seconds: 1.6 }
    ])
    v.line('OK', 2000)
    expect(v.verdict?.result).toBe('pass')
  })

  test('power off without the marker → fail naming it', () => {
    const v = new VerdictMachine(/OK/)
    v.line('[    2.7] reboot: Power down', 2700)
    v.exited(0, null, 2710)
    expect(v.verdict?.reason).toBe(
      'the guest powered off (or rebooted) without printing the marker; last console line: "[    2.7] reboot: Power down"'
    )
  })

  test('QEMU failing → fail with its stderr', () => {
    const v = new VerdictMachine(/OK/)
    v.exited(1, null, 50, "qemu-system-x86_64: -kernel x: could not open 'x'")
    expect(v.verdict?.reason).toBe(
      "QEMU exited with code 1 before the marker: qemu-system-x86_64: -kernel x: could not open 'x'; no console output"
    )
  })

  test('timeout → fail, naming the last console line', () => {
    const v = new VerdictMachine(/OK/)
    v.line('hanging now', 3000)
    v.timedOut(12, 12_000)
    expect(v.verdict).toEqual({
      result: 'fail',
      reason: 'timeout: no marker within 12 s (the guest hangs); last console line: "hanging now"',
      secondsToVerdict: 12
    })
  })

  test('a login prompt without a newline passes through partial()', () => {
    const v = new VerdictMachine(/login: $/)
    expect(v.partial('debian login: ', 9000)).toEqual({ kind: 'stop', graceMs: 0 })
    expect(v.verdict?.secondsToMarker).toBe(9)
  })

  test('a partial panic line quoting the marker is not a pass', () => {
    const v = new VerdictMachine(/OK/)
    expect(v.partial('Kernel panic - not syncing: OK', 100)).toEqual({ kind: 'continue' })
    expect(v.partial('[ 1.0] WARNING: OK', 100)).toEqual({ kind: 'continue' })
    expect(v.verdict).toBeUndefined()
  })

  test('guest failure line fails fast', () => {
    const v = new VerdictMachine(DEFAULT_EXPECT, DEFAULT_FAIL_ON)
    expect(v.line('STABLE-SYNC-BOOT-FAILED: test script exited with status 3', 4000)).toEqual({
      kind: 'stop',
      graceMs: 0
    })
    expect(v.verdict?.reason).toBe(
      'the guest reported a failure: STABLE-SYNC-BOOT-FAILED: test script exited with status 3'
    )
  })

  test('interruption', () => {
    const v = new VerdictMachine(/OK/)
    v.interrupted('SIGINT', 100)
    expect(v.verdict).toMatchObject({ result: 'fail', reason: 'interrupted by SIGINT before a verdict' })
  })
})

describe('LineSplitter', () => {
  test('CRLF lines across chunks, multi-byte characters split between chunks, partial tail', () => {
    const s = new LineSplitter()
    const bytes = Buffer.from('first\r\nsec', 'utf8')
    expect(s.push(bytes)).toEqual(['first'])
    expect(s.partial).toBe('sec')
    const euro = Buffer.from('ond €\r\nlogin: ', 'utf8')
    expect(s.push(euro.subarray(0, 6))).toEqual([])
    expect(s.push(euro.subarray(6))).toEqual(['second €'])
    expect(s.partial).toBe('login: ')
    expect(s.flush()).toEqual(['login: '])
  })

  test('a CR at a chunk end does not make an empty line', () => {
    const s = new LineSplitter()
    expect(s.push(Buffer.from('a\r'))).toEqual([])
    expect(s.push(Buffer.from('\nb\n'))).toEqual(['a', 'b'])
  })

  test('invalid UTF-8 does not stop the stream', () => {
    const s = new LineSplitter()
    expect(s.push(Buffer.from([0x61, 0xff, 0x62, 0x0a]))).toEqual(['a\uFFFDb'])
  })
})
