import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml'
import { ConfigError } from '../errors.js'
import { semanticProblems } from './checks.js'
import { gbpTagDefaults } from './gbp-defaults.js'
import { normalize } from './normalize.js'
import { throwConfigErrors, type Problem } from './problems.js'
import { schemaProblems } from './schema.js'
import type { Config } from './types.js'
import { formatKeyPath, keyPathAt, locateLine, sourceText } from './yaml-locate.js'

export interface LoadOptions {
  /**
   * The packaging repository root: relative local upstream paths are resolved against it. Default:
   * the directory above `.github/` when the file is in one, else the file's directory.
   */
  repoDir?: string
  /**
   * Reads a package's debian/gbp.conf (package directory relative to the repository root; undefined
   * when there is none), for tracks without `upstream.tag`. loadConfig reads the file system.
   */
  gbpConf?: (packageDir: string) => string | undefined
}

/** Where the configuration lives in a packaging repository. */
export function defaultConfigPath(repoDir: string): string {
  return join(repoDir, '.github', 'stable-sync.yml')
}

const defaultRepoDir = (file: string): string =>
  basename(dirname(file)) === '.github' ? dirname(dirname(file)) : dirname(file)

const SYNTAX_HINTS: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: 'A key may appear once per mapping: remove or merge the second one',
  TAB_AS_INDENT: 'Indent with spaces, not tabs',
  MISSING_CHAR: 'Close the quote or bracket that was opened',
  MULTIPLE_DOCS: "Keep one YAML document: remove the extra '---'",
  BLOCK_AS_IMPLICIT_KEY: "Put a space after each ':' and check the indentation of the line above"
}

function syntaxErrors(file: string, doc: Document, lines: LineCounter): ConfigError[] {
  // The parser may report one mistake twice (e.g. an unclosed flow map): keep each line+message once.
  const unique = doc.errors.filter(
    (e, i) => doc.errors.findIndex(o => o.message === e.message && o.pos[0] === e.pos[0]) === i
  )
  return unique.map(e => {
    const path = e.code === 'MULTIPLE_DOCS' ? [] : keyPathAt(doc, e.pos[0])
    return new ConfigError(
      { file, line: lines.linePos(e.pos[0]).line, ...(path.length ? { key: formatKeyPath(path) } : {}) },
      `YAML syntax error: ${
        e.code === 'MULTIPLE_DOCS'
          ? 'the file holds more than one YAML document'
          : e.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '')
      }`,
      SYNTAX_HINTS[e.code] ??
        "Fix the YAML at that line (indent with spaces, a space after each ':', close every quote and bracket)"
    )
  })
}

/**
 * Parse and validate configuration text (pure; `file` only names it in messages). Throws one
 * ConfigError listing every problem found, each with file, line, key path and a hint.
 */
export function parseConfig(text: string, file: string, options: LoadOptions = {}): Config {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true })
  if (doc.errors.length) throwConfigErrors(syntaxErrors(file, doc, lines))
  const data: unknown = doc.toJS({ maxAliasCount: 1000 })
  if (data === null || data === undefined) {
    throw new ConfigError(
      { file, line: 1, key: 'tracks' },
      'the configuration is empty',
      'Add a tracks: list (see examples/stable-sync.yml and docs/configuration.md)'
    )
  }
  const lineOf = (path: Problem['path'], atKey = false): number | undefined =>
    locateLine(doc, lines, path, { key: atKey })
  const tagFormats = new Map<number, string>()
  const semantic = [
    ...semanticProblems(data, { lineOf: p => lineOf(p, true) }),
    ...gbpTagDefaults(data, options.gbpConf, tagFormats)
  ]
  const covered = new Set(semantic.map(p => formatKeyPath(p.path)))
  const problems = [
    // The semantic checks explain pattern mismatches better than the schema can: keep theirs.
    ...schemaProblems(data, { sourceText: p => sourceText(doc, p) }).filter(
      p => !(p.keyword === 'pattern' && covered.has(formatKeyPath(p.path)))
    ),
    ...semantic
  ]
  if (problems.length === 0)
    return normalize(
      data as Record<string, unknown>,
      file,
      options.repoDir ?? defaultRepoDir(file),
      tagFormats
    )
  const seen = new Set<string>()
  const errors = problems
    .map(p => ({ p, line: lineOf(p.path, p.atKey) ?? 1, key: formatKeyPath(p.path) }))
    .filter(({ p, key }) => !seen.has(`${key}\0${p.problem}`) && Boolean(seen.add(`${key}\0${p.problem}`)))
    .sort((a, b) => a.line - b.line)
    .map(({ p, line, key }) => new ConfigError({ file, line, ...(key ? { key } : {}) }, p.problem, p.hint))
  throwConfigErrors(errors)
}

/** Read, parse and validate a configuration file (see parseConfig). */
export async function loadConfig(file: string, options: LoadOptions = {}): Promise<Config> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new ConfigError(
      { file },
      code === 'ENOENT'
        ? 'configuration file not found'
        : `cannot read the configuration: ${(e as Error).message}`,
      code === 'ENOENT'
        ? 'Create it (start from examples/stable-sync.yml, see docs/configuration.md) or pass --config FILE'
        : 'Check the path and its permissions, or pass --config FILE'
    )
  }
  const repoDir = options.repoDir ?? defaultRepoDir(file)
  return parseConfig(text, file, {
    repoDir,
    gbpConf: options.gbpConf ?? (pkg => readOptional(join(repoDir, pkg, 'debian', 'gbp.conf')))
  })
}

function readOptional(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}
