import { deepMerge, sampleOf } from './sample.js'
import type {
  CheckRunState,
  CommentState,
  IssueState,
  MilestoneState,
  PullState,
  ReleaseState,
  RepoRole,
  StatusState
} from './state.js'

/**
 * State → the JSON GitHub sends. Each object is a schema sample (every documented required field)
 * with the real values laid over it; the server validates the result against the OpenAPI schema.
 */
type Json = Record<string, unknown>

export class Renderer {
  constructor(
    readonly baseUrl: string,
    readonly owner: string,
    readonly repo: string,
    readonly defaultBranch: string
  ) {}

  private get api(): string {
    return `${this.baseUrl}/repos/${this.owner}/${this.repo}`
  }

  private get web(): string {
    return `https://github.test/${this.owner}/${this.repo}`
  }

  user(login: string): Json {
    return deepMerge(sampleOf('simple-user'), {
      login,
      id: idOf(login),
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      html_url: `https://github.test/${login}`,
      url: `${this.baseUrl}/users/${login}`
    })
  }

  authenticatedUser(login: string): Json {
    return deepMerge(sampleOf('private-user'), {
      login,
      id: idOf(login),
      type: login.endsWith('[bot]') ? 'Bot' : 'User'
    })
  }

  /** GET /users/{username}: the public profile, with the display name GitHub shows (or null). */
  publicUser(login: string, name: string | null): Json {
    return deepMerge(sampleOf('public-user'), {
      login,
      id: idOf(login),
      name,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      html_url: `https://github.test/${login}`,
      url: `${this.baseUrl}/users/${login}`
    })
  }

  repository(component: 'repository' | 'full-repository' = 'repository'): Json {
    return deepMerge(sampleOf(component), {
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: this.user(this.owner),
      private: false,
      html_url: this.web,
      url: this.api,
      default_branch: this.defaultBranch
    })
  }

  /** GET collaborators/{username}/permission: `permission` is the legacy base role (maintain → write, triage → read). */
  collaboratorPermission(login: string, role: RepoRole): Json {
    const legacy = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' }[role]
    return {
      permission: legacy,
      role_name: role,
      user: deepMerge(sampleOf('collaborator'), {
        login,
        id: idOf(login),
        type: 'User',
        html_url: `https://github.test/${login}`,
        url: `${this.baseUrl}/users/${login}`,
        permissions: {
          pull: true,
          triage: role !== 'read',
          push: legacy !== 'read',
          maintain: role === 'maintain' || role === 'admin',
          admin: role === 'admin'
        },
        role_name: role
      })
    }
  }

  label(name: string): Json {
    return deepMerge(sampleOf('label'), {
      id: idOf(name),
      name,
      color: 'ededed',
      default: false,
      url: `${this.api}/labels/${encodeURIComponent(name)}`
    })
  }

  team(slug: string): Json {
    return deepMerge(sampleOf('team'), { id: idOf(slug), name: slug, slug })
  }

  pull(p: PullState, headSha: string, baseSha: string, simple = false): Json {
    const branch = (ref: string, sha: string): Json => ({
      label: `${this.owner}:${ref}`,
      ref,
      sha,
      repo: this.repository(),
      user: this.user(this.owner)
    })
    const full: Json = simple
      ? {}
      : {
          merged: p.merged,
          mergeable: null,
          rebaseable: null,
          mergeable_state: 'unknown',
          merged_by: p.merged ? this.user(this.owner) : null,
          comments: 0,
          review_comments: 0,
          maintainer_can_modify: false,
          commits: 1,
          additions: 1,
          deletions: 0,
          changed_files: 1
        }
    return deepMerge(sampleOf(simple ? 'pull-request-simple' : 'pull-request'), {
      ...full,
      url: `${this.api}/pulls/${p.number}`,
      id: p.id,
      node_id: `PR_${p.id}`,
      html_url: `${this.web}/pull/${p.number}`,
      issue_url: `${this.api}/issues/${p.number}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: this.user(p.user),
      body: p.body,
      labels: p.labels.map(l => this.label(l)),
      milestone: null,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.closedAt,
      merged_at: p.merged ? p.closedAt : null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: p.reviewers.map(r => this.user(r)),
      requested_teams: p.teamReviewers.map(t => this.team(t)),
      head: branch(p.head, headSha),
      base: branch(p.base, baseSha),
      author_association: 'NONE',
      auto_merge: null,
      draft: p.draft
    })
  }

  issue(i: IssueState, pull?: PullState): Json {
    return deepMerge(sampleOf('issue'), {
      id: i.id,
      node_id: `I_${i.id}`,
      url: `${this.api}/issues/${i.number}`,
      html_url: `${this.web}/${pull ? 'pull' : 'issues'}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.stateReason,
      title: i.title,
      body: i.body,
      user: this.user(i.user),
      labels: i.labels.map(l => this.label(l)),
      assignee: i.assignees.length ? this.user(i.assignees[0]) : null,
      assignees: i.assignees.map(a => this.user(a)),
      milestone: null,
      locked: false,
      comments: 0,
      closed_at: i.closedAt,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      author_association: 'NONE',
      ...(pull
        ? {
            pull_request: {
              url: `${this.api}/pulls/${i.number}`,
              html_url: `${this.web}/pull/${i.number}`,
              diff_url: `${this.web}/pull/${i.number}.diff`,
              patch_url: `${this.web}/pull/${i.number}.patch`,
              merged_at: pull.merged ? pull.closedAt : null
            }
          }
        : {})
    })
  }

