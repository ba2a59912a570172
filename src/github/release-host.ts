import type { ReleaseApi, ReleaseInfo } from '../release/github-release.js'
import type { GitHubRepo } from './client.js'

/** GitHub releases for `stable-sync release` (the release sub-action), over the one Octokit. */
interface ReleaseLike {
  id: number
  html_url: string
  tag_name: string
  name: string | null
  body?: string | null
  upload_url: string
}

function isAlreadyExists(e: unknown): boolean {
  const err = e as { status?: number; response?: { data?: { errors?: { code?: string }[] } } }
  return err?.status === 422 && (err.response?.data?.errors ?? []).some(x => x.code === 'already_exists')
}

export function releaseApi(gh: GitHubRepo): ReleaseApi {
  const repo = { owner: gh.owner, repo: gh.repo }
  const withAssets = async (r: ReleaseLike): Promise<ReleaseInfo> => {
    const assets = await gh.octokit.paginate(gh.octokit.rest.repos.listReleaseAssets, {
      ...repo,
      release_id: r.id,
      per_page: 100
    })
    return {
      id: r.id,
      url: r.html_url,
      tag: r.tag_name,
      name: r.name ?? '',
      body: r.body ?? '',
      assets: assets.map(a => a.name),
      uploadUrl: r.upload_url
    }
  }
  const findByTag = async (tag: string): Promise<ReleaseInfo | undefined> => {
    try {
      const { data } = await gh.octokit.rest.repos.getReleaseByTag({ ...repo, tag })
      return withAssets(data)
    } catch (e) {
      if ((e as { status?: number }).status === 404) return undefined
      throw e
    }
  }
  return {
    findByTag,
    async create({ tag, name, body }) {
      try {
        const { data } = await gh.octokit.rest.repos.createRelease({ ...repo, tag_name: tag, name, body })
        return withAssets(data)
      } catch (e) {
        // A create whose response was lost and was retried: the release is there, take it.
        const existing = isAlreadyExists(e) ? await findByTag(tag) : undefined
        if (!existing) throw e
        return existing
      }
    },
    async update(id, fields) {
      const { data } = await gh.octokit.rest.repos.updateRelease({ ...repo, release_id: id, ...fields })
      return withAssets(data)
    },
    async upload(release, name, data) {
      try {
        // The upload URL GitHub gives (uploads.github.com, or the GHES / test host) is a URI template.
        await gh.octokit.request({
          method: 'POST',
          url: release.uploadUrl,
          name,
          data,
          headers: { 'content-type': 'application/octet-stream', 'content-length': data.length }
        })
      } catch (e) {
        if (!isAlreadyExists(e)) throw e
      }
    }
  }
}
