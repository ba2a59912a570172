import { compareVersions, isValidVersion } from '../debian/version.js'

/**
 * The existing tags closest to a missing one by version: the tag template turns each tag back into a
 * version, which is sorted with the wanted one (dpkg order); the neighbours on both sides are listed.
 */
export function nearestTags(wanted: string, tags: string[], template: string, count = 6): string[] {
  const [before, after] = template.split('{version}')
  const versions = tags
    .filter(
      t => t.startsWith(before) && t.endsWith(after ?? '') && t.length > before.length + (after ?? '').length
    )
    .map(t => ({ tag: t, version: t.slice(before.length, t.length - (after ?? '').length) }))
    .filter(t => /^[0-9]/.test(t.version) && isValidVersion(t.version))
  if (!isValidVersion(wanted) || versions.length === 0) return tags.slice(-count)
  versions.sort((a, b) => compareVersions(a.version, b.version))
  let at = versions.findIndex(v => compareVersions(v.version, wanted) > 0)
  if (at === -1) at = versions.length
  const from = Math.max(0, Math.min(at - Math.ceil(count / 2), versions.length - count))
  return versions.slice(from, from + count).map(v => v.tag)
}

/** The tag for a version through the template (`v{version}` → `v8.2.1`). */
export function tagFor(template: string, version: string): string {
  return template.split('{version}').join(version)
}
