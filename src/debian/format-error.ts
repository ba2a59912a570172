import { InputError } from '../errors.js'

/**
 * A Debian-format text (version, changelog, series, patch header) is malformed. Bad input, exit 2.
 * `line` is 1-based within the text that was parsed; callers that know the file name prefix it.
 */
export class DebianFormatError extends InputError {
  constructor(
    readonly what: string,
    readonly problem: string,
    readonly line?: number
  ) {
    super(`${what}${line !== undefined ? ` line ${line}` : ''}: ${problem}`)
  }
}
