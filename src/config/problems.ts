import { ConfigError } from '../errors.js'
import type { KeyPath } from './yaml-locate.js'

/** One thing wrong with a configuration file, before it is placed on a line. */
export interface Problem {
  path: KeyPath
  /** Point at the key itself rather than its value (unknown or duplicate keys). */
  atKey?: boolean
  problem: string
  hint?: string
  /** The JSON Schema keyword that found it (schema problems only). */
  keyword?: string
}

/**
 * Several problems found in one pass, reported together so a user fixes them all at once. It is a
 * ConfigError whose `location`, `problem` and `hint` are the first one's; `errors` lists them all.
 */
export class ConfigErrors extends ConfigError {
  constructor(readonly errors: readonly ConfigError[]) {
    const [first] = errors
    super(first.location, first.problem, first.hint)
    if (errors.length > 1) {
      this.message = [
        `${errors.length} problems in ${first.location.file}:`,
        ...errors.map(e => `  - ${e.message}`)
      ].join('\n')
    }
  }
}

/** Throw `errors` as one ConfigError (the single one itself, or all of them aggregated). */
export function throwConfigErrors(errors: readonly ConfigError[]): never {
  throw errors.length === 1 ? errors[0] : new ConfigErrors(errors)
}
