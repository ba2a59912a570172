import { bootTest } from '../../boot/boot-test.js'
import { exitCodeFor } from '../../boot/report-types.js'
import { tapLine } from '../../boot/summary.js'
import { sha256Input } from '../../boot/image-download.js'
import { accelInput, networkInput, positiveInput, regexInput } from '../../boot/inputs.js'
import type { Command } from '../command.js'

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
    kernel: { type: 'string' },
    initrd: { type: 'string' },
    append: { type: 'string' },
    image: { type: 'string' },
    'image-url': { type: 'string' },
    'image-sha256': { type: 'string' },
    network: { type: 'string' },
    'cloud-init': { type: 'string' },
    qemu: { type: 'string' },
    accel: { type: 'string' },
    timeout: { type: 'string' },
    expect: { type: 'string' },
    'fail-on': { type: 'string' },
    memory: { type: 'string' },
    'probe-seconds': { type: 'string' },
    'console-log': { type: 'string' },
    junit: { type: 'string' },
    name: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' }
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
