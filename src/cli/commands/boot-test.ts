import type { AccelMode } from '../../boot/accel.js'
import { bootTest } from '../../boot/boot-test.js'
import { exitCodeFor } from '../../boot/report-types.js'
import { tapLine } from '../../boot/summary.js'
import { InputError } from '../../errors.js'
import type { Command } from '../command.js'

/** Parse a number option, or say which option is wrong. */
function numberOption(name: string, value: string | boolean | string[] | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (typeof value !== 'string' || !Number.isFinite(n) || n <= 0) {
    throw new InputError(`--${name} must be a positive number, got ${JSON.stringify(value)}`)
  }
  return n
}

export function regexOption(
  name: string,
  value: string | boolean | string[] | undefined
): RegExp | undefined {
  if (typeof value !== 'string') return undefined
  try {
    return new RegExp(value)
  } catch (e) {
    throw new InputError(
      `--${name} ${JSON.stringify(value)} is not a valid regular expression: ${(e as Error).message}`
    )
  }
}

export function accelOption(value: string | boolean | string[] | undefined): AccelMode {
  if (value === undefined) return 'auto'
  if (value === 'auto' || value === 'kvm' || value === 'tcg') return value
  throw new InputError(`--accel must be auto, kvm or tcg, got ${JSON.stringify(value)}`)
}

function str(v: string | boolean | string[] | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined
}

export const bootTestCommand: Command = {
  name: 'boot-test',
  summary: 'Boot a guest with a qemu-system-* binary and judge its serial console (pass/fail/skip).',
  usage: [
    '--kernel FILE [--initrd FILE] [--append ARGS] | --image FILE [--cloud-init DIR]',
    '    [--qemu PATH] [--accel auto|kvm|tcg] [--timeout SECONDS] [--expect REGEX] [--fail-on REGEX]',
    '    [--memory MB] [--console-log FILE] [--junit FILE] [--name NAME] [--json]',
    '  exit 0 pass, 1 fail, 2 bad input / missing tools / KVM present but broken with --accel kvm,',
    '  77 skip (--accel kvm and no KVM at all); 130/143 when interrupted (QEMU is killed first).'
  ].join('\n'),
  options: {
    kernel: { type: 'string' },
    initrd: { type: 'string' },
    append: { type: 'string' },
    image: { type: 'string' },
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
    const expect = regexOption('expect', v.expect)
    const failOn = regexOption('fail-on', v['fail-on'])
    const timeoutSeconds = numberOption('timeout', v.timeout)
    const memoryMb = numberOption('memory', v.memory)
    const probeSeconds = numberOption('probe-seconds', v['probe-seconds'])
    const report = await bootTest({
      kernel: str(v.kernel),
      initrd: str(v.initrd),
      append: str(v.append),
      image: str(v.image),
      cloudInit: str(v['cloud-init']),
      qemu: str(v.qemu),
      name: str(v.name),
      consoleLog: str(v['console-log']),
      junit: str(v.junit),
      accel: accelOption(v.accel),
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
