import { gbpSettings, parseGbpConf } from '../debian/gbp-conf.js'
import type { Problem } from './problems.js'

type Raw = Record<string, unknown>
const isMapping = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A track without `upstream.tag` takes the package's debian/gbp.conf `upstream-tag` (gbp's
 * `v%(version)s` → `v{version}`). Filled into the raw data as `tag`, with gbp's own format in
 * `formats` (track index → format, for the exact pinned tag), or a problem saying how to set it.
 */
export function gbpTagDefaults(
  data: unknown,
  read: ((packageDir: string) => string | undefined) | undefined,
  formats: Map<number, string>
): Problem[] {
  if (!isMapping(data) || !Array.isArray(data.tracks)) return []
  const problems: Problem[] = []
  data.tracks.forEach((track, i) => {
    if (!isMapping(track) || !isMapping(track.upstream) || track.upstream.tag !== undefined) return
    const pkg = typeof track.package === 'string' ? track.package : '.'
    const where = `${pkg === '.' ? '' : `${pkg}/`}debian/gbp.conf`
    let text: string | undefined
    let problem: string | undefined
    try {
      text = read?.(pkg)
      const up = text === undefined ? undefined : gbpSettings(parseGbpConf(text)).upstreamTag
      if (up?.template) {
        track.upstream.tag = up.template
        formats.set(i, up.format)
        return
      }
      problem = up
        ? `missing required key 'tag', and ${where}:${up.line} upstream-tag '${up.format}' cannot be read as a {version} template`
        : `missing required key 'tag'${text === undefined ? '' : ` (${where} sets no upstream-tag)`}`
    } catch (e) {
      problem = `missing required key 'tag', and ${where} cannot be read: ${(e as Error).message}`
    }
    problems.push({
      path: ['tracks', i, 'upstream', 'tag'],
      problem,
      hint: `Add 'tag: "v{version}"' to tracks[${i}].upstream (Maps the pinned upstream version to an upstream tag), or set upstream-tag in ${where}`
    })
  })
  return problems
}
