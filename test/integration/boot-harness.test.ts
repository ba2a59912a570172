import { jest } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bootTest, type BootTestOptions } from '../../src/boot/boot-test.js'
import { CONSOLE_LOG_LINE } from '../../src/boot/console-log.js'
import { buildInitramfs, type InitramfsOptions } from '../../src/boot/initramfs.js'
import { buildQemuArgs } from '../../src/boot/qemu-args.js'
import { runQemu } from '../../src/boot/runner.js'
import { ConsoleLog } from '../../src/boot/console-log.js'
import { memoryLogger } from '../../src/log.js'
import { processesMatching, testKernel, transpileBootModule } from '../helpers/boot-guest.js'
import { makeTempDir } from '../helpers/tmp.js'

// Real QEMU (TCG), a real Debian kernel, busybox initramfs images built here. Each boot takes a few
// seconds under TCG; the timeouts are generous because other suites share the CPU.
jest.setTimeout(120_000)

const tmp = makeTempDir('stable-sync-boot-')
const kernel = testKernel()
const env = { ...process.env, XDG_CACHE_HOME: join(tmp.dir, 'xdg') }
afterAll(() => tmp.cleanup())

afterEach(() => {
  // The temp directory is in every QEMU command line (kernel/initrd paths): nothing may survive.
  expect(processesMatching(tmp.dir)).toEqual([])
})

async function initrd(name: string, o: Omit<InitramfsOptions, 'output'>): Promise<string> {
  return buildInitramfs({ ...o, output: join(tmp.dir, `${name}.cpio.gz`) })
}

function options(name: string, initrdPath: string, extra: Partial<BootTestOptions> = {}): BootTestOptions {
  return {
    name,
    kernel,
    initrd: initrdPath,
    accel: 'tcg',
    memoryMb: 256,
    timeoutSeconds: 90,
    consoleLog: join(tmp.dir, `${name}.log`),
    junit: join(tmp.dir, `${name}.xml`),
    env,
    log: memoryLogger(),
    ...extra
  }
}

function wellFormedXml(file: string): void {
  // xmllint (libxml2-utils) is the real parser; it exits non-zero on malformed XML.
  execFileSync('xmllint', ['--noout', file])
}

test('a guest that prints the marker and powers off passes, with a timestamped console log and JUnit', async () => {
  const img = await initrd('pass', { script: 'echo hello from the guest\n' })
  const r = await bootTest(options('pass', img))
  expect(r.result).toBe('pass')
  expect(r.reason).toMatch(/marker .*STABLE-SYNC-BOOT-OK/)
  expect(r.accel.used).toBe('tcg')
  expect(r.qemuCommandLine).toContain('-cpu max')
  expect(r.secondsToMarker).toBeGreaterThan(0.5)
  expect(r.secondsToMarker).toBeLessThan(90)
  expect(r.warnings).toEqual([])
  const log = readFileSync(r.consoleLog, 'utf8').split('\n')
  const consoleLines = log.filter(l => CONSOLE_LOG_LINE.test(l))
  expect(consoleLines.length).toBeGreaterThan(50)
  expect(consoleLines.some(l => /Linux version/.test(l))).toBe(true)
  expect(consoleLines.some(l => l.endsWith('  hello from the guest'))).toBe(true)
  expect(consoleLines.some(l => l.endsWith('  STABLE-SYNC-BOOT-OK'))).toBe(true)
  // Every non-note line is timestamped.
  expect(log.filter(l => l && !l.startsWith('# ') && !CONSOLE_LOG_LINE.test(l))).toEqual([])
  wellFormedXml(r.junit!)
  const xml = readFileSync(r.junit!, 'utf8')
  expect(xml).toContain('tests="1" failures="0" errors="0" skipped="0"')
  expect(xml).not.toContain('<failure')
})

