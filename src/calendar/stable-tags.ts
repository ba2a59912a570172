import type { Git } from '../git/gateway.js'
import { splitNul } from '../git/text.js'
import { compareVersions, isValidVersion } from '../debian/version.js'

export interface ReleaseTag {
  /** Upstream version the tag carries, e.g. 8.2.2 for v8.2.2. */
  version: string
  tag: string
  /** The commit the tag points at (peeled). */
  sha: string
}

/** `v{version}` → a matcher returning the version part of a tag name, or undefined. */
export function tagMatcher(template: string): (tag: string) => string | undefined {
  const [before, after] = template.split('{version}')
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(`^${escape(before)}(.+)${escape(after ?? '')}$`)
  return tag => re.exec(tag)?.[1]
}

/** Release candidates and other previews are not stable releases a package moves to. */
export function isPreRelease(version: string): boolean {
  return /(?:^|[^a-z])(?:rc|alpha|beta|pre|dev)\d*(?:$|[^a-z])/i.test(version)
}

/** Upstream versions like `8.2.0-rc1` are not Debian versions: compare with `-` read as `~`. */
function compareUpstream(a: string, b: string): number {
  return compareVersions(a.replace(/-/g, '~'), b.replace(/-/g, '~'))
}

/** Stable release tags (per the track's tag template) reachable from `tipRef`, newest first. */
export async function releaseTagsOnBranch(git: Git, tipRef: string, template: string): Promise<ReleaseTag[]> {
  const match = tagMatcher(template)
  // %(*objectname) is the peeled commit of an annotated tag, empty for a lightweight one.
  const r = await git.exec([
    'for-each-ref',
    `--merged=${tipRef}`,
    '--format=%(refname:strip=2)%00%(*objectname)%00%(objectname)%00',
    'refs/tags'
  ])
  const fields = splitNul(r.stdout)
  const tags: ReleaseTag[] = []
  for (let i = 0; i + 3 <= fields.length; i += 3) {
    const tag = fields[i].replace(/^\n+/, '')
    const version = match(tag)
    // A tag whose version part is not a version at all (`v1.0_final`) is not a release to move to.
    if (!version || isPreRelease(version) || !isValidVersion(version.replace(/-/g, '~'))) continue
    tags.push({ version, tag, sha: fields[i + 1] || fields[i + 2] })
  }
  return tags.sort((a, b) => compareUpstream(b.version, a.version))
}

/**
 * The newest stable release tag on the branch that is newer than the pin and descends from it, or
 * undefined when the pin already is the newest release.
 */
export async function newestReleaseAfter(
  git: Git,
  tipRef: string,
  template: string,
  pin: { version: string; sha: string }
): Promise<ReleaseTag | undefined> {
  for (const t of await releaseTagsOnBranch(git, tipRef, template)) {
    if (compareUpstream(t.version, pin.version) <= 0) return undefined
    if (await git.test(['merge-base', '--is-ancestor', pin.sha, t.sha])) return t
  }
  return undefined
}
