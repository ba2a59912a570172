import type { Command } from '../command.js'
import { engineOptions, runEngineCommand } from './engine-run.js'

/** `stable-sync plan`: see docs/engine.md. Exit 0 ok, 1 a finding for a human, 2 bad input. */
export const planCommand: Command = {
  name: 'plan',
  summary:
    'Show which upstream stable fixes would be added to the quilt series, and why others are skipped (read-only).',
  usage: '[--repo DIR] [--config FILE] [--track NAME] [--now YYYY-MM-DD] [--cache-dir DIR] [--json]',
  options: engineOptions,
  run: ctx => runEngineCommand('plan', ctx)
}
