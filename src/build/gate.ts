import { existsSync, readFileSync, rmSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { FindingError } from '../errors.js'
import type { Logger } from '../log.js'
import { run } from '../process/run.js'
import type { BinaryBuildResult } from './binary-package.js'
import { parseControlFields } from './package-identity.js'

/**
 * The build gate: what a maintainer checks before trusting a build. lintian on the source and
 * binary packages (an error fails the gate, warnings are reported) and, when the source declares
 * `Testsuite: autopkgtest` (it has debian/tests/control), autopkgtest against the .debs just built.
 * autopkgtest runs with the `null` virtualisation server: the tests run on this machine, which is
 * what a throwaway build container offers; a runner that is not throwaway should use a container or
 * VM backend (`-- podman`, `-- lxc`, `-- qemu`) instead (docs/workflow.md).
 */
export interface LintianTag {
  severity: 'error' | 'warning'
  /** `hello-stable` or `hello-stable source`. */
  package: string
  tag: string
  context?: string
}

export interface LintianResult {
  status: 'pass' | 'fail'
  errors: number
  warnings: number
  tags: LintianTag[]
}

export type AutopkgtestVerdict = 'pass' | 'fail' | 'skip' | 'none'

export interface AutopkgtestResult {
  /** none: the package has no debian/tests; skip: tests exist but none could run here. */
  status: AutopkgtestVerdict
  tests: { name: string; result: string; detail?: string }[]
  /** autopkgtest's exit code (see autopkgtest(1)), absent when it did not run. */
  exitCode?: number
  /** Where its logs are (`log`, `<test>-stdout`, …). */
  outputDir?: string
}

export interface GateResult {
  lintian?: LintianResult
  autopkgtest?: AutopkgtestResult
}

export interface GateOptions {
  lintian?: boolean
  autopkgtest?: boolean
  log: Logger
}

/** lintian's tag lines (`E: pkg source: tag context`); explanations (`N:`), info and pedantic tags are left out. */
export function parseLintian(text: string): LintianTag[] {
  const tags: LintianTag[] = []
  for (const line of text.split('\n')) {
    const m = /^([EW]): (\S+(?: (?:source|binary|udeb|changes|buildinfo))?): (\S+)(?: (.*))?$/.exec(
      line.trimEnd()
    )
    if (!m) continue
    tags.push({
      severity: m[1] === 'E' ? 'error' : 'warning',
      package: m[2],
      tag: m[3],
      ...(m[4] ? { context: m[4] } : {})
    })
  }
  return tags
}

/** autopkgtest's --summary-file: `<test> <RESULT> [detail]` a line. */
export function parseAutopkgtestSummary(text: string): AutopkgtestResult['tests'] {
  return text
    .split('\n')
    .map(l => /^(\S+)\s+([A-Z]+)(?:\s+(.*))?$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => ({ name: m[1], result: m[2], ...(m[3] ? { detail: m[3] } : {}) }))
}

/**
 * The verdict from autopkgtest's exit code, a bit field: 2 a test skipped, 4 a test failed, 8 no test
 * ran; 12 and up are errors of the package or the testbed, which fail the gate too.
 */
export function autopkgtestVerdict(code: number): Exclude<AutopkgtestVerdict, 'none'> {
  if (code >= 12 || (code & 4) !== 0) return 'fail'
  if (code === 8) return 'skip'
  return 'pass'
}

export async function runLintian(files: readonly string[], log: Logger): Promise<LintianResult> {
  log.info(`lintian ${files.map(f => basename(f)).join(' ')}`)
  const r = await run('lintian', ['--no-tag-display-limit', ...files], {
    allowFailure: true,
    env: { LC_ALL: 'C.UTF-8' }
  })
  const tags = parseLintian(r.stdout.toString('utf8'))
  const errors = tags.filter(t => t.severity === 'error').length
  // With errors found lintian exits 2 (1 before 2.90, which now means lintian itself failed).
  if (r.code !== 0 && !((r.code === 1 || r.code === 2) && errors > 0)) {
    throw new FindingError(
      `lintian failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-10).join('\n')}`
    )
  }
  return { status: errors > 0 ? 'fail' : 'pass', errors, warnings: tags.length - errors, tags }
}

export async function runAutopkgtest(
  build: Pick<BinaryBuildResult, 'dsc' | 'debs'>,
  outputDir: string,
  log: Logger,
  uid: number | undefined = process.getuid?.()
): Promise<AutopkgtestResult> {
  const fields = parseControlFields(readFileSync(build.dsc, 'utf8'))
  // dpkg-source writes `Testsuite: autopkgtest` into the .dsc when debian/tests/control exists.
  if (!/\bautopkgtest\b/.test(fields.get('Testsuite') ?? '')) return { status: 'none', tests: [] }
  if (uid !== undefined && uid !== 0) {
    // The null server installs the packages with apt: root only, and only sensible in a throwaway
    // container. A maintainer's desk gets a reported skip, not a failed build.
    const detail =
      'the null server needs root (it installs the packages here): run the build in a container, or run ' +
      'autopkgtest with a podman/lxc/qemu backend yourself'
    log.warning(`autopkgtest skipped: ${detail}`)
    return { status: 'skip', tests: [{ name: '(autopkgtest)', result: 'SKIP', detail }] }
  }
  const out = resolve(outputDir)
  rmSync(out, { recursive: true, force: true })
  const summary = `${out}.summary`
  rmSync(summary, { force: true })
  const debs = build.debs.map(d => d.file)
  log.info(`autopkgtest ${[...debs, build.dsc].map(f => basename(f)).join(' ')} -- null`)
  const r = await run(
    'autopkgtest',
    ['--summary-file', summary, '--output-dir', out, ...debs, build.dsc, '--', 'null'],
    { allowFailure: true, env: { LC_ALL: 'C.UTF-8', DEBIAN_FRONTEND: 'noninteractive' } }
  )
  const tests = existsSync(summary) ? parseAutopkgtestSummary(readFileSync(summary, 'utf8')) : []
  rmSync(summary, { force: true })
  const status = autopkgtestVerdict(r.code)
  if (status === 'fail' && tests.length === 0) {
    // No test result at all: autopkgtest could not start; its own words say why.
    tests.push({ name: '(autopkgtest)', result: 'ERROR', detail: lastLine(r.stderr) })
  }
  return { status, tests, exitCode: r.code, outputDir: out }
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter(l => l.trim())
      .at(-1) ?? ''
  )
}

