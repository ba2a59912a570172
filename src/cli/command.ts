import { resolve } from 'node:path'
import type { ParseArgsConfig } from 'node:util'
import { defaultConfigPath, loadConfig } from '../config/load.js'
import type { Config } from '../config/types.js'
import type { Logger } from '../log.js'

type OptionSpec = NonNullable<ParseArgsConfig['options']>

/** What every subcommand gets: parsed options, positionals, where to print, and a logger (stderr). */
export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
  /** Standard output: the command's result (one JSON document with --json). */
  out(text: string): void
  log: Logger
  /** Working directory the CLI was started in. */
  cwd: string
  env: NodeJS.ProcessEnv
}

/**
 * One `stable-sync <name>` subcommand. Each lives in its own file under cli/commands and is listed in
 * cli/commands/index.ts. `run` returns the exit code: 0 success, 1 a finding that needs a human,
 * 2 bad input (thrown InputError/ConfigError map to 2 too), 77 skipped.
 */
export interface Command {
  name: string
  summary: string
  /** Usage line(s) after `stable-sync <name>`. */
  usage: string
  options: OptionSpec
  allowPositionals?: boolean
  run(ctx: CommandContext): Promise<number>
}

/** Options most engine commands share. */
export const commonOptions = {
  repo: { type: 'string' },
  config: { type: 'string' },
  track: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  quiet: { type: 'boolean', short: 'q' }
} as const satisfies OptionSpec

/**
 * The packaging repository (`--repo`, default: the working directory) and its loaded configuration
 * (`--config`, default: <repo>/.github/stable-sync.yml). A bad configuration throws ConfigError (exit 2).
 */
export async function loadCommandConfig(ctx: CommandContext): Promise<{ repoDir: string; config: Config }> {
  const repoDir = resolve(ctx.cwd, (ctx.values.repo as string | undefined) ?? '.')
  const file = ctx.values.config ? resolve(ctx.cwd, ctx.values.config as string) : defaultConfigPath(repoDir)
  return { repoDir, config: await loadConfig(file, { repoDir }) }
}
