import type { Command } from '../command.js'

// Placeholder until the config loader lands (issue 2); replaced by the real command.
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Load and validate the configuration, and print what was understood.',
  usage: '[--repo DIR] [--config FILE] [--json]',
  options: { repo: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' } },
  async run() {
    return 2
  }
}