  comment(c: CommentState): Json {
    return deepMerge(sampleOf('issue-comment'), {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.api}/issues/comments/${c.id}`,
      html_url: `${this.web}/issues/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.api}/issues/${c.issue}`,
      body: c.body,
      user: this.user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: 'NONE'
    })
  }

  release(r: ReleaseState, author: string): Json {
    return deepMerge(sampleOf('release'), {
      id: r.id,
      node_id: `RE_${r.id}`,
      url: `${this.api}/releases/${r.id}`,
      html_url: `${this.web}/releases/tag/${encodeURIComponent(r.tagName)}`,
      assets_url: `${this.api}/releases/${r.id}/assets`,
      upload_url: `${this.api}/releases/${r.id}/assets{?name,label}`,
      tarball_url: null,
      zipball_url: null,
      tag_name: r.tagName,
      target_commitish: r.targetCommitish,
      name: r.name,
      body: r.body,
      draft: r.draft,
      prerelease: r.prerelease,
      created_at: r.createdAt,
      published_at: r.draft ? null : r.createdAt,
      author: this.user(author),
      assets: r.assets.map(a => this.asset(r, a, author))
    })
  }

  asset(r: ReleaseState, a: ReleaseState['assets'][number], uploader: string): Json {
    return deepMerge(sampleOf('release-asset'), {
      id: a.id,
      node_id: `RA_${a.id}`,
      url: `${this.api}/releases/assets/${a.id}`,
      browser_download_url: `${this.web}/releases/download/${encodeURIComponent(r.tagName)}/${encodeURIComponent(a.name)}`,
      name: a.name,
      label: a.label,
      state: 'uploaded',
      content_type: a.contentType,
      size: a.data.length,
      download_count: 0,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      uploader: this.user(uploader)
    })
  }

  milestone(m: MilestoneState): Json {
    return deepMerge(sampleOf('milestone'), {
      id: idOf(m.title),
      number: m.number,
      url: `${this.api}/milestones/${m.number}`,
      html_url: `${this.web}/milestone/${m.number}`,
      title: m.title,
      state: m.state,
      due_on: m.dueOn,
      description: null,
      creator: this.user(this.owner),
      closed_at: m.state === 'closed' ? '2026-01-01T00:00:00Z' : null
    })
  }

  status(s: StatusState): Json {
    return deepMerge(sampleOf('status'), {
      id: s.id,
      url: `${this.api}/statuses/${s.sha}`,
      state: s.state,
      context: s.context,
      description: s.description,
      target_url: s.targetUrl,
      creator: this.user('github-actions[bot]')
    })
  }

  checkRun(c: CheckRunState): Json {
    return deepMerge(sampleOf('check-run'), {
      id: c.id,
      node_id: `CR_${c.id}`,
      head_sha: c.headSha,
      external_id: null,
      url: `${this.baseUrl}/repos/${this.owner}/${this.repo}/check-runs/${c.id}`,
      html_url: `https://github.test/${this.owner}/${this.repo}/runs/${c.id}`,
      details_url: c.detailsUrl,
      status: c.status,
      conclusion: c.conclusion,
      started_at: '2026-11-25T12:00:00Z',
      completed_at: c.status === 'completed' ? '2026-11-25T12:00:01Z' : null,
      output: {
        title: c.title,
        summary: c.summary,
        text: c.text,
        annotations_count: 0,
        annotations_url: `${this.baseUrl}/annotations`
      },
      name: c.name,
      check_suite: null,
      app: null,
      pull_requests: []
    })
  }

  ref(ref: string, sha: string): Json {
    return deepMerge(sampleOf('git-ref'), {
      ref,
      url: `${this.api}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.api}/git/commits/${sha}` }
    })
  }
}

/** A stable small integer per name (GitHub ids are integers). */
function idOf(name: string): number {
  let h = 7
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000
  return h + 1
}
