import { extendTopEntry, prependEntry, readTopEntry, wrapChange } from '../debian/changelog.js'
import { nextRevision, type Vendor } from '../debian/version.js'
import type { Identity } from '../config/types.js'
import { changelogRefs, type BugRefs } from './bug-refs.js'

export interface ChangelogPlan {
  /** The version the entry has (the top UNRELEASED one's, or the next revision). */
  version: string
  /** Change lines as written (items for formatChangeLines). */
  items: string[]
  extend: boolean
}

const MAX_LISTED = 100

/** One new patch as the changelog lists it. */
export interface ChangelogPatch {
  /** Path relative to debian/patches. */
  name: string
  subject: string
  /** Bug, CVE and closer references of its upstream commit. */
  refs?: BugRefs
}

/** `debian/patches/stable` → `d/p/stable` as maintainers abbreviate it. */
export function shortDir(patchDir: string): string {
  return patchDir.replace(/^debian\/patches(\/|$)/, 'd/p$1').replace(/^debian\//, 'd/')
}

/**
 * Upstream subject text must not close bugs by accident (an upstream `Closes: #12` is not Debian bug
 * 12): the colon of `Closes:`/`LP:` in it goes; the closers stable-sync means are appended from the
 * parsed references.
 */
export function defuseClosers(subject: string): string {
  return subject.replace(/\b(closes|lp)\s*:/gi, '$1')
}

/**
 * The changelog entry listing the new patches, in the package's own version style: one header bullet
 * naming the patch directory, the upstream branch and the last upstream commit taken, then one
 * sub-bullet per patch, its whole subject wrapped at 80 columns as dch wraps (continuation lines
 * under the text), ending with its references in the forms dpkg and Launchpad parse:
 *
 *   * d/p/stable/*: cherry-pick 2 fixes from upstream stable-8.2 (up to 0123456789ab):
 *     - 0001-virtio-net-fix-overflow.patch: virtio-net: fix overflow in receive
 *       path (CVE-2024-3446) (LP: #2051965)
 *     - 0002-hw-fix-leak.patch: hw: fix leak (Closes: #1040000)
 */
export function planChangelog(
  changelogText: string,
  patchDir: string,
  branch: string,
  upToSha: string,
  patches: ChangelogPatch[],
  opts: { vendor?: Vendor } = {}
): ChangelogPlan {
  const top = readTopEntry(changelogText)
  const extend = top.distributions.includes('UNRELEASED')
  const version = extend ? top.version : nextRevision(top.version, opts.vendor ? { vendor: opts.vendor } : {})
  const n = patches.length
  const head = `${shortDir(patchDir)}/*: cherry-pick ${n} fix${n === 1 ? '' : 'es'} from upstream ${branch} (up to ${upToSha.slice(0, 12)}):`
  // A long list helps nobody in a changelog: the first MAX_LISTED patches, then a count.
  const details = patches.slice(0, MAX_LISTED).flatMap(p => {
    const refs = p.refs ? changelogRefs(p.refs) : ''
    return wrapChange(
      `${p.name.replace(/^.*\//, '')}: ${defuseClosers(p.subject)}${refs ? ` ${refs}` : ''}`,
      '    - ',
      '      '
    )
  })
  if (patches.length > MAX_LISTED)
    details.push(`    - … and ${patches.length - MAX_LISTED} more (see ${patchDir}/)`)
  return { version, items: [head, details.join('\n')], extend }
}

export function writeChangelog(
  text: string,
  plan: ChangelogPlan,
  who: Identity,
  date: Date,
  distribution: string
): string {
  if (plan.extend) return extendTopEntry(text, plan.items, { maintainer: who, date })
  const top = readTopEntry(text)
  return prependEntry(text, {
    package: top.package,
    version: plan.version,
    distributions: distribution,
    urgency: top.urgency || 'medium',
    changes: plan.items,
    maintainer: who,
    date
  })
}