/** Both checks on one build; each can be turned off (the CLI's --skip-lintian/--skip-autopkgtest). */
export async function runBuildGate(
  build: BinaryBuildResult,
  outDir: string,
  opts: GateOptions
): Promise<GateResult> {
  const gate: GateResult = {}
  if (opts.lintian ?? true) gate.lintian = await runLintian([build.changes, build.dsc], opts.log)
  if (opts.autopkgtest ?? true)
    gate.autopkgtest = await runAutopkgtest(build, join(outDir, 'autopkgtest'), opts.log)
  return gate
}

/** One line saying why the gate failed, or undefined when it passed. */
export function gateFailure(gate: GateResult): string | undefined {
  const why: string[] = []
  if (gate.lintian?.status === 'fail') {
    const names = [...new Set(gate.lintian.tags.filter(t => t.severity === 'error').map(t => t.tag))]
    why.push(`lintian found ${gate.lintian.errors} error(s): ${names.join(', ')}`)
  }
  if (gate.autopkgtest?.status === 'fail') {
    const failed = gate.autopkgtest.tests.filter(t => t.result !== 'PASS' && t.result !== 'SKIP')
    why.push(
      `autopkgtest failed (exit ${gate.autopkgtest.exitCode}): ${failed.map(t => `${t.name} ${t.result}`).join(', ')}` +
        (gate.autopkgtest.outputDir ? `; logs in ${gate.autopkgtest.outputDir}` : '')
    )
  }
  return why.length ? why.join('; ') : undefined
}
