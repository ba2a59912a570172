import { bootTest } from '../../boot/boot-test.js'
import { exitCodeFor } from '../../boot/report-types.js'
import { tapLine } from '../../boot/summary.js'
import { sha256Input } from '../../boot/image-download.js'
import { accelInput, networkInput, positiveInput, regexInput } from '../../boot/inputs.js'
import { DEFAULT_TIMEOUT_SECONDS } from '../../boot/boot-test.js'
import { BOOT_FAILED, BOOT_MARKER } from '../../boot/console-classify.js'
import { commonOptions, type Command } from '../command.js'

function str(v: string | boolean | string[] | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined
}

export const bootTestCommand: Command = {
  name: 'boot-test',
  summary: 'Boot a guest with a qemu-system-* binary and judge its serial console (pass/fail/skip).',
  usage: [
    '--kernel FILE [--initrd FILE] [--append ARGS]',
    '    | (--image FILE | --image-url URL --image-sha256 HEX) [--cloud-init DIR] [--network restricted|open]',
    '    [--qemu PATH] [--accel auto|kvm|tcg] [--timeout SECONDS] [--expect REGEX] [--fail-on REGEX]',
    '    [--memory MB] [--console-log FILE] [--junit FILE] [--name NAME] [--probe-seconds N] [--json]',
    '  exit 0 pass, 1 fail, 2 bad input / missing tools / KVM present but broken with --accel kvm,',
    '  77 skip (--accel kvm and no KVM at all); 130/143 when interrupted (QEMU is killed first).'
  ].join('\n'),
  options: {
    kernel: { type: 'string', description: 'The guest kernel to boot directly (or use --image)' },
    initrd: { type: 'string', description: 'The initramfs for --kernel', default: 'none' },
    append: { type: 'string', description: 'Extra kernel command line for --kernel', default: 'none' },
    image: { type: 'string', description: 'A disk image (qcow2) to boot instead of --kernel' },
    'image-url': {
      type: 'string',
      description: 'Download the disk image from this URL (needs --image-sha256)',
      default: 'none'
    },
    'image-sha256': {
      type: 'string',
      description: 'The sha256 the image must have (required with --image-url; checked for --image too)',
      default: 'none'
    },
    network: {
      type: 'string',
      description:
        "The image guest's user-mode network: restricted (reaches neither host nor internet) or open",
      default: 'restricted'
    },
    'cloud-init': {
      type: 'string',
      description: 'A directory with user-data/meta-data, given to --image as a NoCloud seed',
      default: 'none'
    },
    qemu: {
      type: 'string',
      description: 'The qemu-system-* binary, a path or a name on PATH',
      default: 'qemu-system-x86_64'
    },
    accel: {
      type: 'string',
      description: 'auto (KVM when it works, else TCG), kvm (skip without KVM) or tcg',
      default: 'auto'
    },
    timeout: {
      type: 'string',
      description: 'Seconds to wait for the marker before the guest is killed',
      default: String(DEFAULT_TIMEOUT_SECONDS)
    },
    expect: {
      type: 'string',
      description: 'Regular expression of the console line that means pass',
      default: BOOT_MARKER
    },
    'fail-on': {
      type: 'string',
      description: 'Regular expression of a console line that fails the boot at once',
      default: BOOT_FAILED
    },
    memory: {
      type: 'string',
      description: 'Guest memory in MB',
      default: '512 for --kernel, 1024 for --image'
    },
    'probe-seconds': {
      type: 'string',
      description: 'How long a KVM probe guest may take to prove KVM works',
      default: '5 for --kernel, 30 for --image'
    },
    'console-log': {
      type: 'string',
      description: 'Where the timestamped console log is written',
      default: 'a new temporary directory'
    },
    junit: { type: 'string', description: 'Also write a JUnit XML report to this file', default: 'none' },
    name: {
      type: 'string',
      description: 'The test name in reports',
      default: "the kernel's or image's file name"
    },
    json: commonOptions.json,
    verbose: commonOptions.verbose
  },
  async run(ctx) {
    const v = ctx.values
    const expect = regexInput('expect', v.expect)
    const failOn = regexInput('fail-on', v['fail-on'])
    const timeoutSeconds = positiveInput('timeout', v.timeout)
    const memoryMb = positiveInput('memory', v.memory)
    const probeSeconds = positiveInput('probe-seconds', v['probe-seconds'])
    const report = await bootTest({
      kernel: str(v.kernel),
      initrd: str(v.initrd),
      append: str(v.append),
      image: str(v.image),
      imageUrl: str(v['image-url']),
      imageSha256: sha256Input('--image-sha256', str(v['image-sha256'])),
      network: networkInput(v.network),
      cloudInit: str(v['cloud-init']),
      qemu: str(v.qemu),
      name: str(v.name),
      consoleLog: str(v['console-log']),
      junit: str(v.junit),
      accel: accelInput(v.accel),
      ...(expect ? { expect } : {}),
      ...(failOn ? { failOn } : {}),
      ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
      ...(memoryMb !== undefined ? { memoryMb } : {}),
      ...(probeSeconds !== undefined ? { probeSeconds } : {}),
      cwd: ctx.cwd,
      env: ctx.env,
      log: ctx.log
    })
    if (v.json) ctx.out(JSON.stringify(report, null, 2))
    else {
      ctx.out(tapLine(report))
      ctx.out(`# accel: ${report.accel.why}`)
      ctx.out(`# nested virtualization: ${report.accel.nested.text}`)
      for (const w of report.warnings)
        ctx.out(`# warning (${w.kind}) at ${w.seconds.toFixed(1)} s: ${w.line}`)
      ctx.out(`# console log: ${report.consoleLog}`)
      if (report.junit) ctx.out(`# junit: ${report.junit}`)
    }
    return exitCodeFor(report)
  }
}

/** Kept for commands that parse the same `--accel` option (kvm-test). */
export { accelInput as accelOption, regexInput as regexOption } from '../../boot/inputs.js'
