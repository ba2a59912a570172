#!/usr/bin/env node
import { runCli } from './main.js'

// The bundled CLI entry point (dist/cli/index.js): only this file touches process.exit state.
const code = await runCli(process.argv.slice(2), {
  out: t => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: t => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  cwd: process.cwd(),
  env: process.env
})
// Everything the command started has ended; once what it printed is out (a pipe is written
// asynchronously), exit at once: tearing down the heap of a 10,000-commit run only costs time.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
