import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { recordProbe, planAccel } from '../../src/boot/accel.js'
import { initScript, isStaticElf } from '../../src/boot/initramfs.js'
import { renderJunit, xmlEscape } from '../../src/boot/junit.js'
import {
  fileIdentity,
  kvmCacheFile,
  kvmCacheKey,
  readKvmAnswer,
  writeKvmAnswer
} from '../../src/boot/kvm-cache.js'
import { hostArch, nestedVirtState } from '../../src/boot/kvm.js'
import { archOfQemu, buildQemuArgs, kernelCommandLine, shellQuote } from '../../src/boot/qemu-args.js'
import { exitCodeFor, type BootReport } from '../../src/boot/report-types.js'
import { summaryRow, SUMMARY_HEADER, tapLine } from '../../src/boot/summary.js'
import { tableCell } from '../../src/markdown.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir('stable-sync-bootunit-')
afterAll(() => tmp.cleanup())

describe('buildQemuArgs', () => {
  test('direct kernel boot under TCG', () => {
    expect(
      buildQemuArgs({
        qemu: '/usr/bin/qemu-system-x86_64',
        accel: 'tcg',
        memoryMb: 256,
        kernel: '/k',
        initrd: '/i',
        append: 'quiet'
      })
    ).toEqual([
      '-nodefaults',
      '-display',
      'none',
      '-no-reboot',
      '-serial',
      'stdio',
      '-accel',
      'tcg',
      '-cpu',
      'max',
      '-m',
      '256',
      '-kernel',
      '/k',
      '-initrd',
      '/i',
      '-append',
      'console=ttyS0 quiet'
    ])
  })

  test('KVM uses the host CPU; the probe adds the early console', () => {
    const a = buildQemuArgs({
      qemu: 'qemu-system-x86_64',
      accel: 'kvm',
      memoryMb: 512,
      kernel: '/k',
      earlyConsole: true
    })
    expect(a.slice(a.indexOf('-accel'), a.indexOf('-accel') + 4)).toEqual(['-accel', 'kvm', '-cpu', 'host'])
    expect(a[a.length - 1]).toBe('console=ttyS0 earlyprintk=serial')
  })

  test('a console given by the user is kept', () => {
    expect(kernelCommandLine({ qemu: 'qemu-system-x86_64', append: 'console=ttyS1 rdinit=/x' })).toBe(
      'console=ttyS1 rdinit=/x'
    )
    expect(kernelCommandLine({ qemu: 'qemu-system-aarch64', append: '' })).toBe('console=ttyAMA0')
  })

  test('disk image: snapshot, virtio, a NIC, the seed read-only; commas in paths doubled', () => {
    const a = buildQemuArgs({
      qemu: 'qemu-system-x86_64',
      accel: 'tcg',
      memoryMb: 1024,
      image: '/img/a,b.qcow2',
      imageFormat: 'qcow2',
      seed: '/s/seed.iso'
    })
    expect(a).toContain('file=/img/a,,b.qcow2,format=qcow2,if=virtio,snapshot=on')
    expect(a).toContain('file=/s/seed.iso,format=raw,if=virtio,readonly=on')
    // The guest runs code under test: its user-mode network reaches neither the host nor the internet.
    expect(a).toContain('user,model=virtio-net-pci,restrict=on')
    expect(a).not.toContain('-kernel')
    // Only a test that says it needs the network gets an open one.
    const open = buildQemuArgs({
      qemu: 'qemu-system-x86_64',
      accel: 'tcg',
      memoryMb: 1024,
      image: '/i',
      network: 'open'
    })
    expect(open[open.indexOf('-nic') + 1]).toBe('user,model=virtio-net-pci')
  })

  test('aarch64 gets the virt machine', () => {
    expect(archOfQemu('/opt/q/bin/qemu-system-aarch64')).toBe('aarch64')
    expect(buildQemuArgs({ qemu: 'qemu-system-aarch64', accel: 'tcg', memoryMb: 256, kernel: '/k' })).toEqual(
      expect.arrayContaining(['-machine', 'virt'])
    )
  })

  test('shellQuote', () => {
    expect(shellQuote(['qemu', '-append', "console=ttyS0 x='y'"])).toBe(
      `qemu -append 'console=ttyS0 x='\\''y'\\'''`
    )
  })
})

const report: BootReport = {
  name: 'qemu <8.2> & co',
  result: 'fail',
  reason: 'kernel panic: Kernel panic - not syncing: "x" <y> \u0007 @torvalds #12 | `z`',
  accel: { used: 'tcg', why: 'TCG requested (--accel tcg)', cached: false, nested: { text: 'unknown' } },
  secondsToMarker: null,
  seconds: 3.25,
  warnings: [{ kind: 'warning', line: 'WARNING: CPU: 0 PID: 1 at x.c:1', seconds: 1.2 }],
  consoleLog: '/tmp/c.log',
  junit: null,
  qemuCommandLine: 'qemu-system-x86_64 -m 256',
  attempts: []
}

