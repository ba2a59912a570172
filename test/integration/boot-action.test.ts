import { jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { run } from '../../src/action/boot-test-main.js'
import { buildInitramfs } from '../../src/boot/initramfs.js'
import { processesMatching, REPO_ROOT, testKernel } from '../helpers/boot-guest.js'
import { makeTempDir } from '../helpers/tmp.js'

// The boot-test sub-action's run() with INPUT_* variables and GitHub's output / summary files, as
// the runner gives them, booting a real guest under TCG.
jest.setTimeout(120_000)

const tmp = makeTempDir('stable-sync-bootaction-')
afterAll(() => tmp.cleanup())

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of readFileSync(file, 'utf8').matchAll(re)) out[m[1]] = m[3]
  return out
}

test('inputs → a boot → outputs, console log path, JUnit and a job summary row', async () => {
  const initrd = await buildInitramfs({ output: join(tmp.dir, 'ok.cpio.gz'), script: 'echo action guest\n' })
  const outputs = join(tmp.dir, 'outputs')
  const summary = join(tmp.dir, 'summary.md')
  writeFileSync(outputs, '')
  writeFileSync(summary, '')
  const env: Record<string, string> = {
    INPUT_KERNEL: testKernel(),
    INPUT_INITRD: initrd,
    INPUT_ACCEL: 'tcg',
    INPUT_MEMORY: '256',
    INPUT_TIMEOUT: '90',
    INPUT_NAME: 'qemu-7.2 smoke',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: tmp.dir,
    XDG_CACHE_HOME: join(tmp.dir, 'xdg')
  }
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    await run({ ...process.env })
  } finally {
    for (const k of Object.keys(env)) delete process.env[k]
    Object.assign(process.env, saved)
  }
  const o = readOutputs(outputs)
  expect(o.result).toBe('pass')
  expect(o.accel).toBe('tcg')
  expect(o['accel-why']).toBe('TCG requested (--accel tcg)')
  expect(Number(o['seconds-to-marker'])).toBeGreaterThan(0)
  expect(JSON.parse(o.warnings)).toEqual([])
  expect(o['console-log'].startsWith(join(tmp.dir, 'stable-sync-boot-test-'))).toBe(true)
  expect(readFileSync(o['console-log'], 'utf8')).toContain('action guest')
  expect(readFileSync(o.junit, 'utf8')).toContain('name="qemu-7.2 smoke"')
  expect(o['qemu-command-line']).toContain('-accel tcg -cpu max -m 256')
  expect(JSON.parse(o.json).result).toBe('pass')
  expect(readFileSync(summary, 'utf8')).toMatch(
    /\| Guest \| Result \|[\s\S]*\| qemu-7.2 smoke \| ✅ pass \| tcg \|/
  )
  expect(process.exitCode ?? 0).toBe(0)
  expect(processesMatching(tmp.dir)).toEqual([])
})

test('boot-test/action.yml: node24, main relative to the sub-folder, every input the code reads', () => {
  const yml = parse(readFileSync(join(REPO_ROOT, 'boot-test', 'action.yml'), 'utf8'))
  expect(yml.runs).toEqual({ using: 'node24', main: '../dist/boot-test/index.js' })
  const source = readFileSync(join(REPO_ROOT, 'src', 'action', 'boot-test-main.ts'), 'utf8')
  const read = [...source.matchAll(/(?:optional|booleanInput)\('([\w-]+)'/g)].map(m => m[1])
  expect(new Set(read)).toEqual(new Set(Object.keys(yml.inputs)))
  const written = [...source.matchAll(/setOutput\('([\w-]+)'/g)].map(m => m[1])
  expect(new Set(written)).toEqual(new Set(Object.keys(yml.outputs)))
})
