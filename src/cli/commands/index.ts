import type { Command } from '../command.js'
import { bootTestCommand } from './boot-test.js'
import { statusCommand } from './status.js'
import { validateCommand } from './validate.js'

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
export const commands: Command[] = [validateCommand, statusCommand, bootTestCommand]
