import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isLocalPath } from '../config/normalize.js'
import type { TrackConfig } from '../config/types.js'
import { InputError } from '../errors.js'
import type { Git } from '../git/gateway.js'
import type { Logger } from '../log.js'
import { nearestTags } from '../pin/nearest.js'
import { pinnedVersion } from '../pin/resolve.js'
import { cacheDamage, fetchingMarker, recordObjects, writeStamp } from './cache-check.js'
import { CACHE_CONFIG, cacheGit } from './cache-git.js'
import { fetchProgress } from './progress.js'
import { markUsed, pruneSiblings } from './prune.js'
import { repairShallow } from './shallow.js'

/**
 * Where the single parents fetched below the pin (depth 1, see shallow.ts) are named: ancestors of
 * the pin by construction, which the clone's grafts hide from git, so the walk excludes them.
 */
export const BELOW_THE_PIN = 'refs/stable-sync/parents/'

export interface UpstreamClone {
  git: Git
  /** The bare cache repository. */
  dir: string
  /** The stable branch as the upstream names it (`stable-8.2`). */
  tipRef: string
  tipSha: string
  /** The URL fetched from (local paths as file:// URLs). */
  url: string
  /** The pin tag's commit, when the freshness check already read it from the cache. */
  pinSha?: string
}

export interface FetchOptions {
  repoDir: string
  cacheDir: string
  log: Logger
  /** The pin's tag: the fetch moves only what lies between it and the tip. */
  pinTag: string
  env?: Record<string, string | undefined>
  /**
   * Called with the cache's pin commit while the remote is still being asked whether anything is
   * new, so the caller can read its own caches for that pin meanwhile.
   */
  onCachedPin?: (dir: string, pinSha: string) => void
}

/** The URL git fetches from: local paths become file:// URLs (so shallow fetches work on them too). */
export function fetchUrl(url: string, repoDir: string): string {
  return isLocalPath(url) ? pathToFileURL(resolve(repoDir, url)).href : url
}

/** Local ref holding the fetched stable branch. */
export const tipRefName = (branch: string): string => `refs/stable-sync/heads/${branch}`

/** The tags the remote has (no objects are fetched). */
export async function remoteTags(git: Git, url: string): Promise<string[]> {
  return [...(await remoteTagCommits(git, url)).keys()]
}

/** The tags the remote has and the commit each one names (annotated tags peeled), without fetching. */
export async function remoteTagCommits(git: Git, url: string): Promise<Map<string, string>> {
  const out = await git.text(['ls-remote', '--tags', url])
  const tags = new Map<string, string>()
  for (const line of out.split('\n')) {
    const [sha, ref] = line.split('\t')
    if (!ref?.startsWith('refs/tags/')) continue
    const peeled = ref.endsWith('^{}')
    const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined)
    // The peeled line follows the tag's own: it wins.
    if (peeled || !tags.has(name)) tags.set(name, sha)
  }
  return tags
}

const hash = (text: string, length: number): string =>
  createHash('sha256').update(text).digest('hex').slice(0, length)

/**
 * The cache repository of a track's upstream and pin: one per URL and pin tag
 * (`<cache>/upstream/<sha256(url)[:16]>-<sha256(tag)[:12]>.git`). Its history is exactly what
 * fetches with `--shallow-exclude=<pin>` bring (and single parents below the pin), so what another
 * pin or branch of the same upstream fetched can never leak into this pin's walk.
 */
export function cloneDirFor(track: TrackConfig, opts: { cacheDir: string; repoDir: string }): string {
  const url = fetchUrl(track.upstream.url, opts.repoDir)
  const { tag } = pinnedVersion(track, opts.repoDir)
  return join(opts.cacheDir, 'upstream', `${hash(url, 16)}-${hash(tag, 12)}.git`)
}

/**
 * An empty cache repository, written the way cache-check.ts expects it: no templates (no hooks),
 * stable-sync's own config, a stamp naming the upstream and pin.
 */
async function createClone(git: Git, dir: string, url: string, pinTag: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  await git.exec(['init', '--bare', '-q', '--template=', dir])
  writeFileSync(join(dir, 'config'), CACHE_CONFIG)
  mkdirSync(join(dir, 'stable-sync'), { recursive: true })
  writeStamp(dir, { format: 1, url, pinTag })
}

/**
 * Fetch a track's stable branch into the bare cache repository of its upstream and pin. The fetch
 * is shallow below the pin (`--shallow-exclude`), and the pin commit comes with depth 1: a cold run
 * moves only what lies between pin and tip, later runs only what is new. A cache that is damaged
 * or did not come from stable-sync (see cache-check.ts) is thrown away and fetched again.
 */
