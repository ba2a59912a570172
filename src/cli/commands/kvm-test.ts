import { kvmCacheDir } from '../../kvm/cache-dir.js'
import { kvmTest, KVM_TEST_TIMEOUT_SECONDS } from '../../kvm/kvm-test.js'
import { accelOption, bootTestCommand } from './boot-test.js'
import { InputError } from '../../errors.js'
import { commonOptions, type Command } from '../command.js'

function str(v: string | boolean | string[] | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined
}

function positive(name: string, v: string | boolean | string[] | undefined): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  if (typeof v !== 'string' || !Number.isFinite(n) || n <= 0) {
    throw new InputError(`--${name} must be a positive number, got ${JSON.stringify(v)}`)
  }
  return n
}

export const kvmTestCommand: Command = {
  name: 'kvm-test',
  summary:
    'Boot a kernel with freshly built kvm modules and run a nested (L2) guest in it; judge the result.',
  usage: [
    '--kernel VMLINUZ --smoke KVM-L2-SMOKE (--source DIR [--headers DIR] | --modules DIR)',
    '    [--kernel-modules DIR] [--extra-module FILE.ko] [--cache-dir DIR] [--qemu PATH] [--accel auto|kvm|tcg]',
    '    [--timeout SECONDS] [--memory MB] [--console-log FILE] [--junit FILE] [--no-nested] [--json]',
    '  Verdicts: pass | module build failed | modules failed to load | no /dev/kvm | L2 guest failed |',
    '  L1 boot failed | no nested virtualization in L1. Exit 0 pass, 1 fail, 2 bad input, 77 skip.'
  ].join('\n'),
  options: {
    kernel: {
      type: 'string',
      description: 'The guest (L1) kernel the modules are for, a bzImage (required)'
    },
    smoke: {
      type: 'string',
      description: 'The static L2 smoke program (gcc -static test/kvm/kvm-l2-smoke.c) (required)'
    },
    source: {
      type: 'string',
      description: 'Build kvm.ko & co. from this source tree (arch/x86/kvm, virt/kvm), or use --modules'
    },
    headers: {
      type: 'string',
      description: 'Kernel headers to build --source against',
      default: '/lib/modules/<release>/build'
    },
    modules: {
      type: 'string',
      description: 'Prebuilt modules: a directory with kvm.ko, kvm-amd.ko, kvm-intel.ko'
    },
    'kernel-modules': {
      type: 'string',
      description: "The guest kernel's /lib/modules/<release>, for dependencies such as irqbypass.ko",
      default: 'none'
    },
    'extra-module': { type: 'string', multiple: true, description: 'Another .ko to load before kvm' },
    'cache-dir': {
      type: 'string',
      description: 'Module build cache',
      default: '<stable-sync cache>/kvm (~/.cache/stable-sync/kvm)'
    },
    qemu: bootTestCommand.options.qemu,
    accel: bootTestCommand.options.accel,
    timeout: {
      type: 'string',
      description: 'Seconds the whole L1 boot and L2 test may take',
      default: String(KVM_TEST_TIMEOUT_SECONDS)
    },
    memory: { type: 'string', description: 'L1 guest memory in MB', default: '512' },
    'console-log': bootTestCommand.options['console-log'],
    junit: bootTestCommand.options.junit,
    'no-nested': { type: 'boolean', description: 'Load the vendor module without nested=1' },
    json: commonOptions.json,
    verbose: commonOptions.verbose
  },
  async run(ctx) {
    const v = ctx.values
    const kernel = str(v.kernel)
    const smoke = str(v.smoke)
    if (!kernel)
      throw new InputError('--kernel VMLINUZ is required: the guest kernel the modules were built for')
    if (!smoke)
      throw new InputError(
        '--smoke FILE is required: the static L2 program (gcc -static test/kvm/kvm-l2-smoke.c)'
      )
    const extra = v['extra-module']
    const report = await kvmTest({
      kernel,
      smoke,
      cacheDir: str(v['cache-dir']) ?? kvmCacheDir(ctx.env),
      accel: accelOption(v.accel),
      timeoutSeconds: positive('timeout', v.timeout) ?? KVM_TEST_TIMEOUT_SECONDS,
      ...(str(v.source) ? { source: str(v.source) } : {}),
      ...(str(v.headers) ? { headers: str(v.headers) } : {}),
      ...(str(v.modules) ? { modulesDir: str(v.modules) } : {}),
      ...(str(v['kernel-modules']) ? { kernelModules: str(v['kernel-modules']) } : {}),
      ...(Array.isArray(extra) ? { extraModules: extra } : {}),
      ...(str(v.qemu) ? { qemu: str(v.qemu) } : {}),
      ...(positive('memory', v.memory) ? { memoryMb: positive('memory', v.memory) } : {}),
      ...(str(v['console-log']) ? { consoleLog: str(v['console-log']) } : {}),
      ...(str(v.junit) ? { junit: str(v.junit) } : {}),
      ...(v['no-nested'] ? { nested: false } : {}),
      cwd: ctx.cwd,
      env: ctx.env,
      log: ctx.log
    })
    if (v.json) ctx.out(JSON.stringify(report, null, 2))
    else {
      ctx.out(`kvm-test ${report.kernel.release}: ${report.label}: ${report.reason}`)
      if (report.boot) ctx.out(`console log: ${report.boot.consoleLog}`)
    }
    return report.exitCode
  }
}
