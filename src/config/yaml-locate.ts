import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml'

/** A path into the configuration: `['tracks', 1, 'upstream', 'tag']`. */
export type KeyPath = readonly (string | number)[]

/** `tracks[1].upstream.tag`: how messages name a key. */
export function formatKeyPath(path: KeyPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('')
}

/** `/tracks/1/upstream/tag` (a JSON pointer, as ajv reports it) → `['tracks', 1, 'upstream', 'tag']`. */
export function keyPathFromPointer(pointer: string): (string | number)[] {
  if (!pointer) return []
  return pointer
    .slice(1)
    .split('/')
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(part => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part))
}

type Located = { node: unknown; keyNode?: unknown }

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range
  return range ? range[0] : undefined
}

function child(doc: Document, node: unknown, part: string | number): Located | undefined {
  const target = isAlias(node) ? node.resolve(doc) : node
  if (isMap(target)) {
    const pair = target.items.find(p => isScalar(p.key) && String(p.key.value) === String(part))
    return pair ? { node: pair.value, keyNode: pair.key } : undefined
  }
  if (isSeq(target) && typeof part === 'number') {
    return part < target.items.length ? { node: target.items[part] } : undefined
  }
  return undefined
}

/**
 * The 1-based line of the node at `path` (of its key with `{ key: true }`), or of the deepest
 * existing ancestor when the path does not exist in the file (e.g. a missing required key).
 */
export function locateLine(
  doc: Document,
  lines: LineCounter,
  path: KeyPath,
  options: { key?: boolean } = {}
): number | undefined {
  let node: unknown = doc.contents
  let offset = startOf(node)
  for (const [i, part] of path.entries()) {
    const next = child(doc, node, part)
    if (!next) break
    const last = i === path.length - 1
    const keyStart = startOf(next.keyNode)
    const valueStart = startOf(next.node)
    offset = (last && options.key ? keyStart : (valueStart ?? keyStart)) ?? offset
    node = next.node
  }
  return offset === undefined ? undefined : lines.linePos(offset).line
}

/** The key path of the innermost node whose source range contains `offset` (for syntax errors). */
export function keyPathAt(doc: Document, offset: number): (string | number)[] {
  const path: (string | number)[] = []
  let node: unknown = doc.contents
  const contains = (n: unknown): boolean => {
    const range = (n as Node | null | undefined)?.range
    return Boolean(range && range[0] <= offset && offset < range[2])
  }
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find(p => contains(p.key) || contains(p.value))
      if (!pair || !isScalar(pair.key)) return path
      path.push(String(pair.key.value))
      node = pair.value
    } else if (isSeq(node)) {
      const index = node.items.findIndex(contains)
      if (index < 0) return path
      path.push(index)
      node = node.items[index]
    } else {
      return path
    }
  }
}

/** The source text of the scalar at `path` as written (`8.10`, not the number 8.1), if any. */
export function sourceText(doc: Document, path: KeyPath): string | undefined {
  let node: unknown = doc.contents
  for (const part of path) {
    node = child(doc, node, part)?.node
    if (node === undefined) return undefined
  }
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined
}
