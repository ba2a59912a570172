import { jest } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { planAccel } from '../../src/boot/accel.js'
import { buildInitramfs } from '../../src/boot/initramfs.js'
import { kvmCacheFile } from '../../src/boot/kvm-cache.js'
import { runCli } from '../../src/cli/main.js'
import { processesMatching, testKernel } from '../helpers/boot-guest.js'
import { captureCli, type CliRun } from '../helpers/cli.js'
import { makeTempDir } from '../helpers/tmp.js'

// `stable-sync boot-test` end to end (in-process CLI, real QEMU and kernel): exit codes, --json
// fields and the per-host KVM answer. What the host's KVM does decides which branch runs; on this
// project's machines /dev/kvm opens but a Linux guest does not run under it.
jest.setTimeout(120_000)

const tmp = makeTempDir('stable-sync-bootcli-')
const kernel = testKernel()
const env = { ...process.env, XDG_CACHE_HOME: join(tmp.dir, 'xdg') }
let initrd = ''
beforeAll(async () => {
  initrd = await buildInitramfs({ output: join(tmp.dir, 'ok.cpio.gz'), script: 'exit 0\n' })
})
afterAll(() => tmp.cleanup())
afterEach(() => expect(processesMatching(tmp.dir)).toEqual([]))

const cli = (args: string[]): Promise<CliRun> => captureCli(['boot-test', ...args], { cwd: tmp.dir, env })

const kvmDevicePresent = existsSync('/dev/kvm')

test('--accel auto --json: pass, with every contract field, and the KVM answer is cached for the host', async () => {
  const r = await cli([
    '--kernel',
    kernel,
    '--initrd',
    initrd,
    '--memory',
    '256',
    '--timeout',
    '90',
    '--json',
    '--console-log',
    'auto.log',
    '--junit',
    'auto.xml'
  ])
  expect(r.code).toBe(0)
  const j = JSON.parse(r.out)
  expect(j).toMatchObject({
    result: 'pass',
    consoleLog: join(tmp.dir, 'auto.log'),
    junit: join(tmp.dir, 'auto.xml')
  })
  expect(typeof j.reason).toBe('string')
  expect(j.secondsToMarker).toBeGreaterThan(0)
  expect(j.warnings).toEqual([])
  expect(j.qemuCommandLine).toMatch(
    /qemu-system-x86_64 -nodefaults -display none -no-reboot -serial stdio -accel (kvm -cpu host|tcg -cpu max) -m 256 -kernel /
  )
  expect(typeof j.accel.why).toBe('string')
  expect(typeof j.accel.nested.text).toBe('string')
  if (j.accel.used === 'tcg' && kvmDevicePresent) {
    // KVM was probed and found broken: said so, and remembered.
    expect(j.accel.why).toMatch(/^TCG: \/dev\/kvm opens but a Linux guest does not run under it/)
    expect(j.attempts.map((a: { accel: string; result: string }) => `${a.accel}:${a.result}`)).toEqual([
      'kvm:probe-failed',
      'tcg:pass'
    ])
    const cache = JSON.parse(readFileSync(kvmCacheFile(env), 'utf8'))
    expect(Object.values(cache.entries)).toEqual([expect.objectContaining({ usable: false })])
  }
  expect(readFileSync(join(tmp.dir, 'auto.log'), 'utf8')).toContain('STABLE-SYNC-BOOT-OK')
})

test('--accel kvm on this host: skip (77) without KVM, pass with a working KVM, or a fast diagnosis (2)', async () => {
  const t0 = Date.now()
  const r = await cli([
    '--kernel',
    kernel,
    '--initrd',
    initrd,
    '--memory',
    '256',
    '--timeout',
    '90',
    '--accel',
    'kvm',
    '--json',
    '--console-log',
    'kvm.log'
  ])
  const j = JSON.parse(r.out)
  if (!kvmDevicePresent) {
    expect(r.code).toBe(77)
    expect(j.result).toBe('skip')
  } else if (j.result === 'pass') {
    expect(j.accel.used).toBe('kvm')
  } else {
    expect(r.code).toBe(2)
    expect(j.result).toBe('error')
    expect(j.reason).toMatch(
      /^KVM required \(--accel kvm\) but unusable: \/dev\/kvm opens but a Linux guest does not run under it on this host \(probed .*\)/
    )
    expect(j.accel.used).toBeNull()
    // The cached answer from the previous test: no QEMU started at all, no timeout waited for.
    expect(j.attempts).toEqual([])
    expect(Date.now() - t0).toBeLessThan(3000)
  }
})

