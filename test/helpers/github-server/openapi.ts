import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'

/**
 * GitHub's published OpenAPI description (npm @octokit/openapi), loaded once per process. The test
 * server validates every request body and every response body it produces against the operation's
 * schemas, so the server cannot drift from the real API. OpenAPI 3.0's `nullable` is rewritten to
 * JSON Schema (`anyOf: [{type: null}, …]`) and `$ref`s to components are resolved by ajv.
 */
type Json = Record<string, unknown>

export interface Operation {
  method: string
  template: string
  operationId: string
  /** Query parameter names the operation declares. */
  query: Set<string>
  spec: Json
}

interface Spec {
  paths: Record<string, Record<string, Json>>
  components: Record<string, Record<string, Json>>
}

let loaded: { spec: Spec; ajv: Ajv } | undefined

function load(): { spec: Spec; ajv: Ajv } {
  if (loaded) return loaded
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, validateSchema: false })
  const schemas: Json = {}
  for (const [name, schema] of Object.entries(spec.components.schemas)) schemas[name] = toJsonSchema(schema)
  ajv.addSchema({ $id: 'gh', definitions: schemas }, 'gh')
  loaded = { spec, ajv }
  return loaded
}

/** OpenAPI 3.0 schema → JSON Schema for ajv: `nullable` becomes a `null` alternative, refs point into 'gh'. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema)
  if (!node || typeof node !== 'object') return node
  const out: Json = {}
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === 'example' || k === 'examples' || k === 'discriminator') continue
    if (k === '$ref' && typeof v === 'string') out[k] = v.replace('#/components/schemas/', 'gh#/definitions/')
    else if (k === 'nullable') continue
    else out[k] = toJsonSchema(v)
  }
  if ((node as Json).nullable === true) return { anyOf: [{ type: 'null' }, out] }
  return out
}

/** Resolve a `$ref` to a component (responses, parameters, request bodies, schemas). */
export function resolveRef<T = Json>(node: unknown): T {
  const { spec } = load()
  let cur = node as Json
  while (cur && typeof cur.$ref === 'string') {
    const [, , kind, name] = cur.$ref.split('/')
    cur = spec.components[kind][name]
  }
  return cur as T
}

export function componentSchema(name: string): Json {
  return load().spec.components.schemas[name]
}

export function findOperation(method: string, template: string): Operation {
  const { spec } = load()
  const op = spec.paths[template]?.[method.toLowerCase()]
  if (!op) throw new Error(`OpenAPI description has no operation ${method} ${template}`)
  const params = ((op.parameters as unknown[]) ?? []).map(p => resolveRef<{ in: string; name: string }>(p))
  return {
    method,
    template,
    operationId: String(op.operationId),
    query: new Set(params.filter(p => p.in === 'query').map(p => p.name)),
    spec: op
  }
}

const validators = new Map<string, ValidateFunction | null>()

function compile(key: string, schema: unknown): ValidateFunction | null {
  if (!validators.has(key)) {
    validators.set(key, schema ? load().ajv.compile(toJsonSchema(schema) as Json) : null)
  }
  return validators.get(key) ?? null
}

/** The JSON schema of an operation's response with this status, or undefined when the status is not documented. */
export function responseSchema(op: Operation, status: number): { schema?: Json } | undefined {
  const responses = op.spec.responses as Record<string, unknown>
  const r = responses[String(status)] ?? responses[`${String(status)[0]}XX`]
  if (!r) return undefined
  const resolved = resolveRef<{ content?: Record<string, { schema?: Json }> }>(r)
  return { schema: resolved.content?.['application/json']?.schema }
}

/** Validate a response body; returns problems (empty when valid). */
export function checkResponse(op: Operation, status: number, body: unknown): string[] {
  const r = responseSchema(op, status)
  if (!r) return [`${op.method} ${op.template}: status ${status} is not documented for ${op.operationId}`]
  // An error status documented without a schema still carries GitHub's usual {message} body.
  if (!r.schema) {
    return body === undefined || status >= 400
      ? []
      : [`${op.operationId} ${status}: the API sends no body here`]
  }
  const validate = compile(`res ${op.method} ${op.template} ${status}`, r.schema)
  if (validate && !validate(body)) return [`${op.operationId} response ${status}: ${formatErrors(validate)}`]
  return []
}

/** Validate a request: declared query parameters and the JSON body against the request schema. */
export function checkRequest(op: Operation, query: URLSearchParams, body: unknown): string[] {
  const problems: string[] = []
  for (const key of query.keys()) {
    if (!op.query.has(key))
      problems.push(`${op.operationId}: query parameter '${key}' is not part of the API`)
  }
  const rb = op.spec.requestBody
    ? resolveRef<{ content?: Record<string, { schema?: Json }>; required?: boolean }>(op.spec.requestBody)
    : undefined
  const schema = rb?.content?.['application/json']?.schema
  if (schema && (body !== undefined || rb?.required)) {
    const validate = compile(`req ${op.method} ${op.template}`, schema)
    if (validate && !validate(body))
      problems.push(`${op.operationId} request body: ${formatErrors(validate)}`)
  }
  return problems
}

function formatErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 8)
    .map(e => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('; ')
}
