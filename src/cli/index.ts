#!/usr/bin/env node
import { runCli } from './main.js'

// The bundled CLI entry point (dist/cli/index.js): only this file touches process.exit state.
process.exitCode = await runCli(process.argv.slice(2), {
  out: t => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: t => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  cwd: process.cwd(),
  env: process.env
})