test('--accel kvm with no cached answer probes once and fails fast with the diagnosis when KVM is broken', async () => {
  const fresh = { ...env, XDG_CACHE_HOME: join(tmp.dir, 'xdg-fresh') }
  let out = ''
  const t0 = Date.now()
  const code = await runCli(
    [
      'boot-test',
      '--kernel',
      kernel,
      '--initrd',
      initrd,
      '--memory',
      '256',
      '--timeout',
      '90',
      '--accel',
      'kvm',
      '--json',
      '--console-log',
      'kvm-fresh.log'
    ],
    {
      out: t => void (out += t),
      err: () => undefined,
      cwd: tmp.dir,
      env: fresh
    }
  )
  const j = JSON.parse(out)
  if (!kvmDevicePresent) return expect(code).toBe(77)
  if (j.result === 'pass') return expect(j.accel.used).toBe('kvm')
  expect(code).toBe(2)
  expect(j.attempts).toEqual([expect.objectContaining({ accel: 'kvm', probe: true, result: 'probe-failed' })])
  // The probe window (5 s) plus start-up, never the 90 s timeout.
  expect(Date.now() - t0).toBeLessThan(20_000)
  expect(readFileSync(kvmCacheFile(fresh), 'utf8')).toContain('"usable": false')
})

test('bad input exits 2 with a message saying what to fix', async () => {
  expect((await cli(['--initrd', initrd])).err).toMatch(/either --kernel FILE .* or --image FILE/)
  expect((await cli(['--kernel', kernel, '--image', kernel])).code).toBe(2)
  const missing = await cli(['--kernel', 'nope/vmlinuz'])
  expect(missing.code).toBe(2)
  expect(missing.err).toMatch(/--kernel nope\/vmlinuz: no such file/)
  const regex = await cli(['--kernel', kernel, '--expect', '('])
  expect(regex.code).toBe(2)
  expect(regex.err).toMatch(/--expect "\(" is not a valid regular expression/)
  const accel = await cli(['--kernel', kernel, '--accel', 'hvf'])
  expect(accel.code).toBe(2)
  expect(accel.err).toMatch(/--accel must be auto, kvm or tcg/)
  const qemu = await cli(['--kernel', kernel, '--qemu', 'qemu-system-nonesuch'])
  expect(qemu.code).toBe(2)
  expect(qemu.err).toMatch(/qemu-system-nonesuch: not found on PATH; install QEMU/)
  expect((await cli(['--kernel', kernel, '--timeout', '0'])).code).toBe(2)
})

test('no KVM device: auto falls back to TCG saying why; --accel kvm is a skip', async () => {
  const ctx = {
    qemu: 'qemu-system-x86_64',
    guestArch: 'x86_64',
    cacheFile: join(tmp.dir, 'c.json'),
    cacheKey: 'k',
    kvmDevice: join(tmp.dir, 'no-kvm')
  }
  expect(await planAccel('auto', ctx)).toEqual({
    kind: 'run',
    accel: 'tcg',
    probe: false,
    why: `TCG: KVM is not available: ${ctx.kvmDevice} does not exist (no KVM module loaded, or no hardware virtualization)`
  })
  expect(await planAccel('kvm', ctx)).toMatchObject({
    kind: 'skip',
    why: expect.stringMatching(/^KVM required \(--accel kvm\) but not available: /)
  })
  expect(await planAccel('kvm', { ...ctx, guestArch: 'aarch64', kvmDevice: '/dev/null' })).toMatchObject({
    kind: 'skip',
    why: expect.stringContaining('the guest architecture aarch64 differs from the host')
  })
})
