import { extendTopEntry, prependEntry, readTopEntry } from '../debian/changelog.js'
import { nextRevision } from '../debian/version.js'
import type { Identity } from '../config/types.js'

export interface ChangelogPlan {
  /** The version the entry has (the top UNRELEASED one's, or the next revision). */
  version: string
  /** Change lines as written (items for formatChangeLines). */
  items: string[]
  extend: boolean
}

const WIDTH = 80
const MAX_LISTED = 100

/** `debian/patches/stable` → `d/p/stable` as maintainers abbreviate it. */
export function shortDir(patchDir: string): string {
  return patchDir.replace(/^debian\/patches(\/|$)/, 'd/p$1').replace(/^debian\//, 'd/')
}

/** The changelog entry listing the new patches, in the package's own version style. */
export function planChangelog(
  changelogText: string,
  patchDir: string,
  branch: string,
  tipSha: string,
  patches: { name: string; subject: string }[]
): ChangelogPlan {
  const top = readTopEntry(changelogText)
  const extend = top.distributions.includes('UNRELEASED')
  const version = extend ? top.version : nextRevision(top.version)
  const n = patches.length
  const head = `${shortDir(patchDir)}/*: cherry-pick ${n} fix${n === 1 ? '' : 'es'} from upstream ${branch} (up to ${tipSha.slice(0, 12)}).`
  // A long list helps nobody in a changelog: the first MAX_LISTED patches, then a count.
  const details = patches.slice(0, MAX_LISTED).map(p => {
    const line = `    - ${p.name.replace(/^.*\//, '')}: ${p.subject.replace(/\s+/g, ' ')}`
    return line.length > WIDTH ? `${line.slice(0, WIDTH - 3)}...` : line
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
