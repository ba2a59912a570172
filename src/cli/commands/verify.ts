import type { Command } from '../command.js'
import { engineOptions, runEngineCommand } from './engine-run.js'

/** `stable-sync verify`: see docs/engine.md. Exit 0 ok, 1 a finding for a human, 2 bad input. */
export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'Apply the whole series at fuzz 0 onto the pinned upstream tree and compare it with the stable tip.',
  usage: '[--repo DIR] [--config FILE] [--track NAME] [--now YYYY-MM-DD] [--cache-dir DIR] [--json]',
  options: engineOptions,
  run: ctx => runEngineCommand('verify', ctx)
}
