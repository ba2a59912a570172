import { componentSchema, resolveRef } from './openapi.js'

/**
 * A minimal valid instance of an OpenAPI schema: every required property filled with a plain value of
 * its type. The server builds each response as `merge(sample(schema), real state)`, then validates the
 * result, so responses carry every field GitHub documents without hand-writing 300-field objects.
 */
type Json = Record<string, unknown>

export function sampleOf(componentName: string): Json {
  return sample(componentSchema(componentName), 0) as Json
}

function sample(raw: unknown, depth: number): unknown {
  const s = resolveRef<Json>(raw)
  if (s.nullable === true && depth > 6) return null
  if (Array.isArray(s.allOf)) {
    return s.allOf.reduce<Json>((acc, part) => deepMerge(acc, sample(part, depth) as Json), {})
  }
  const alternatives = (s.oneOf ?? s.anyOf) as unknown[] | undefined
  if (alternatives?.length) return sample(alternatives[0], depth)
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0]
  const type = s.type ?? (s.properties ? 'object' : undefined)
  switch (type) {
    case 'object': {
      const out: Json = {}
      const props = (s.properties ?? {}) as Json
      for (const name of (s.required as string[] | undefined) ?? []) {
        out[name] = props[name] ? sample(props[name], depth + 1) : null
      }
      return out
    }
    case 'array':
      return []
    case 'integer':
    case 'number':
      return 1
    case 'boolean':
      return false
    case 'string':
      return sampleString(String(s.format ?? ''))
    default:
      return s.nullable ? null : {}
  }
}

function sampleString(format: string): string {
  if (format === 'date-time') return '2026-01-01T00:00:00Z'
  if (format === 'uri' || format === 'url') return 'https://github.test/'
  if (format === 'email') return 'user@example.org'
  return 'x'
}

/** Overlay `top` on `base`: plain objects merge key by key; anything else (arrays, values) replaces. */
export function deepMerge(base: Json, top: Json): Json {
  const out: Json = { ...base }
  for (const [k, v] of Object.entries(top)) {
    const b = out[k]
    if (isPlain(v) && isPlain(b)) out[k] = deepMerge(b, v)
    else if (v !== undefined) out[k] = v
  }
  return out
}

function isPlain(v: unknown): v is Json {
  return !!v && typeof v === 'object' && !Array.isArray(v)
}
