import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join, resolve } from 'node:path'

/** Resolve a program name on PATH (or a path) to an executable file, like `command -v`. */
export function findProgram(
  name: string,
  env: Record<string, string | undefined>,
  cwd: string
): string | undefined {
  const candidates = name.includes('/')
    ? [isAbsolute(name) ? name : resolve(cwd, name)]
    : (env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map(dir => join(dir, name))
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK)
      if (statSync(c).isFile()) return c
    } catch {
      // not here
    }
  }
  return undefined
}
