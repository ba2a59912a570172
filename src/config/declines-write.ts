import {
  isMap,
  isSeq,
  parseDocument,
  stringify,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq
} from 'yaml'
import type { DeclinedCommit } from './types.js'

/**
 * Declines recorded in the configuration file itself, so a maintainer's "leave out" is reviewed and
 * merged like any change and never proposed again. Edits go through the yaml Document API: comments,
 * key order, quoting and layout of everything else stay as the maintainer wrote them.
 */

function trackNode(doc: Document, track: string): YAMLMap | undefined {
  const tracks = doc.get('tracks', true)
  if (!isSeq(tracks)) return undefined
  return (tracks as YAMLSeq).items.find(
    (t): t is YAMLMap => isMap(t) && String((t as YAMLMap).get('name')) === track
  )
}

/** The track's exclude.commits as written in `text` (entries without a sha or reason are ignored). */
export function declinesIn(text: string, track: string): DeclinedCommit[] {
  const doc = parseDocument(text)
  const node = trackNode(doc, track)
  const list = node?.getIn(['exclude', 'commits'])
  if (!isSeq(list)) return []
  return (list.toJSON() as unknown[]).flatMap(e => {
    const d = e as Partial<Record<keyof DeclinedCommit, unknown>> | null
    if (typeof d?.sha !== 'string' || typeof d.reason !== 'string') return []
    return [
      {
        sha: d.sha.toLowerCase(),
        reason: d.reason,
        ...(typeof d.subject === 'string' ? { subject: d.subject } : {}),
        ...(typeof d.by === 'string' ? { by: d.by } : {})
      }
    ]
  })
}

/**
 * `text` with `declines` appended to the track's exclude.commits (created when missing); entries whose
 * sha is already there are left alone. The Document API finds where they go and yaml writes the
 * entries; they are spliced into the text, so no other line of the file changes (the yaml printer
 * would re-space flow collections). A track written in flow style is rewritten by the printer.
 */
export function addDeclines(text: string, track: string, declines: readonly DeclinedCommit[]): string {
  const doc = parseDocument(text)
  const node = trackNode(doc, track)
  if (!node) throw new Error(`no track named ${track} in the configuration file`)
  const have = new Set(declinesIn(text, track).map(d => d.sha))
  const fresh = declines.filter(d => !have.has(d.sha.toLowerCase()))
  if (!fresh.length) return text
  const entries = stringify(fresh.map(entryOf))
  const exclude = node.get('exclude', true)
  const commits = isMap(exclude) ? (exclude as YAMLMap).get('commits', true) : undefined
  if (isSeq(commits) && !commits.flow && commits.items.length && commits.range) {
    const first = (commits.items[0] as Node).range![0]
    return splice(text, commits.range[1], indent(entries, column(text, text.lastIndexOf('-', first))))
  }
  if (isMap(exclude) && !exclude.flow && commits === undefined && exclude.range && exclude.items.length) {
    const col = column(text, (exclude.items[0].key as Node).range![0])
    return splice(text, exclude.range[1], indent(`commits:\n${indent(entries, 2)}`, col))
  }
  if (exclude === undefined && !node.flow && node.range && node.items.length) {
    const col = column(text, (node.items[0].key as Node).range![0])
    return splice(text, node.range[1], indent(`exclude:\n  commits:\n${indent(entries, 4)}`, col))
  }
  return printed(doc, node, fresh)
}

function entryOf(d: DeclinedCommit): Record<string, string> {
  // Key order as documented: sha, subject, reason, by.
  return {
    sha: d.sha,
    ...(d.subject !== undefined ? { subject: d.subject } : {}),
    reason: d.reason,
    ...(d.by !== undefined ? { by: d.by } : {})
  }
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1)
}

function indent(block: string, by: number): string {
  const pad = ' '.repeat(by)
  return block
    .split('\n')
    .map(l => (l ? pad + l : l))
    .join('\n')
}

/** Insert whole lines at the start of the line after `offset` (a node's end). */
function splice(text: string, offset: number, lines: string): string {
  const block = lines.endsWith('\n') ? lines : `${lines}\n`
  const at = offset > 0 && text[offset - 1] === '\n' ? offset : text.indexOf('\n', offset) + 1 || text.length
  const before = text.slice(0, at)
  return (before.endsWith('\n') || before === '' ? before : `${before}\n`) + block + text.slice(at)
}

/** Fallback for flow-style tracks: the Document API edits the node and yaml prints the file. */
function printed(doc: Document, node: YAMLMap, fresh: DeclinedCommit[]): string {
  let exclude: unknown = node.get('exclude', true)
  if (!isMap(exclude)) {
    exclude = doc.createNode({})
    node.set('exclude', exclude)
  }
  const excludeMap = exclude as YAMLMap
  let commits: unknown = excludeMap.get('commits', true)
  if (!isSeq(commits)) {
    commits = doc.createNode([])
    excludeMap.set('commits', commits)
  }
  for (const d of fresh) (commits as YAMLSeq).add(doc.createNode(entryOf(d)))
  return doc.toString()
}