export async function fetchUpstream(track: TrackConfig, opts: FetchOptions): Promise<UpstreamClone> {
  const url = fetchUrl(track.upstream.url, opts.repoDir)
  const dir = cloneDirFor(track, opts)
  const git = cacheGit(dir, opts.env ?? {})
  let cached = existsSync(dir)
  if (cached) {
    const damage = await cacheDamage(git, dir, { format: 1, url, pinTag: opts.pinTag })
    if (damage.length) {
      opts.log.warning(
        `${track.name}: not using the upstream cache ${dir}: ${damage.join('; ')}. Fetching it again.`
      )
      rmSync(dir, { recursive: true, force: true })
      cached = false
    }
  }
  if (!cached) {
    await createClone(git, dir, url, opts.pinTag)
    // A new pin: the repositories of pins no run has used for a long time can go.
    await pruneSiblings(dir, opts.log)
  }
  markUsed(dir)
  const branch = track.upstream.branch
  const tipRef = tipRefName(branch)
  const full =
    existsSync(join(dir, 'objects')) && !existsSync(join(dir, 'shallow')) && (await hasRef(git, tipRef))
  const tryFetch = (args: string[]) =>
    git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', ...args], { allowFailure: true })
  const fetch = async (args: string[]): Promise<boolean> => (await tryFetch(args)).code === 0
  // The branch itself is the big transfer (a cold Linux stable fetch is gigabytes): with progress.
  const fetchBranch = async (args: string[]): Promise<{ code: number; stderr: string }> => {
    const progress = fetchProgress(opts.log, `${track.name}: fetching ${branch}`)
    const r = await git.exec(['fetch', '--no-tags', '--progress', '--no-write-fetch-head', ...args], {
      allowFailure: true,
      onStderr: progress.onStderr
    })
    progress.done()
    return r
  }
  // Parents of grafted commits: the branch itself was fetched, so a failure here is not the
  // configuration's (no InputError: the other tracks of a run go on).
  const cannotFetch = (shas: string[], stderr: string): Error =>
    new Error(
      `cannot fetch ${shas.join(', ')} of ${track.upstream.url} (track ${track.name}): ${stderr.trim().split('\n').pop()}`
    )

  // Nothing new upstream (same tip, pin already here): no fetch at all, one ls-remote. With a cache
  // present, the remote and local questions are asked at the same time.
  if (cached) {
    const remote = git.text(['ls-remote', url, `refs/heads/${branch}`], { allowFailure: true })
    remote.catch(() => undefined) // awaited below
    const local = await localRefs(git, `refs/tags/${opts.pinTag}`, tipRef)
    const pinSha = local.get(`refs/tags/${opts.pinTag}`)
    const tipSha = local.get(tipRef)
    if (pinSha) opts.onCachedPin?.(dir, pinSha)
    if (pinSha && tipSha && (await remote).split('\t')[0] === tipSha) {
      opts.log.debug(`${track.name}: ${branch} unchanged at ${tipSha}; cache is current`)
      return { git, dir, tipRef: branch, tipSha, url, pinSha }
    }
  }
  // From here on the cache is being changed: a run killed before the end leaves this marker, and
  // the next run starts over instead of trusting a half-repaired shallow state.
  writeFileSync(fetchingMarker(dir), `${process.pid}\n`)
  const tag = opts.pinTag
  if (
    !(await fetch(['--depth=1', url, `+refs/tags/${tag}:refs/tags/${tag}`])) &&
    !(await hasRef(git, `refs/tags/${tag}`))
  ) {
    const tags = await remoteTags(git, url)
    if (!tags.includes(tag)) {
      const [before, after = ''] = track.upstream.tag.split('{version}')
      const near = nearestTags(tag.slice(before.length, tag.length - after.length), tags, track.upstream.tag)
      throw new InputError(
        `upstream ${track.upstream.url} has no tag ${tag} (track ${track.name}: tag template "${track.upstream.tag}"). ` +
          `Nearest existing tags: ${near.join(', ') || '(none)'}. Fix the pinned version (debian/changelog or the track's pin) or the tag template.`
      )
    }
  }
  const branchSpec = `+refs/heads/${branch}:${tipRef}`
  // Without --shallow-exclude only where the server cannot do it (dumb http, very old git): a fetch
  // that failed for another reason (network, killed) must not bring history below the pin.
  let r = await fetchBranch(
    full ? [url, branchSpec] : [`--shallow-exclude=refs/tags/${opts.pinTag}`, url, branchSpec]
  )
  if (r.code !== 0 && !full && /does not support (--)?shallow|shallow capabilit/i.test(r.stderr))
    r = await fetchBranch([url, branchSpec])
  // The pin has every commit of the branch (a release tagged at the branch tip, nothing fixed since):
  // git refuses a shallow fetch that selects nothing. The tip alone is then all there is to know.
  if (r.code !== 0 && !full && /no commits selected for shallow requests/.test(r.stderr))
    r = await tipBelowThePin()
  if (r.code !== 0) {
    const said = r.stderr
      .split(/[\r\n]/)
      .filter(l => l.trim() && !/^(remote: )?[A-Z][a-z]+( [a-z]+)*: +\d+%/.test(l))
      .pop()
    throw new InputError(
      `cannot fetch branch ${branch} of ${track.upstream.url} (track ${track.name}): ${said?.trim() ?? `git fetch exited ${r.code}`}. ` +
        'Check upstream.url and upstream.branch.'
    )
  }
  async function tipBelowThePin(): Promise<{ code: number; stderr: string }> {
    const remote = await git.exec(['ls-remote', url, `refs/heads/${branch}`], { allowFailure: true })
    const tip = remote.stdout.toString('latin1').split('\t')[0]
    if (remote.code !== 0) return remote
    // The branch went away between the fetch and this question: an error, never an empty walk.
    if (!/^[0-9a-f]{40,64}$/.test(tip)) return { code: 1, stderr: `upstream has no refs/heads/${branch}` }
    const pinned = await git.text(['rev-parse', '--verify', `refs/tags/${opts.pinTag}^{commit}`])
    // Fetched alone and named below the pin (the walk excludes it): pin..tip is empty.
    if (tip !== pinned) {
      const f = await fetchBranch(['--depth=1', url, `+${tip}:${BELOW_THE_PIN}${tip}`])
      if (f.code !== 0) return f
    }
    await git.exec(['update-ref', tipRef, tip])
    return { code: 0, stderr: '' }
  }
  const leaves = new Set(
    (await git.text(['for-each-ref', '--format=%(objectname)', BELOW_THE_PIN])).split('\n').filter(Boolean)
  )
  const pin = await git.text(['rev-parse', '--verify', '--quiet', `refs/tags/${opts.pinTag}^{commit}`], {
    allowFailure: true
  })
  if (pin) leaves.add(pin)
  const pinTag = opts.pinTag
  await repairShallow(
    git,
    dir,
    {
      aboveThePin: async sha => {
        const r = await tryFetch([
          `--shallow-exclude=refs/tags/${pinTag}`,
          url,
          `+${sha}:refs/stable-sync/history/${sha}`
        ])
        if (r.code === 0) return true
        // What the remote says of a commit the pin already contains (nothing left to send).
        if (/no commits selected for shallow requests/.test(r.stderr)) return false
        throw cannotFetch([sha], r.stderr)
      },
      belowThePin: async shas => {
        const r = await tryFetch(['--depth=1', url, ...shas.map(s => `+${s}:${BELOW_THE_PIN}${s}`)])
        if (r.code !== 0) throw cannotFetch(shas, r.stderr)
      }
    },
    leaves
  )
  const tipSha = await git.text(['rev-parse', '--verify', `${tipRef}^{commit}`])
  recordObjects(dir)
  unlinkSync(fetchingMarker(dir))
  opts.log.debug(`${track.name}: fetched ${branch} at ${tipSha} into ${dir}`)
  return { git, dir, tipRef: branch, tipSha, url }
}

/**
 * The commits that refs name in the cache, in one `for-each-ref` (a tag is peeled once; a ref that
 * is missing or does not end at a commit is left out).
 */
async function localRefs(git: Git, ...refs: string[]): Promise<Map<string, string>> {
  const out = await git.text([
    'for-each-ref',
    '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)',
    ...refs
  ])
  const found = new Map<string, string>()
  for (const line of out.split('\n')) {
    const [name, type, sha, peeledType, peeled] = line.split('\0')
    if (!refs.includes(name)) continue // for-each-ref also lists refs below a name
    if (type === 'commit') found.set(name, sha)
    else if (type === 'tag' && peeledType === 'commit') found.set(name, peeled)
  }
  return found
}

async function hasRef(git: Git, ref: string): Promise<boolean> {
  return git.test(['rev-parse', '--verify', '--quiet', ref])
}
