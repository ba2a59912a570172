/**
 * Typed errors carry what went wrong and how to fix it. Entry points (CLI, actions) map them to exit
 * codes / setFailed; nothing else decides how a run ends.
 *   exit 2: bad input (config, arguments, missing tools)   exit 1: a finding that needs a human
 */
export class StableSyncError extends Error {
  readonly exitCode: number = 1
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** Bad input: a wrong argument, a missing file or tool. Exit 2. */
export class InputError extends StableSyncError {
  override readonly exitCode = 2
}

/** Where in a file a problem is (1-based line), and which key. */
export interface SourceLocation {
  file: string
  line?: number
  key?: string
}

/** A configuration file is wrong. The message names file, line and key and says how to fix it. */
export class ConfigError extends InputError {
  constructor(
    readonly location: SourceLocation,
    readonly problem: string,
    readonly hint?: string
  ) {
    const where = `${location.file}${location.line ? `:${location.line}` : ''}${location.key ? ` (${location.key})` : ''}`
    super(`${where}: ${problem}${hint ? `. ${hint}` : ''}`)
  }
}

/** The engine found something a maintainer must look at (pin not an ancestor, series that does not apply). */
export class FindingError extends StableSyncError {}
