import { resolve } from 'node:path'
import { defaultConfigPath, loadConfig } from '../config/load.js'
import type { Config } from '../config/types.js'
import type { Logger } from '../log.js'
import { defaultCacheDir } from '../upstream/cache-dir.js'

/**
 * One option of a subcommand: what node:util parseArgs needs (type, short, multiple) plus what
 * `stable-sync <command> --help` prints for it. `default` is text for the help only (the command
 * applies its own default); parseArgs never sees `description` or `default` (see parseArgsOptions).
 */
export interface CliOption {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
  /** One line: what the option does. */
  description: string
  /** What applies when the option is not given, as a person reads it ("the working directory"). */
  default?: string
}

export type CliOptions = Record<string, CliOption>

/** The options as parseArgs takes them: only type, short and multiple. */
export function parseArgsOptions(
  options: CliOptions
): Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> {
  return Object.fromEntries(
    Object.entries(options).map(([name, o]) => [
      name,
      {
        type: o.type,
        ...(o.short ? { short: o.short } : {}),
        ...(o.multiple ? { multiple: true } : {})
      }
    ])
  )
}

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
  options: CliOptions
  allowPositionals?: boolean
  run(ctx: CommandContext): Promise<number>
}

/** Options most engine commands share. */
export const commonOptions = {
  repo: {
    type: 'string',
    description: 'The packaging repository (its working tree)',
    default: 'the working directory'
  },
  config: {
    type: 'string',
    description: 'The stable-sync configuration file',
    default: '<repo>/.github/stable-sync.yml'
  },
  track: {
    type: 'string',
    multiple: true,
    description: 'Only this track (by name)',
    default: 'every track'
  },
  json: { type: 'boolean', description: 'Print the result as one JSON document on stdout' },
  verbose: { type: 'boolean', short: 'v', description: 'Print debug messages on stderr' },
  quiet: { type: 'boolean', short: 'q', description: 'Print no progress messages on stderr' }
} as const satisfies CliOptions

/**
 * The packaging repository (`--repo`, default: the working directory) and its loaded configuration
 * (`--config`, default: <repo>/.github/stable-sync.yml). A bad configuration throws ConfigError (exit 2).
 */
export async function loadCommandConfig(ctx: CommandContext): Promise<{ repoDir: string; config: Config }> {
  const repoDir = resolve(ctx.cwd, (ctx.values.repo as string | undefined) ?? '.')
  const file = ctx.values.config ? resolve(ctx.cwd, ctx.values.config as string) : defaultConfigPath(repoDir)
  return { repoDir, config: await loadConfig(file, { repoDir }) }
}

/** The upstream cache: --cache-dir, else the default (the tool cache in Actions, else XDG). */
export function cacheDirOf(ctx: CommandContext): string {
  const given = ctx.values['cache-dir'] as string | undefined
  return given ? resolve(ctx.cwd, given) : defaultCacheDir(ctx.env)
}
