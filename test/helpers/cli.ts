import { runCli } from '../../src/cli/main.js'

export interface CliRun {
  code: number
  /** Everything written to stdout, one line per write. */
  out: string
  /** Everything written to stderr (logs, warnings, errors), one line per write. */
  err: string
}

/** Run the CLI in-process, as `stable-sync <args>` would run, and capture what it prints. */
export async function captureCli(
  args: readonly string[],
  io: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<CliRun> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: t => void (out += `${t}\n`),
    err: t => void (err += `${t}\n`),
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env
  })
  return { code, out, err }
}
