import { parseArgs } from 'node:util'
import { StableSyncError } from '../errors.js'
import { stderrLogger } from '../log.js'
import { CommandError } from '../process/run.js'
import { VERSION } from '../version.js'
import { parseArgsOptions, type Command } from './command.js'
import { loadCommand, loadCommands } from './commands/index.js'

export interface CliIo {
  out(text: string): void
  err(text: string): void
  cwd: string
  env: NodeJS.ProcessEnv
}

async function helpText(): Promise<string> {
  const commands = await loadCommands()
  const width = Math.max(...commands.map(c => c.name.length))
  return [
    `stable-sync ${VERSION}: follow an upstream stable tree's bug fixes as a Debian quilt series.`,
    '',
    'Usage: stable-sync <command> [options]   (stable-sync <command> --help for its options)',
    '',
    'Commands:',
    ...commands.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 success, 1 a finding that needs a human, 2 bad input, 77 skipped.'
  ].join('\n')
}

/** `stable-sync <command> --help`: usage, summary, and one line per option with its default. */
export function commandHelp(c: Command): string {
  const rows = Object.entries(c.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ' VALUE' : ''}`
    const text = [
      o.description,
      o.multiple ? ' (repeatable)' : '',
      o.default !== undefined ? ` (default: ${o.default})` : ''
    ].join('')
    return [flag, text] as const
  })
  const width = Math.max(0, ...rows.map(([flag]) => flag.length))
  const opts = rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`)
  return [`Usage: stable-sync ${c.name} ${c.usage}`, '', c.summary, '', 'Options:', ...opts].join('\n')
}

/** The CLI as a function (tests call it directly); returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(await helpText())
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-V') {
    io.out(VERSION)
    return 0
  }
  const command = await loadCommand(name)
  if (!command) {
    io.err(`stable-sync: unknown command '${name}'. Run 'stable-sync --help' for the list.`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command))
    return 0
  }
  let parsed
  try {
    parsed = parseArgs({
      args: [...rest],
      options: parseArgsOptions(command.options),
      allowPositionals: command.allowPositionals ?? false,
      strict: true
    })
  } catch (e) {
    io.err(`stable-sync ${name}: ${(e as Error).message}\n${commandHelp(command)}`)
    return 2
  }
  const quiet = Boolean(parsed.values.quiet)
  const log = stderrLogger(Boolean(parsed.values.verbose), quiet)
  try {
    return await command.run({
      values: parsed.values as Record<string, string | boolean | string[] | undefined>,
      positionals: parsed.positionals,
      out: io.out,
      log: {
        ...log,
        info: m => io.err(m),
        warning: m => io.err(`warning: ${m}`),
        error: m => io.err(`error: ${m}`),
        progress: m => (quiet ? undefined : io.err(`progress: ${m}`))
      },
      cwd: io.cwd,
      env: io.env
    })
  } catch (e) {
    if (e instanceof StableSyncError) {
      io.err(`stable-sync ${name}: ${e.message}`)
      return e.exitCode
    }
    if (e instanceof CommandError && e.code === 127) {
      io.err(`stable-sync ${name}: ${e.message}. Install it (see README: Requirements).`)
      return 2
    }
    io.err(`stable-sync ${name}: unexpected error: ${(e as Error).stack ?? String(e)}`)
    return 1
  }
}
