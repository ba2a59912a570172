import type { CommitInfo } from '../walk/types.js'
import { bugFields, type BugRefs } from './bug-refs.js'
import { renderGbpPatch } from './gbp-patch.js'

/** How a patch names upstream commits: a web URL from `upstream.commitUrl` ({sha}), else `commit:<sha>`. */
export function commitRef(sha: string, commitUrl?: string): string {
  return commitUrl ? commitUrl.replace(/\{sha\}/g, sha) : `commit:${sha}`
}

// A description line that `patch` could take for the start of a diff is quoted with "> ", so
// upstream text can never smuggle a hunk into the package.
const DIFF_LIKE = /^\s*(diff |--- |\+\+\+ |\*\*\* |Index: |@@ |Binary files |GIT binary patch|Only in )/

export function safeDescription(text: string): string {
  return text
    .split('\n')
    .map(l => (DIFF_LIKE.test(l) ? `> ${l}` : l.replace(/\s+$/, '')))
    .join('\n')
}

/** One-line header values: no newline may start a new field. */
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim()

export interface RenderOptions {
  commitUrl?: string
  /** YYYY-MM-DD for Last-Update. */
  today: string
  /** Files left out by a path reduction (noted in the description). */
  dropped?: string[]
  /**
   * The upstream change was refreshed onto this patch of the package with a three-way merge: the
   * patch is a backport (`Origin: backport, …`) and says so in its description.
   */
  refreshedOnto?: string
  /** Bug and CVE references of the upstream commit: `Bug*:` and `CVE:` fields. */
  bugs?: BugRefs
  /** Write the patch as `gbp pq export` would (the package uses gbp): see gbp-patch.ts. */
  gbp?: boolean
}

/**
 * gbp form: the DEP-3 fields other than From/Date/Subject close the commit message as a field
 * paragraph (gbp pq keeps them there through import and export).
 */
function assembleGbp(fields: [string, string][], description: string, diff: Buffer): Buffer {
  const get = (k: string): string => fields.find(f => f[0] === k)?.[1] ?? ''
  const from = /^(.*) <([^<>]*)>$/.exec(get('From'))
  const rest = fields.filter(([k]) => !['From', 'Date', 'Subject'].includes(k))
  const paragraph = rest.map(([k, v]) => `${k}: ${oneLine(v)}`).join('\n')
  const text = safeDescription(description.trim())
  return renderGbpPatch({
    authorName: from?.[1] ?? get('From'),
    authorEmail: from?.[2] ?? '',
    date: get('Date'),
    subject: get('Subject'),
    body: text ? `${text}\n\n${paragraph}` : paragraph,
    diff
  })
}

function assemble(fields: [string, string][], description: string, diff: Buffer): Buffer {
  const head = fields.map(([k, v]) => `${k}: ${oneLine(v)}`).join('\n')
  const desc = description.trim() ? `\n${safeDescription(description.trim())}\n` : ''
  return Buffer.concat([Buffer.from(`${head}\n${desc}\n---\n`, 'utf8'), diff])
}

function reductionNote(dropped: string[] | undefined): string {
  if (!dropped?.length) return ''
  return (
    `\n\n[stable-sync: reduced to the files this package follows; left out the upstream changes to: ` +
    `${dropped.join(', ')}]`
  )
}

/**
 * A DEP-3 patch for one upstream commit, git format-patch style (From/Date/Subject, the commit
 * message as description), plus Origin, Applied-Upstream and Last-Update.
 */
export function renderCommitPatch(
  commit: CommitInfo,
  backports: string[],
  diff: Buffer,
  o: RenderOptions
): Buffer {
  // gbp takes git's %s (the first paragraph, joined) and %b (the rest); DEP-3 the first line and the rest.
  const para = /^([\s\S]*?)(?:\n[ \t]*\n|$)/.exec(commit.message)![1]
  const body = o.gbp
    ? commit.message.slice(para.length).replace(/^\s*\n/, '')
    : commit.message.split('\n').slice(1).join('\n')
  const subject = o.gbp ? para.replace(/\s*\n\s*/g, ' ').trim() : commit.subject
  const fields: [string, string][] = [
    ['From', `${commit.authorName} <${commit.authorEmail}>`],
    ['Date', commit.date],
    ['Subject', subject],
    ['Origin', `${o.refreshedOnto ? 'backport' : 'upstream'}, ${commitRef(commit.sha, o.commitUrl)}`],
    [
      'Applied-Upstream',
      backports.length
        ? backports.map(b => commitRef(b, o.commitUrl)).join(', ')
        : commitRef(commit.sha, o.commitUrl)
    ],
    ...(o.bugs ? bugFields(o.bugs) : []),
    ['Last-Update', o.today]
  ]
  return (o.gbp ? assembleGbp : assemble)(
    fields,
    body + reductionNote(o.dropped) + refreshNote(o.refreshedOnto),
    diff
  )
}

function refreshNote(onto: string | undefined): string {
  if (!onto) return ''
  return (
    `\n\n[stable-sync: refreshed by stable-sync onto ${onto} with a three-way merge: the upstream ` +
    'change does not apply at fuzz 0 after it. Review this patch.]'
  )
}

/**
 * The residual patch of a first-parent merge: what the merge changes beyond the merged commits that
 * are carried as their own patches (its conflict resolution, and commits that do not apply alone).
 */
export function renderResidualPatch(
  merge: CommitInfo,
  carriedSeparately: CommitInfo[],
  folded: CommitInfo[],
  diff: Buffer,
  o: RenderOptions
): Buffer {
  const lines = [
    `The part of upstream merge ${merge.sha} ("${oneLine(merge.subject)}") that the patches of`,
    "the commits it merges do not carry: the merge's own conflict resolution."
  ]
  if (carriedSeparately.length) {
    lines.push('', 'Carried by their own patches:')
    for (const c of carriedSeparately) lines.push(`  ${c.sha} ("${oneLine(c.subject)}")`)
  }
  if (folded.length) {
    lines.push('', 'Carried by this patch (they do not apply on their own):')
    for (const c of folded) lines.push(`  ${c.sha} ("${oneLine(c.subject)}")`)
  }
  const fields: [string, string][] = [
    ['From', `${merge.authorName} <${merge.authorEmail}>`],
    ['Date', merge.date],
    ['Subject', `Merge resolution: ${merge.subject}`],
    ['Origin', `upstream, ${commitRef(merge.sha, o.commitUrl)}`],
    ['Applied-Upstream', commitRef(merge.sha, o.commitUrl)],
    ...(o.bugs ? bugFields(o.bugs) : []),
    ['Last-Update', o.today]
  ]
  return (o.gbp ? assembleGbp : assemble)(fields, lines.join('\n') + reductionNote(o.dropped), diff)
}
