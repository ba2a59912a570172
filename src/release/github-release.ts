import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'

/**
 * The GitHub release of a tagged package version: notes from the changelog entry, the built packages
 * as assets. Idempotent: the release is found by its tag, its notes brought up to date only when they
 * differ, and only assets missing by name are uploaded.
 */
export interface ReleaseInfo {
  id: number
  url: string
  tag: string
  name: string
  body: string
  assets: string[]
  /** The RFC 6570 upload URL GitHub returns (`…/assets{?name,label}`). */
  uploadUrl: string
}

/** The GitHub calls a release needs; src/github/release-host.ts implements them with the Octokit façade. */
export interface ReleaseApi {
  findByTag(tag: string): Promise<ReleaseInfo | undefined>
  /** Create; when GitHub says a release for the tag exists already (a retried create), return that one. */
  create(release: { tag: string; name: string; body: string }): Promise<ReleaseInfo>
  update(id: number, fields: { name: string; body: string }): Promise<ReleaseInfo>
  upload(release: ReleaseInfo, name: string, data: Buffer): Promise<void>
}

export interface PublishReleaseResult {
  operation: 'created' | 'updated' | 'unchanged' | 'dry-run'
  url?: string
  uploaded: string[]
  /** Assets already on the release (by name), left as they are. */
  present: string[]
}

/**
 * Built packages to attach: every regular file under `dir` (artifact downloads put each matrix
 * entry in a sub-directory), by file name; a name seen twice (the same .dsc from two arch builds) is
 * taken once.
 */
export function releaseAssets(dir: string): { name: string; path: string }[] {
  let stat
  try {
    stat = statSync(dir)
  } catch {
    throw new InputError(
      `the assets directory ${dir} does not exist. Point 'assets' at the downloaded build artifacts`
    )
  }
  if (!stat.isDirectory()) throw new InputError(`assets: ${dir} is not a directory`)
  const found = new Map<string, string>()
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile() && !found.has(e.name)) found.set(basename(p), p)
    }
  }
  walk(dir)
  return [...found].map(([name, path]) => ({ name, path }))
}

export async function publishGithubRelease(
  api: ReleaseApi,
  opts: {
    tag: string
    name: string
    notes: string
    assets: { name: string; path: string }[]
    dryRun?: boolean
  },
  log: Logger
): Promise<PublishReleaseResult> {
  let release = await api.findByTag(opts.tag)
  const present = opts.assets.filter(a => release?.assets.includes(a.name)).map(a => a.name)
  const missing = opts.assets.filter(a => !release?.assets.includes(a.name))
  if (opts.dryRun) {
    log.info(
      `would ${release ? 'keep' : 'create'} the GitHub release ${opts.tag}; would upload ${missing.length} asset(s)`
    )
    return { operation: 'dry-run', ...(release ? { url: release.url } : {}), uploaded: [], present }
  }
  let operation: PublishReleaseResult['operation'] = 'unchanged'
  if (!release) {
    release = await api.create({ tag: opts.tag, name: opts.name, body: opts.notes })
    operation = 'created'
    log.info(`created the GitHub release ${opts.tag}: ${release.url}`)
  } else if (release.body !== opts.notes || release.name !== opts.name) {
    release = await api.update(release.id, { name: opts.name, body: opts.notes })
    operation = 'updated'
    log.info(`updated the notes of the GitHub release ${opts.tag}`)
  }
  const uploaded: string[] = []
  for (const a of missing) {
    if (release.assets.includes(a.name)) continue
    await api.upload(release, a.name, readFileSync(a.path))
    uploaded.push(a.name)
    log.info(`uploaded ${a.name}`)
  }
  if (uploaded.length && operation === 'unchanged') operation = 'updated'
  return { operation, url: release.url, uploaded, present }
}
