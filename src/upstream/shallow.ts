import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { catFileBatch } from '../git/cat-file.js'
import type { Git } from '../git/gateway.js'

/** Parents of commits as recorded in the objects themselves (the shallow grafts hide them from rev-list). */
async function recordedParents(git: Git, shas: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const { sha, body } of await catFileBatch(git, shas)) {
    const text = body.toString('latin1')
    const headerEnd = text.indexOf('\n\n')
    const header = headerEnd === -1 ? text : text.slice(0, headerEnd)
    out.set(
      sha,
      [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map(m => m[1])
    )
  }
  return out
}

async function present(git: Git, shas: string[]): Promise<Set<string>> {
  if (shas.length === 0) return new Set()
  const { stdout } = await git.exec(['cat-file', '--batch-check'], { input: shas.join('\n') + '\n' })
  return new Set(
    stdout
      .toString('latin1')
      .split('\n')
      .filter(l => / commit /.test(l))
      .map(l => l.split(' ')[0])
  )
}

/**
 * After `fetch --shallow-exclude=<pin>`, the commits just above the cut (the pin's children, the
 * roots of merged branches) are grafted as parentless. Once their real parents are present (the
 * pin itself is fetched with depth 1; other missing parents are fetched the same way), the graft is
 * removed, so first-parent walks and diffs see true history — while nothing below the pin is fetched.
 */
export async function repairShallow(
  git: Git,
  dir: string,
  fetchParents: (shas: string[]) => Promise<void>,
  leaves: Set<string>
): Promise<void> {
  const file = join(dir, 'shallow')
  if (!existsSync(file)) return
  const grafted = readFileSync(file, 'latin1').split('\n').filter(Boolean)
  // The pin and parents fetched with depth 1 stay cut: their history is not needed.
  const parents = await recordedParents(
    git,
    grafted.filter(s => !leaves.has(s))
  )
  const all = [...new Set([...parents.values()].flat())]
  let have = await present(git, all)
  const missing = all.filter(p => !have.has(p))
  if (missing.length) {
    await fetchParents(missing)
    have = await present(git, all)
  }
  const keep = grafted.filter(
    sha => !(parents.get(sha) ?? []).every(p => have.has(p)) || (parents.get(sha) ?? []).length === 0
  )
  // Commits whose parents were just fetched with depth 1 are grafted themselves (and stay so).
  const fresh = readFileSync(file, 'latin1').split('\n').filter(Boolean)
  const result = [...new Set([...keep, ...fresh.filter(s => !grafted.includes(s))])]
  if (result.length) writeFileSync(file, result.join('\n') + '\n')
  else unlinkSync(file)
}
