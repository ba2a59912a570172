import { existsSync, readFileSync } from 'node:fs'
import type { Vendor } from './version.js'
import { parseVersion } from './version.js'

/**
 * Whose package this is — Debian's or Ubuntu's — decides the next version's suffix (`2.0-3` or
 * `2.0-2ubuntu1`) and the DEP-14 tag prefix (`debian/` or `ubuntu/`). The config says it
 * (`vendor: debian | ubuntu`); `auto` (the default) reads it from debian/changelog:
 *  1. the top version's revision has `ubuntu` (`2.0-2ubuntu1`, `3.1-0ubuntu1`) → ubuntu;
 *  2. else the newest released entry's distribution, without a pocket suffix (`noble-proposed` →
 *     `noble`), is an Ubuntu series in distro-info-data (/usr/share/distro-info/ubuntu.csv) → ubuntu;
 *  3. else debian.
 * The machine running stable-sync (dpkg-vendor) is never asked: a GitHub runner is Ubuntu whatever
 * the package is.
 */
export type VendorSetting = Vendor | 'auto'

export interface KnownSeries {
  ubuntu: ReadonlySet<string>
  debian: ReadonlySet<string>
}

const DISTRO_INFO = '/usr/share/distro-info'

function seriesOf(file: string): Set<string> {
  if (!existsSync(file)) return new Set()
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n')
  const col = head.split(',').indexOf('series')
  return new Set(rows.map(r => r.split(',')[col]?.trim()).filter((s): s is string => !!s))
}

let cached: KnownSeries | undefined

/** Ubuntu and Debian series names from distro-info-data (empty sets when it is not installed). */
export function knownSeries(dir = DISTRO_INFO): KnownSeries {
  if (dir !== DISTRO_INFO)
    return { ubuntu: seriesOf(`${dir}/ubuntu.csv`), debian: seriesOf(`${dir}/debian.csv`) }
  cached ??= { ubuntu: seriesOf(`${dir}/ubuntu.csv`), debian: seriesOf(`${dir}/debian.csv`) }
  return cached
}

// Entry headings only (dpkg's header shape); older entries are not parsed strictly here.
const HEADING = /^\w[-+0-9a-z.]* \(([^() \t]+)\)((?:\s+[-+0-9a-z.]+)+);/i

/** The vendor `auto` finds (rules above) and why, for messages. */
export function guessVendor(
  changelogText: string,
  series: KnownSeries = knownSeries()
): { vendor: Vendor; why: string } {
  const headings = changelogText
    .split('\n', 20_000)
    .map(l => HEADING.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
  const top = headings[0]
  if (top) {
    let revision: string | undefined
    try {
      const v = parseVersion(top[1])
      revision = v.revision ?? v.upstream
    } catch {
      revision = undefined
    }
    if (revision && /ubuntu/.test(revision))
      return { vendor: 'ubuntu', why: `the version ${top[1]} has an Ubuntu revision` }
  }
  for (const h of headings.slice(0, 50)) {
    const dist = h[2].trim().split(/\s+/)[0]
    if (dist === 'UNRELEASED') continue
    const base = dist.replace(/-(proposed|updates|security|backports)$/, '')
    if (series.ubuntu.has(base))
      return { vendor: 'ubuntu', why: `${h[1]} was released to the Ubuntu series ${dist}` }
    return { vendor: 'debian', why: `${h[1]} was released to ${dist}` }
  }
  return { vendor: 'debian', why: 'no entry names an Ubuntu version or series' }
}

/** The vendor to use: the config's choice, or `auto`'s guess from the changelog. */
export function resolveVendor(
  setting: VendorSetting | undefined,
  changelogText: string,
  series?: KnownSeries
): Vendor {
  if (setting === 'debian' || setting === 'ubuntu') return setting
  return guessVendor(changelogText, series).vendor
}
