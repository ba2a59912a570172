import type { Command } from '../command.js'
import { validateCommand } from './validate.js'

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
export const commands: Command[] = [validateCommand]
