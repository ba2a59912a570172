import { existsSync, readdirSync } from 'node:fs'

/** A file-name slug of a subject, as `git format-patch` makes them: lowercase words joined by '-'. */
export function slugify(subject: string, max = 52): string {
  // Accents are split off and dropped (NFKD); plain ASCII subjects, nearly all of them, skip that.
  const ascii = /^[\x20-\x7e]*$/.test(subject)
  const slug = (ascii ? subject : subject.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const cut = slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max) : slug
  return cut || 'patch'
}

/** The highest `NNNN-` number among names already used in the patch directory or the series. */
export function highestNumber(patchDirAbs: string, seriesNames: string[], patchDirInPatches: string): number {
  const names = existsSync(patchDirAbs) ? readdirSync(patchDirAbs) : []
  const prefix = patchDirInPatches ? `${patchDirInPatches}/` : ''
  for (const s of seriesNames) if (s.startsWith(prefix)) names.push(s.slice(prefix.length))
  let max = 0
  for (const n of names) {
    const m = /^(\d{4,})-/.exec(n)
    if (m) max = Math.max(max, Number(m[1]))
  }
  return max
}

/** Stable file names: numbered after what exists, never reusing a number, `0007-fix-foo.patch`. */
export function patchFileName(number: number, subject: string): string {
  return `${String(number).padStart(4, '0')}-${slugify(subject)}.patch`
}
