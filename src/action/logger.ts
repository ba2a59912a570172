import * as core from '@actions/core'
import type { Logger } from '../log.js'

/** The core's injected Logger, on the runner's log commands (groups fold in the log view). */
export function actionsLogger(): Logger {
  return {
    debug: m => core.debug(m),
    info: m => core.info(m),
    warning: m => core.warning(m),
    error: m => core.error(m),
    progress: m => core.info(m),
    group: (name, fn) => core.group(name, fn)
  }
}
