import * as core from '@actions/core'
import { join } from 'node:path'
import { bootTest } from '../boot/boot-test.js'
import type { BootReport } from '../boot/report-types.js'
import { SUMMARY_HEADER, summaryRow, tapLine } from '../boot/summary.js'
import { sha256Input } from '../boot/image-download.js'
import { accelInput, networkInput, positiveInput, regexInput } from '../boot/inputs.js'
import { StableSyncError } from '../errors.js'
import { booleanInput, optionalInput as optional } from './inputs.js'
import { actionsLogger } from './logger.js'

/**
 * The boot-test sub-action (boot-test/action.yml): the same harness as `stable-sync boot-test`,
 * with inputs from the workflow, the report as outputs, a job-summary row, and the step failed
 * only here (fail/error, and skip when `fail-on-skip`).
 */
const coreLogger = actionsLogger()

function setOutputs(r: BootReport): void {
  core.setOutput('result', r.result)
  core.setOutput('reason', r.reason)
  core.setOutput('accel', r.accel.used ?? '')
  core.setOutput('accel-why', r.accel.why)
  core.setOutput('nested', r.accel.nested.text)
  core.setOutput('seconds-to-marker', r.secondsToMarker === null ? '' : r.secondsToMarker.toFixed(3))
  core.setOutput('warnings', JSON.stringify(r.warnings))
  core.setOutput('console-log', r.consoleLog)
  core.setOutput('junit', r.junit ?? '')
  core.setOutput('qemu-command-line', r.qemuCommandLine ?? '')
  core.setOutput('json', JSON.stringify(r))
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const expect = regexInput('expect', optional('expect'))
    const failOn = regexInput('fail-on', optional('fail-on'))
    const timeoutSeconds = positiveInput('timeout', optional('timeout'))
    const memoryMb = positiveInput('memory', optional('memory'))
    const name = optional('name')
    // Read before the boot, so a misspelt value fails at once instead of after minutes of booting.
    const failOnSkip = booleanInput('fail-on-skip')
    // A unique default directory per step, so several boot tests in one job keep their logs apart.
    const outDir = join(
      env.RUNNER_TEMP || env.TMPDIR || '/tmp',
      `stable-sync-boot-test-${Date.now()}-${process.pid}`
    )
    const consoleLog = optional('console-log') ?? join(outDir, 'console.log')
    const junit = optional('junit') ?? join(outDir, 'junit.xml')
    const report = await core.group(`Boot test${name ? ` ${name}` : ''}`, () =>
      bootTest({
        kernel: optional('kernel'),
        initrd: optional('initrd'),
        append: optional('append'),
        image: optional('image'),
        imageUrl: optional('image-url'),
        imageSha256: sha256Input('image-sha256', optional('image-sha256')),
        network: networkInput(optional('network')),
        cloudInit: optional('cloud-init'),
        qemu: optional('qemu'),
        name,
        accel: accelInput(optional('accel')),
        ...(expect ? { expect } : {}),
        ...(failOn ? { failOn } : {}),
        ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
        ...(memoryMb !== undefined ? { memoryMb } : {}),
        consoleLog,
        junit,
        cwd: env.GITHUB_WORKSPACE || process.cwd(),
        env,
        log: coreLogger
      })
    )
    setOutputs(report)
    core.info(tapLine(report))
    core.info(`accel: ${report.accel.why}`)
    core.info(`nested virtualization: ${report.accel.nested.text}`)
    core.info(`console log: ${report.consoleLog}`)
    if (env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(`${SUMMARY_HEADER}\n${summaryRow(report)}\n`).write()
    if (report.interrupted) core.setFailed(`boot test interrupted by ${report.interrupted}`)
    else if (report.result === 'fail' || report.result === 'error')
      core.setFailed(`boot test ${report.result}: ${report.reason}`)
    else if (report.result === 'skip') {
      if (failOnSkip) core.setFailed(`boot test skipped: ${report.reason}`)
      else core.notice(`boot test skipped: ${report.reason}`)
    }
  } catch (e) {
    core.setFailed(
      e instanceof StableSyncError ? e.message : `unexpected error: ${(e as Error).stack ?? String(e)}`
    )
  }
}
