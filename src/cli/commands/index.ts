import type { Command } from '../command.js'
import { bootTestCommand } from './boot-test.js'
import { kvmTestCommand } from './kvm-test.js'
import { buildCommand } from './build.js'
import { buildSourceCommand } from './build-source.js'
import { buildMatrixCommand } from './build-matrix.js'
import { reportCommand } from './report.js'
import { releaseCommand } from './release.js'
import { statusCommand } from './status.js'
import { validateCommand } from './validate.js'
import { planCommand } from './plan.js'
import { applyCommand } from './apply.js'
import { verifyCommand } from './verify.js'

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
export const commands: Command[] = [
  validateCommand,
  planCommand,
  applyCommand,
  verifyCommand,
  statusCommand,
  releaseCommand,
  bootTestCommand,
  kvmTestCommand,
  buildSourceCommand,
  buildCommand,
  buildMatrixCommand,
  reportCommand
]
