import type { AnySchemaObject, ErrorObject } from 'ajv'
import schemaJson from '../../schema/stable-sync.schema.json' with { type: 'json' }
// Precompiled from the JSON file by scripts/build-config-validator.mjs (a test checks it is current).
import { validate } from './schema-validate.generated.js'
import type { Problem } from './problems.js'
import { suggest } from './suggest.js'
import { formatKeyPath, keyPathFromPointer } from './yaml-locate.js'

/** The JSON Schema shipped in schema/stable-sync.schema.json (editors use the same file). */
export const configSchema: AnySchemaObject = schemaJson

function resolveRef(s: AnySchemaObject | undefined): AnySchemaObject | undefined {
  const ref = s?.$ref as string | undefined
  if (!ref?.startsWith('#/definitions/')) return s
  return (configSchema.definitions as Record<string, AnySchemaObject>)[ref.slice('#/definitions/'.length)]
}

/** Where each key name is allowed: `url` → [`tracks[].upstream`], for "belongs under …" hints. */
function keyHomes(): Map<string, string[]> {
  const homes = new Map<string, string[]>()
  const walk = (s: AnySchemaObject | undefined, at: string, depth: number): void => {
    const node = resolveRef(s)
    if (!node || depth > 6) return
    if (node.type === 'array') return walk(node.items as AnySchemaObject, `${at}[]`, depth + 1)
    for (const [key, sub] of Object.entries((node.properties ?? {}) as Record<string, AnySchemaObject>)) {
      homes.set(key, [...(homes.get(key) ?? []), at || '(top level)'])
      walk(sub, at ? `${at}.${key}` : key, depth + 1)
    }
  }
  walk(configSchema, '', 0)
  return homes
}

const describeValue = (v: unknown): string =>
  v === null || v === undefined
    ? 'empty'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : typeof v === 'string'
          ? 'text'
          : typeof v === 'boolean'
            ? `true/false (${String(v)})`
            : `a number (${String(v)})`

const describeType = (t: string): string =>
  ({ string: 'text', array: 'a list', object: 'a mapping of keys', boolean: 'true or false' })[t] ?? t

/** `tag: "v{version}"`: one example line for a key, from the schema's `examples`. */
function exampleLine(key: string | number, s: AnySchemaObject | undefined): string | undefined {
  const examples = resolveRef(s)?.examples as unknown[] | undefined
  if (!examples?.length) return undefined
  // Long structured examples read badly on one line: the bundled example file shows them whole.
  const shown = JSON.stringify(examples[0])
  if (shown.length > 80) return undefined
  return `${typeof key === 'number' ? '-' : `${key}:`} ${shown}`
}

function explain(key: string | number, s: AnySchemaObject | undefined): string {
  const description = (s?.description ?? resolveRef(s)?.description) as string | undefined
  const example = exampleLine(key, s)
  return [description?.replace(/\.$/, ''), example ? `e.g. ${example}` : 'see examples/stable-sync.yml']
    .filter(Boolean)
    .join('; ')
}

export interface SchemaContext {
  /** The scalar as written in the file (`8.10`), for "quote it" hints. */
  sourceText(path: readonly (string | number)[]): string | undefined
}

function toProblem(e: ErrorObject, ctx: SchemaContext): Problem {
  const path = keyPathFromPointer(e.instancePath)
  const key = path.at(-1) ?? '(top level)'
  const parent = e.parentSchema as AnySchemaObject | undefined
  switch (e.keyword) {
    case 'additionalProperties': {
      const unknown = (e.params as { additionalProperty: string }).additionalProperty
      const known = Object.keys((parent?.properties ?? {}) as object)
      const guess = suggest(unknown, known)
      const homes = keyHomes().get(unknown)
      const where = formatKeyPath(path) || 'the top level'
      const hint = guess
        ? `Did you mean '${guess}'?`
        : homes
          ? `'${unknown}' belongs under ${homes.join(' or ')}: move it there`
          : `Remove it or use one of the keys allowed in ${where}: ${known.join(', ')}`
      return { path: [...path, unknown], atKey: true, problem: `unknown key '${unknown}'`, hint }
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty
      const sub = (parent?.properties as Record<string, AnySchemaObject> | undefined)?.[missing]
      const example = exampleLine(missing, sub)
      return {
        path: [...path, missing],
        problem: `missing required key '${missing}'`,
        hint: `Add ${example ? `'${example}'` : `'${missing}:'`}${formatKeyPath(path) ? ` to ${formatKeyPath(path)}` : ''}${
          sub?.description ? ` (${String(sub.description).replace(/\.$/, '')})` : ''
        }${example ? '' : '; see examples/stable-sync.yml'}`
      }
    }
    case 'type': {
      const expected = String((e.params as { type: string }).type)
      const written = ctx.sourceText(path)
      let hint: string
      if (expected === 'string' && written !== undefined && ['number', 'boolean'].includes(typeof e.data)) {
        hint = `Quote it so YAML keeps it as text: ${typeof key === 'number' ? '-' : `${key}:`} "${written}"`
      } else if (
        expected === 'array' &&
        typeof e.data === 'string' &&
        resolveRef(parent?.items)?.type === 'string'
      ) {
        hint = `Write a list, even of one item: ${key}: [${JSON.stringify(e.data)}]`
      } else {
        hint = `Expected ${describeType(expected)}: ${explain(key, parent)}`
      }
      return { path, problem: `must be ${describeType(expected)}, not ${describeValue(e.data)}`, hint }
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String)
      const same = allowed.find(a => a.toLowerCase() === String(e.data).toLowerCase())
      return {
        path,
        problem: `'${String(e.data)}' is not one of: ${allowed.join(', ')}`,
        hint: same ? `Write it as ${key}: ${same}` : `Expected: ${explain(key, parent)}`
      }
    }
    case 'minItems':
      return {
        path,
        problem: 'must not be an empty list',
        hint: `Add at least one entry: ${explain(key, parent)}`
      }
    case 'minLength':
      return { path, problem: 'must not be empty', hint: `Give a value: ${explain(key, parent)}` }
    case 'pattern':
      return {
        path,
        problem: `'${String(e.data)}' does not have the expected form`,
        hint: `Expected: ${explain(key, parent)}`
      }
    default:
      return {
        path,
        problem: e.message ?? `fails the schema's '${e.keyword}' rule`,
        hint: explain(key, parent)
      }
  }
}

/** Everything the JSON Schema finds wrong with `data`, as problems with hints (empty when valid). */
export function schemaProblems(data: unknown, ctx: SchemaContext): Problem[] {
  if (validate(data)) return []
  const problems = (validate.errors ?? []).map(e => ({ ...toProblem(e, ctx), keyword: e.keyword }))
  // `upstrem:` both lacks `upstream` and is unknown: the "did you mean 'upstream'?" says it all.
  const meant = new Set(
    problems.flatMap(p => {
      const guess = p.keyword === 'additionalProperties' && /^Did you mean '(.*)'\?$/.exec(p.hint ?? '')?.[1]
      return guess ? [formatKeyPath([...p.path.slice(0, -1), guess])] : []
    })
  )
  return problems.filter(p => !(p.keyword === 'required' && meant.has(formatKeyPath(p.path))))
}
