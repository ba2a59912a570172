import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createGit } from '../../src/git/gateway.js'
import { run } from '../../src/process/run.js'
import { isolatedGitEnv } from './git-fixture.js'

/**
 * Runs a bundled action (`node dist/…/index.js`) the way a runner does: inputs as INPUT_* variables,
 * the GITHUB_* context, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files; nothing of the outer environment's
 * Actions context leaks in (a CI runner's cache service or token must not be used by the test).
 */
export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/**
 * The bundle to run: `entry` in dist/, or (root action only) $STABLE_SYNC_TEST_ACTION_BUNDLE, a bundle
 * built elsewhere from the same sources (a worktree that must not rebuild dist/ tests its own code).
 */
export function bundle(entry = 'dist/index.js'): string {
  const override = entry === 'dist/index.js' ? process.env.STABLE_SYNC_TEST_ACTION_BUNDLE : undefined
  const file = resolve(override || entry)
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run package\` before the action tests`)
  return file
}

/** Parse GITHUB_OUTPUT as @actions/core writes it: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3]
  return out
}

export async function runAction(
  entry: string,
  opts: { workspace: string; home: string; inputs: Record<string, string>; env: Record<string, string> }
): Promise<ActionRun> {
  const runDir = join(opts.home, `run-${Date.now()}-${Math.random().toString(36).slice(2)}`)
  mkdirSync(runDir, { recursive: true })
  const outputFile = join(runDir, 'output')
  const summaryFile = join(runDir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const cleared: Record<string, undefined> = {}
  for (const k of Object.keys(process.env)) {
    if (
      /^(GITHUB_|ACTIONS_|INPUT_|RUNNER_)/.test(k) ||
      k === 'NODE_OPTIONS' ||
      /^DEB(FULLNAME|EMAIL)$/.test(k)
    )
      cleared[k] = undefined
  }
  const inputs = Object.fromEntries(
    Object.entries(opts.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
  )
  const r = await run('node', [entry], {
    cwd: opts.workspace,
    allowFailure: true,
    timeoutMs: 120_000,
    env: {
      ...cleared,
      ...isolatedGitEnv(opts.home),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: opts.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_RUN_ID: '1',
      RUNNER_TEMP: runDir,
      ...inputs,
      ...opts.env
    }
  })
  return {
    code: r.code,
    stdout: r.stdout.toString('utf8'),
    stderr: r.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  }
}

/** A bare repository that records every push it receives (a post-receive hook), for "zero pushes". */
export async function bareWithPushLog(source: string, bare: string): Promise<{ pushes(): string[] }> {
  await createGit(source).exec(['clone', '-q', '--bare', source, bare])
  const log = join(bare, 'pushes.log')
  writeFileSync(log, '')
  const hook = join(bare, 'hooks', 'post-receive')
  writeFileSync(hook, '#!/bin/sh\ncat >> "$(dirname "$0")/../pushes.log"\n')
  chmodSync(hook, 0o755)
  return { pushes: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) }
}