describe('reports', () => {
  test('JUnit: well-formed (xmllint), failure carries the reason, control characters dropped', () => {
    const file = join(tmp.dir, 'j.xml')
    writeFileSync(file, renderJunit(report, new Date('2026-11-25T21:00:00Z')))
    execFileSync('xmllint', ['--noout', file])
    const xml = readFileSync(file, 'utf8')
    expect(xml).toContain('tests="1" failures="1" errors="0" skipped="0" time="3.250"')
    expect(xml).toContain(
      '<testcase classname="stable-sync.boot-test" name="qemu &lt;8.2&gt; &amp; co" time="3.250">'
    )
    expect(xml).toContain(
      '<failure message="kernel panic: Kernel panic - not syncing: &quot;x&quot; &lt;y&gt;  @torvalds'
    )
    expect(xml).toContain('timestamp="2026-11-25T21:00:00"')
    expect(xml).toContain('warning (warning) at 1.200 s: WARNING: CPU: 0 PID: 1 at x.c:1')
    expect(xmlEscape('a\u0000b\u001bc')).toBe('abc')
  })

  test('JUnit skip and error', () => {
    expect(renderJunit({ ...report, result: 'skip', reason: 'no KVM' })).toContain(
      '<skipped message="no KVM"/>'
    )
    expect(renderJunit({ ...report, result: 'error', reason: 'broken KVM' })).toContain(
      '<error message="broken KVM" type="boot-error">'
    )
    expect(renderJunit({ ...report, result: 'pass', reason: 'ok' })).not.toMatch(/<failure|<error|<skipped/)
  })

  test('summary row: escaped, no mentions, no issue links, no table breakage', () => {
    expect(SUMMARY_HEADER.split('\n')[0].split('|').length).toBe(summaryRow(report).split(' | ').length + 2)
    const row = summaryRow(report)
    expect(row).toContain('qemu &lt;8.2&gt; &amp; co')
    expect(row).toContain('@\u200dtorvalds')
    expect(row).toContain('#\u200d12')
    expect(row).toContain('\\| \\`z\\`')
    // Guest text naming an upstream issue must not cross-reference it from the PR comment.
    expect(tableCell('see https://github.com/o/r/issues/1 and GH-12')).not.toMatch(/github\.com|GH-1/)
    expect(row).toContain('❌ fail')
    expect(tableCell('a\nb')).toBe('a b')
  })

  test('TAP lines', () => {
    expect(tapLine({ ...report, result: 'pass', secondsToMarker: 2.51 })).toBe(
      'ok 1 - qemu <8.2> & co # accel=tcg 2.5 s, 1 warning(s)'
    )
    expect(tapLine({ ...report, result: 'skip', reason: 'no KVM' })).toBe(
      'ok 1 - qemu <8.2> & co # SKIP no KVM'
    )
    expect(tapLine(report, 3)).toMatch(/^not ok 3 - qemu <8.2> & co # kernel panic/)
  })

  test('exit codes', () => {
    expect(exitCodeFor({ result: 'pass' })).toBe(0)
    expect(exitCodeFor({ result: 'fail' })).toBe(1)
    expect(exitCodeFor({ result: 'error' })).toBe(2)
    expect(exitCodeFor({ result: 'skip' })).toBe(77)
    expect(exitCodeFor({ result: 'fail', interrupted: 'SIGINT' })).toBe(130)
    expect(exitCodeFor({ result: 'fail', interrupted: 'SIGTERM' })).toBe(143)
  })
})

describe('KVM state', () => {
  test('cache file location follows XDG', () => {
    expect(kvmCacheFile({ XDG_CACHE_HOME: '/x' })).toBe('/x/stable-sync/kvm-probe.json')
    expect(kvmCacheFile({ HOME: '/home/u' })).toBe('/home/u/.cache/stable-sync/kvm-probe.json')
    expect(kvmCacheFile({ STABLE_SYNC_KVM_CACHE: '/c.json', XDG_CACHE_HOME: '/x' })).toBe('/c.json')
  })

  test('answers are keyed by boot id, QEMU and guest; other boots are pruned', () => {
    const file = join(tmp.dir, 'cache', 'kvm.json')
    const guest = join(tmp.dir, 'vmlinuz')
    writeFileSync(guest, 'kernel')
    const key1 = kvmCacheKey({ bootId: 'boot-1', qemu: '/bin/sh', guest })
    expect(key1).toBe(`boot-1|${fileIdentity('/bin/sh')}|${fileIdentity(guest)}`)
    writeKvmAnswer(file, key1, 'boot-1', { usable: false, reason: 'hangs', probedAt: 't1' })
    expect(readKvmAnswer(file, key1)).toEqual({ usable: false, reason: 'hangs', probedAt: 't1' })
    const key2 = kvmCacheKey({ bootId: 'boot-2', qemu: '/bin/sh', guest })
    expect(readKvmAnswer(file, key2)).toBeUndefined()
    writeKvmAnswer(file, key2, 'boot-2', { usable: true, reason: 'ok', probedAt: 't2' })
    expect(readKvmAnswer(file, key1)).toBeUndefined()
    // A changed guest file is a new question.
    writeFileSync(guest, 'another kernel')
    expect(kvmCacheKey({ bootId: 'boot-2', qemu: '/bin/sh', guest })).not.toBe(key2)
    writeFileSync(file, '{ corrupt')
    expect(readKvmAnswer(file, key2)).toBeUndefined()
  })

  test('planAccel reads the cached answer: usable → kvm, broken → tcg (auto) or error (kvm)', async () => {
    const ctx = {
      qemu: 'qemu-system-x86_64',
      guestArch: hostArch(),
      cacheFile: join(tmp.dir, 'plan.json'),
      cacheKey: 'key',
      kvmDevice: '/dev/null'
    }
    // /dev/null stands in for a readable, writable /dev/kvm.
    expect(await planAccel('auto', ctx)).toMatchObject({ kind: 'run', accel: 'kvm', probe: true })
    recordProbe(ctx, 'boot', true, 'kernel output after 0.4 s')
    expect(await planAccel('auto', ctx)).toMatchObject({
      kind: 'run',
      accel: 'kvm',
      probe: false,
      why: expect.stringContaining('kernel output after 0.4 s')
    })
    recordProbe(ctx, 'boot', false, 'no kernel output within 5 s')
    expect(await planAccel('auto', ctx)).toMatchObject({
      kind: 'run',
      accel: 'tcg',
      probe: false,
      why: expect.stringMatching(/^TCG: \/dev\/kvm opens but a Linux guest does not run/)
    })
    expect(await planAccel('kvm', ctx)).toMatchObject({
      kind: 'error',
      why: expect.stringContaining('no kernel output within 5 s')
    })
    expect(await planAccel('tcg', ctx)).toEqual({
      kind: 'run',
      accel: 'tcg',
      probe: false,
      why: 'TCG requested (--accel tcg)'
    })
  })

  test('nested virtualization state from /sys/module', () => {
    const sys = join(tmp.dir, 'sys')
    expect(nestedVirtState(sys)).toEqual({ text: 'unknown: neither kvm_intel nor kvm_amd is loaded' })
    mkdirSync(join(sys, 'kvm_amd', 'parameters'), { recursive: true })
    writeFileSync(join(sys, 'kvm_amd', 'parameters', 'nested'), '1\n')
    expect(nestedVirtState(sys)).toEqual({
      module: 'kvm_amd',
      enabled: true,
      text: 'enabled (kvm_amd nested=1)'
    })
    mkdirSync(join(sys, 'kvm_intel', 'parameters'), { recursive: true })
    writeFileSync(join(sys, 'kvm_intel', 'parameters', 'nested'), 'N\n')
    expect(nestedVirtState(sys)).toMatchObject({
      module: 'kvm_intel',
      enabled: false,
      text: expect.stringMatching(/^disabled \(kvm_intel nested=N\); enable with/)
    })
  })
})

describe('initramfs', () => {
  test('/init loads modules in order, runs the script, prints the marker or the failure', () => {
    const s = initScript({
      marker: "it's OK",
      modules: [{ file: '/b/kvm.ko' }, { file: '/b/kvm-amd.ko', params: 'nested=1' }]
    })
    expect(s.split('\n')[0]).toBe('#!/bin/busybox sh')
    expect(s).toContain("insmod /lib/modules/stable-sync/kvm.ko || fail 'module kvm.ko failed to load'")
    expect(s).toContain(
      "insmod /lib/modules/stable-sync/kvm-amd.ko nested=1 || fail 'module kvm-amd.ko failed to load'"
    )
    expect(s.indexOf('kvm.ko ||')).toBeLessThan(s.indexOf('kvm-amd.ko nested=1'))
    expect(s).toContain(`then echo 'it'\\''s OK'; else fail "test script exited with status $rc"`)
    expect(s).toContain('poweroff -f')
  })

  test('busybox must be static', () => {
    expect(isStaticElf('/bin/busybox')).toBe(true)
    expect(isStaticElf(process.execPath)).toBe(false)
  })
})
