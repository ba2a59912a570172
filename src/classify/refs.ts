/**
 * Back-references between commits and patches: the lines by which a backport names the commit it
 * came from. Used both ways — an existing patch names the upstream commit it carries, and a stable
 * commit names the mainline commit it was cherry-picked from.
 */
const HEX = '([0-9a-f]{7,64})'
const PATTERNS: RegExp[] = [
  new RegExp(`\\(cherry picked from commit ${HEX}\\)`, 'gi'),
  new RegExp(`^\\s*commit ${HEX} upstream\\.?`, 'gim'),
  new RegExp(`\\[\\s*Upstream commit ${HEX}\\s*\\]`, 'gi')
]
// DEP-3 fields that name upstream commits: `Origin: upstream, commit:<sha>` or a commit URL.
const FIELD = /^(Origin|Applied-Upstream)\s*:(.*(?:\n[ \t].*)*)/gim
const HEX_WORD = /\b[0-9a-f]{7,64}\b/gi

/** Shas named by backport lines (`(cherry picked from commit …)`, `commit … upstream.`, `[ Upstream commit … ]`). */
export function backportRefs(text: string): string[] {
  const out: string[] = []
  for (const re of PATTERNS) for (const m of text.matchAll(re)) out.push(m[1].toLowerCase())
  return out
}

/** Shas an existing patch header says it carries: DEP-3 Origin/Applied-Upstream fields plus backport lines. */
export function patchHeaderRefs(header: string): { refs: string[]; via: Map<string, string> } {
  const via = new Map<string, string>()
  for (const m of header.matchAll(FIELD)) {
    for (const h of m[2].matchAll(HEX_WORD)) via.set(h[0].toLowerCase(), m[1])
  }
  for (const r of backportRefs(header)) if (!via.has(r)) via.set(r, 'backport line')
  return { refs: [...via.keys()], via }
}

/** The shas of reverted commits named by `This reverts commit <sha>.` */
export function revertedRefs(message: string): string[] {
  return [...message.matchAll(/This reverts commit ([0-9a-f]{7,64})/gi)].map(m => m[1].toLowerCase())
}

/** A set of possibly abbreviated shas, looked up by full sha. */
export class ShaSet<T> {
  private readonly full = new Map<string, T>()
  private readonly short: [string, T][] = []

  add(sha: string, value: T): void {
    const s = sha.toLowerCase()
    if (s.length >= 40) this.full.set(s, value)
    else this.short.push([s, value])
  }

  get empty(): boolean {
    return this.full.size === 0 && this.short.length === 0
  }

  get(sha: string): T | undefined {
    const hit = this.full.get(sha)
    if (hit !== undefined) return hit
    return this.short.find(([s]) => sha.startsWith(s))?.[1]
  }
}