test('an init that exits panics the kernel: fail fast, the reason names the panic', async () => {
  const img = await initrd('panic', { init: '#!/bin/busybox sh\necho init is leaving\n' })
  let panicAt = -1
  const r = await bootTest(
    options('panic', img, {
      onLine: (line, ms) => {
        if (panicAt < 0 && /Kernel panic - not syncing/.test(line)) panicAt = ms
      }
    })
  )
  expect(r.result).toBe('fail')
  expect(r.reason).toMatch(/^kernel panic: Kernel panic - not syncing: Attempted to kill init!/)
  expect(panicAt).toBeGreaterThan(0)
  // The kernel waits forever after a panic (panic=0): only the harness ends this boot.
  const attempt = r.attempts[r.attempts.length - 1]
  expect(attempt.seconds - panicAt / 1000).toBeLessThan(2)
  expect(r.seconds).toBeLessThan(60)
  const log = readFileSync(r.consoleLog, 'utf8')
  expect(log).toMatch(/Kernel panic - not syncing/)
  wellFormedXml(r.junit!)
  expect(readFileSync(r.junit!, 'utf8')).toMatch(/<failure message="kernel panic: Kernel panic - not syncing/)
})

test('a hanging guest is cut at the timeout and killed', async () => {
  const img = await initrd('hang', { script: 'echo hanging now\nwhile :; do sleep 1; done\n' })
  const r = await bootTest(options('hang', img, { timeoutSeconds: 8 }))
  expect(r.result).toBe('fail')
  expect(r.reason).toMatch(/^timeout: no marker within 8 s/)
  expect(r.seconds).toBeGreaterThanOrEqual(8)
  expect(r.seconds).toBeLessThan(16)
  wellFormedXml(r.junit!)
})

test('WARNING: lines are recorded as warnings and the boot still passes', async () => {
  const img = await initrd('warn', {
    script: "echo 'WARNING: CPU: 0 PID: 1 at drivers/test/warn.c:42 test_warn+0x1/0x2'\n"
  })
  const r = await bootTest(options('warn', img))
  expect(r.result).toBe('pass')
  expect(r.warnings).toHaveLength(1)
  expect(r.warnings[0]).toMatchObject({
    kind: 'warning',
    line: expect.stringContaining('WARNING: CPU: 0 PID: 1 at drivers/test/warn.c:42')
  })
  expect(r.warnings[0].seconds).toBeLessThanOrEqual(r.secondsToMarker!)
})

test('a module that fails to load fails the boot at once, naming the module', async () => {
  const bogus = join(tmp.dir, 'bogus.ko')
  writeFileSync(bogus, 'not an ELF module')
  const img = await initrd('module', {
    modules: [{ file: bogus, params: 'nested=1' }],
    script: 'echo unreachable\n'
  })
  const r = await bootTest(options('module', img))
  expect(r.result).toBe('fail')
  expect(r.reason).toBe(
    'the guest reported a failure: STABLE-SYNC-BOOT-FAILED: module bogus.ko failed to load'
  )
  expect(readFileSync(r.consoleLog, 'utf8')).not.toContain('unreachable')
})

test('the KVM probe window ends a boot whose kernel prints nothing', async () => {
  const img = await initrd('silent', { script: 'while :; do sleep 1; done\n' })
  // Console on a port nobody listens to: the serial line stays silent, as under a broken KVM.
  const args = buildQemuArgs({
    qemu: 'qemu-system-x86_64',
    accel: 'tcg',
    memoryMb: 256,
    kernel,
    initrd: img,
    append: 'console=ttyS1'
  })
  const log = new ConsoleLog(join(tmp.dir, 'silent.log'))
  const out = await runQemu({
    qemu: 'qemu-system-x86_64',
    args,
    expect: /never/,
    timeoutSeconds: 60,
    log,
    probeMs: 1500
  })
  log.close()
  expect(out.probe).toEqual({
    ok: false,
    reason: 'no kernel output within 1.5 s (the guest hangs in early boot)'
  })
  expect(out.elapsedMs).toBeLessThan(10_000)
})

test('a kernel that talks within the probe window passes the probe and the same boot goes on to its verdict', async () => {
  const img = await initrd('probe-ok', { script: 'exit 0\n' })
  const args = buildQemuArgs({
    qemu: 'qemu-system-x86_64',
    accel: 'tcg',
    memoryMb: 256,
    kernel,
    initrd: img,
    earlyConsole: true
  })
  expect(args[args.length - 1]).toBe('console=ttyS0 earlyprintk=serial')
  const log = new ConsoleLog(join(tmp.dir, 'probe-ok.log'))
  const out = await runQemu({
    qemu: 'qemu-system-x86_64',
    args,
    expect: /STABLE-SYNC-BOOT-OK/,
    timeoutSeconds: 90,
    log,
    probeMs: 60_000
  })
  log.close()
  expect(out.probe?.ok).toBe(true)
  expect(out.probe?.reason).toMatch(/^kernel output after \d+\.\d s$/)
  expect(out.verdict.result).toBe('pass')
})

// jest's sandboxed `process` does not receive real signals: the harness runs in a child `node`.
async function childHarness(
  name: string
): Promise<{ child: ReturnType<typeof spawn>; booting: Promise<void>; done: Promise<string> }> {
  const entry = await transpileBootModule(join(tmp.dir, `js-${name}`))
  const img = await initrd(name, { script: 'while :; do sleep 1; done\n' })
  const script = join(tmp.dir, `${name}.mjs`)
  writeFileSync(
    script,
    [
      `import { bootTest } from ${JSON.stringify(entry)}`,
      'const quiet = { debug() {}, info() {}, warning() {}, error() {}, async group(_n, f) { return f() } }',
      `const report = await bootTest({ ...JSON.parse(process.argv[2]), log: quiet, onLine: l => { if (/Linux version/.test(l)) process.stdout.write('BOOTING\\n') } })`,
      "process.stdout.write(JSON.stringify(report) + '\\n')",
      ''
    ].join('\n')
  )
  const { log: _log, ...opts } = options(name, img)
  const child = spawn(process.execPath, [script, JSON.stringify(opts)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env
  })
  let out = ''
  let onBooting: () => void
  const booting = new Promise<void>(resolve => (onBooting = resolve))
  child.stdout!.on('data', (b: Buffer) => {
    out += b.toString()
    if (out.includes('BOOTING')) onBooting()
  })
  const done = new Promise<string>(resolve => child.on('close', () => resolve(out)))
  return { child, booting, done }
}

test('SIGTERM to the harness kills QEMU at once and still reports, as interrupted', async () => {
  const h = await childHarness('sigterm')
  await h.booting
  expect(processesMatching(join(tmp.dir, 'sigterm.cpio.gz')).length).toBeGreaterThan(0)
  const t0 = Date.now()
  h.child.kill('SIGTERM')
  const out = await h.done
  expect(Date.now() - t0).toBeLessThan(5000)
  const report = JSON.parse(out.split('\n').filter(l => l.startsWith('{'))[0])
  expect(report).toMatchObject({
    result: 'fail',
    interrupted: 'SIGTERM',
    reason: 'interrupted by SIGTERM before a verdict'
  })
})

test('even a SIGKILLed harness leaves no QEMU behind (parent-death signal)', async () => {
  const h = await childHarness('sigkill')
  await h.booting
  const token = join(tmp.dir, 'sigkill.cpio.gz')
  expect(processesMatching(token).length).toBeGreaterThan(0)
  h.child.kill('SIGKILL')
  await h.done
  const deadline = Date.now() + 5000
  while (processesMatching(token).length > 0 && Date.now() < deadline)
    await new Promise(r => setTimeout(r, 100))
  expect(processesMatching(token)).toEqual([])
})
