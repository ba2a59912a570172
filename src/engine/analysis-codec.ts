import type { CommitInfo } from '../walk/types.js'
import type { Analysis } from './analyze.js'
import type { SelectionReport } from './types.js'

/**
 * An analysis (and a selection's report) as JSON text and back, exactly: plain JSON would turn the
 * Buffers of residual and refreshed diffs into `{type, data}` objects, drop properties whose value is
 * `undefined`, and copy a CommitInfo once per step that names it. Here a Buffer is written as base64,
 * an `undefined` property is kept, and every CommitInfo of `analysis.commits` is written once and
 * named by its index elsewhere, so the decoded value shares its commits exactly as the computed one
 * does (and the file is half the size). The tags are keys starting with a NUL character, which no
 * field of these types has.
 */
export interface AnalysisResult {
  analysis: Analysis
  /** With a selection (freeze exception): how it was resolved by content. */
  selection?: SelectionReport
}

const BUFFER = '\0buffer'
const UNDEFINED = '\0undefined'
const COMMIT = '\0commit'
const COMMITS = '\0commits'

interface Encoded {
  commits: unknown
  value: unknown
}

/** The replacer shared by both parts: Buffers and `undefined` properties (`raw`: before toJSON). */
function plain(holder: unknown, raw: unknown, value: unknown): unknown {
  if (Buffer.isBuffer(raw)) return { [BUFFER]: raw.toString('base64') }
  // An array's holes would come back as null: only object properties are kept as undefined.
  if (raw === undefined && !Array.isArray(holder)) return { [UNDEFINED]: true }
  return value
}

export function encodeAnalysis(result: AnalysisResult): string {
  const commits = result.analysis.commits
  const index = new Map<unknown, number>(commits.map((c, i) => [c, i]))
  // JSON.stringify calls a replacer with the holder as `this`: holder[key] is the value before toJSON.
  const encodedCommits = JSON.stringify(commits, function (this: Record<string, unknown>, key, value) {
    return plain(this, this[key], value)
  })
  const encodedValue = JSON.stringify(result, function (this: Record<string, unknown>, key, value) {
    const raw = this[key]
    if (raw === commits) return { [COMMITS]: true }
    const at = index.get(raw)
    if (at !== undefined) return { [COMMIT]: at }
    return plain(this, raw, value)
  })
  return `{"commits":${encodedCommits},"value":${encodedValue}}`
}

/** Rebuild a value written by `encodeAnalysis`; throws on anything it did not write. */
export function decodeAnalysis(text: string): AnalysisResult {
  const encoded = JSON.parse(text) as Encoded
  if (!encoded || !Array.isArray(encoded.commits) || typeof encoded.value !== 'object' || !encoded.value)
    throw new Error('not an encoded analysis')
  const commits = revive(encoded.commits, undefined) as CommitInfo[]
  const result = revive(encoded.value, commits) as AnalysisResult
  if (!result.analysis || result.analysis.commits !== commits) throw new Error('not an encoded analysis')
  return result
}

/**
 * Replace the tags in place (the parsed objects are kept, not copied: on 10,000 commits a copy
 * costs as much again in allocation and GC). A tag is an object whose one key starts with NUL.
 */
function revive(node: unknown, commits: CommitInfo[] | undefined): unknown {
  if (node === null || typeof node !== 'object') return node
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const v: unknown = node[i]
      if (v !== null && typeof v === 'object') node[i] = revive(v, commits)
    }
    return node
  }
  const o = node as Record<string, unknown>
  for (const k in o) {
    if (k.charCodeAt(0) === 0) return tagged(k, o[k], commits)
    const v = o[k]
    if (v !== null && typeof v === 'object') o[k] = revive(v, commits)
  }
  return o
}

function tagged(tag: string, value: unknown, commits: CommitInfo[] | undefined): unknown {
  switch (tag) {
    case BUFFER:
      return Buffer.from(String(value), 'base64')
    case UNDEFINED:
      return undefined
    case COMMITS:
      if (!commits) throw new Error('commits named inside the commits')
      return commits
    case COMMIT: {
      const c = commits?.[value as number]
      if (!c) throw new Error(`no commit ${String(value)}`)
      return c
    }
    default:
      throw new Error(`unknown tag ${JSON.stringify(tag)}`)
  }
}
