import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../../src/process/run.js'
import { kvmGuestScript } from '../../../src/kvm/guest-script.js'
import { kvmVerdict } from '../../../src/kvm/verdict.js'

/**
 * The guest script runs for real under the host's POSIX sh (busybox would prefer its own insmod
 * applet), with a fake insmod and smoke program on PATH and a fake cpuinfo: the verdict must come
 * out right from what the script prints. The integration test runs it under busybox in the guest.
 */
describe('kvmGuestScript', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kvm-guest-script-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  function script(opts: {
    failModule?: string
    cpu: 'svm' | 'vmx' | 'none'
    devKvm: boolean
    smokeExit: number
  }): string {
    const bin = join(dir, 'bin')
    mkdirSync(bin, { recursive: true })
    const fake = (name: string, body: string): void => {
      writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`)
      chmodSync(join(bin, name), 0o755)
    }
    fake(
      'insmod',
      `case "$1" in */${opts.failModule ?? 'none'}.ko) echo "insmod: can't insert '$1': invalid parameter" >&2; exit 1;; esac; echo "$@" >> ${dir}/loaded`
    )
    writeFileSync(join(dir, 'cpuinfo'), `flags\t\t: fpu sse ${opts.cpu === 'none' ? '' : opts.cpu} lm\n`)
    fake('kvm-l2-smoke', `echo "kvm-l2-smoke: guest printed: KVM-L2-GUEST-OK"; exit ${opts.smokeExit}`)
    if (opts.devKvm) writeFileSync(join(dir, 'kvm'), '')
    return kvmGuestScript({
      moduleDir: '/lib/modules/t',
      baseModules: ['irqbypass', 'kvm'],
      smoke: `${bin}/kvm-l2-smoke`
    })
      .replace(/\/proc\/cpuinfo/g, join(dir, 'cpuinfo'))
      .replace('[ -c /dev/kvm ]', `[ -e ${join(dir, 'kvm')} ]`)
  }

  async function runScript(text: string): Promise<{ code: number; lines: string[] }> {
    const r = await run('sh', ['-c', text], {
      allowFailure: true,
      env: { PATH: `${join(dir, 'bin')}:/usr/bin:/bin` }
    })
    return { code: r.code, lines: r.stdout.toString('utf8').split('\n') }
  }

  it('loads the base modules, then the vendor module with nested=1, then runs L2', async () => {
    const r = await runScript(script({ cpu: 'svm', devKvm: true, smokeExit: 0 }))
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'loaded'), 'utf8')).toBe(
      '/lib/modules/t/irqbypass.ko\n/lib/modules/t/kvm.ko\n/lib/modules/t/kvm-amd.ko nested=1\n'
    )
    expect(kvmVerdict(r.lines, { result: 'pass', reason: 'marker' }).verdict).toBe('pass')
  })

  it('picks kvm-intel on VMX', async () => {
    const r = await runScript(script({ cpu: 'vmx', devKvm: true, smokeExit: 0 }))
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'loaded'), 'utf8')).toContain('kvm-intel.ko nested=1')
  })

  it.each([
    [{ failModule: 'kvm', cpu: 'svm', devKvm: true, smokeExit: 0 } as const, 'modules-failed-to-load'],
    [{ cpu: 'svm', devKvm: false, smokeExit: 0 } as const, 'no-dev-kvm'],
    [{ cpu: 'svm', devKvm: true, smokeExit: 4 } as const, 'l2-guest-failed'],
    [{ cpu: 'none', devKvm: true, smokeExit: 0 } as const, 'no-virtualization']
  ])('stops at the first failed step: %o → %s', async (opts, verdict) => {
    const r = await runScript(script(opts))
    expect(r.code).toBe(1)
    expect(kvmVerdict(r.lines, { result: 'fail', reason: 'test script exited with status 1' }).verdict).toBe(
      verdict
    )
  })
})
