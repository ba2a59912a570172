import { DebianFormatError } from './format-error.js'
import { mangleVersion } from './tags.js'

/**
 * debian/gbp.conf, read as git-buildpackage reads it (Python configparser): `[section]` headers,
 * `key = value` or `key: value`, `#`/`;` comment lines, indented continuation lines; [DEFAULT]
 * applies to every section and a command's own section ([buildpackage], [pq], [dch], [tag]…)
 * overrides it. Keys compare case-insensitively, `_` as `-`.
 */
export interface GbpConf {
  /** section (lower case) → key → { value, line }. */
  sections: Map<string, Map<string, { value: string; line: number }>>
}

export function parseGbpConf(text: string): GbpConf {
  const sections = new Map<string, Map<string, { value: string; line: number }>>()
  let current: Map<string, { value: string; line: number }> | undefined
  let last: { value: string; line: number } | undefined
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (/^\s*([#;].*)?$/.test(line)) return
    if (/^\s/.test(line) && last) {
      last.value = `${last.value}\n${line.trim()}`
      return
    }
    const section = /^\[([^\]]+)\]\s*$/.exec(line)
    if (section) {
      const name = section[1].trim().toLowerCase()
      current = sections.get(name) ?? new Map()
      sections.set(name, current)
      last = undefined
      return
    }
    const kv = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line)
    if (!kv || !current) {
      throw new DebianFormatError(
        'debian/gbp.conf',
        `${JSON.stringify(line)} is neither a [section] nor a "key = value" line inside a section`,
        i + 1
      )
    }
    last = { value: kv[2].trim(), line: i + 1 }
    current.set(kv[1].toLowerCase().replace(/_/g, '-'), last)
  })
  return { sections }
}

/** A key as `gbp <command>` sees it: its own section first ([pq], [buildpackage]…), then [DEFAULT]. */
export function gbpOption(
  conf: GbpConf,
  commands: readonly string[],
  key: string
): { value: string; line: number; section: string } | undefined {
  for (const section of [...commands, 'default']) {
    const hit = conf.sections.get(section)?.get(key)
    if (hit) return { ...hit, section }
  }
  return undefined
}

/** configparser's booleans. */
export function gbpBoolean(value: string): boolean | undefined {
  const v = value.trim().toLowerCase()
  if (['1', 'yes', 'true', 'on'].includes(v)) return true
  if (['0', 'no', 'false', 'off'].includes(v)) return false
  return undefined
}

// gbp's PkgPolicy.version_mangle_re: %(version%A%B)s, B's last unit taken (a repeated group).
const MANGLE = /%\(version%([^%])%((?:\\%|[^%])+)\)s/

/**
 * A tag name from a gbp format (`debian/%(version)s`, `v%(version%~%-)s`, `%(hversion)s`) exactly as
 * gbp's version_to_tag makes it: the substitution first, then DEP-14 sanitizing (`:` → `%`, `~` → `_`,
 * `.#` before `.`, the end or `lock`).
 */
export function gbpTag(format: string, version: string): string {
  let f = format
  let v = version
  const m = MANGLE.exec(f)
  if (m) {
    const units = m[2].match(/\\%|[^%]/g) ?? []
    const to = units[units.length - 1].replace('\\%', '%')
    f = f.replace(MANGLE, '%(version)s')
    v = v.split(m[1]).join(to)
  }
  const sane = mangleVersion(v)
  const out = f.replace(/%\((version|hversion)\)s/g, (_all, k: string) =>
    k === 'version' ? sane : sane.replace(/\./g, '-')
  )
  if (/%\(/.test(out)) {
    throw new DebianFormatError(
      'debian/gbp.conf tag format',
      `${JSON.stringify(format)} uses a key other than %(version)s or %(hversion)s`
    )
  }
  return out.replace(/%%/g, '%')
}

/**
 * A gbp upstream-tag format as a stable-sync tag template (`v%(version)s`, `v%(version%~%-)s` and
 * `v%(hversion)s` → `v{version}`): where the version goes. The pinned tag itself is made with
 * `gbpTag` from the format, so the substitution is exact; undefined when the format has no version
 * or several.
 */
export function gbpFormatToTemplate(format: string): string | undefined {
  const plain = format.replace(MANGLE, '%(version)s').replace('%(hversion)s', '%(version)s')
  if (!/^[^%{}]*%\(version\)s[^%{}]*$/.test(plain)) return undefined
  return plain.replace('%(version)s', '{version}')
}

/** What stable-sync takes from a package's gbp.conf. */
export interface GbpSettings {
  /** [buildpackage]/[DEFAULT] upstream-tag, as a stable-sync template (only when set and translatable). */
  upstreamTag?: { format: string; template?: string; line: number }
  /** debian-tag format (gbp's default `debian/%(version)s` when unset). */
  debianTag?: { format: string; line: number }
  debianBranch?: string
  /** [pq] patch-numbers (gbp's default: true). */
  patchNumbers: boolean
}

export function gbpSettings(conf: GbpConf): GbpSettings {
  const build = ['buildpackage', 'git-buildpackage']
  const up = gbpOption(conf, build, 'upstream-tag')
  const deb = gbpOption(conf, [...build, 'tag'], 'debian-tag')
  const branch = gbpOption(conf, build, 'debian-branch')
  const numbers = gbpOption(conf, ['pq', 'gbp-pq'], 'patch-numbers')
  const settings: GbpSettings = { patchNumbers: numbers ? (gbpBoolean(numbers.value) ?? true) : true }
  if (up) {
    const template = gbpFormatToTemplate(up.value)
    settings.upstreamTag = { format: up.value, line: up.line, ...(template ? { template } : {}) }
  }
  if (deb) settings.debianTag = { format: deb.value, line: deb.line }
  if (branch) settings.debianBranch = branch.value
  return settings
}
