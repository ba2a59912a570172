import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
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
 * What a release may carry: Debian package files (binary packages, source package parts and the
 * upload's metadata) and build logs. Anything else in the artifacts (result records, scratch files)
 * is left out and listed.
 */
const PACKAGE_FILE =
  /\.(?:deb|udeb|ddeb|dsc|changes|buildinfo)$|\.tar\.(?:gz|xz|bz2|lzma|zst)$|\.orig(?:-[A-Za-z0-9-]+)?\.tar\.(?:gz|xz|bz2|lzma|zst)\.asc$/
const BUILD_LOG = /(?:^|[._-])build\.log$|_[a-z0-9-]+\.build$/

export function isReleaseAsset(name: string): boolean {
  return PACKAGE_FILE.test(name) || BUILD_LOG.test(name)
}

export interface AssetSelection {
  assets: { name: string; path: string }[]
  /** Files left out (not package files or build logs), relative to the directory. */
  skipped: string[]
}

/**
 * Built packages to attach: the package files and build logs under `dir` (artifact downloads put each
 * matrix entry in a sub-directory). A name seen more than once with the same content (the same .dsc
 * from two arch builds) is attached once; with different content (each arch's build.log), every copy
 * is attached, named after its directory (`noble-arm64_build.log`): never silently only one.
 */
export function releaseAssets(dir: string): AssetSelection {
  let stat
  try {
    stat = statSync(dir)
  } catch {
    throw new InputError(
      `the assets directory ${dir} does not exist. Point 'assets' at the downloaded build artifacts`
    )
  }
  if (!stat.isDirectory()) throw new InputError(`assets: ${dir} is not a directory`)
  const byName = new Map<string, string[]>()
  const skipped: string[] = []
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (!e.isFile()) continue
      else if (isReleaseAsset(e.name)) byName.set(e.name, [...(byName.get(e.name) ?? []), p])
      else skipped.push(relative(dir, p))
    }
  }
  walk(dir)
  const assets: { name: string; path: string }[] = []
  const taken = new Set<string>()
  const take = (name: string, path: string): void => {
    let unique = name
    for (let n = 2; taken.has(unique); n++) unique = `${n}_${name}`
    taken.add(unique)
    assets.push({ name: unique, path })
  }
  for (const [name, paths] of byName) {
    const digests = new Set(paths.map(digest))
    if (digests.size === 1) take(name, paths[0])
    else for (const p of paths) take(dirLabel(dir, p, name), p)
  }
  return { assets: assets.sort((a, b) => a.name.localeCompare(b.name)), skipped }
}

/** `noble-arm64/build.log` → `noble-arm64_build.log`; a file at the top keeps its name. */
function dirLabel(root: string, path: string, name: string): string {
  const d = relative(root, dirname(path))
  return d ? `${d.split(sep).join('_')}_${name}` : name
}

function digest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
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
