import type { Command } from '../command.js'
import { engineOptions, runEngineCommand } from './engine-run.js'

/** `stable-sync apply`: see docs/engine.md. Exit 0 ok, 1 a finding for a human, 2 bad input. */
export const applyCommand: Command = {
  name: 'apply',
  summary:
    'Write the new patches, debian/patches/series and a debian/changelog entry (verified first; no commit).',
  usage: '[--repo DIR] [--config FILE] [--track NAME] [--now YYYY-MM-DD] [--cache-dir DIR] [--json]',
  options: engineOptions,
  run: ctx => runEngineCommand('apply', ctx)
}
