import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Identity } from '../config/types.js'
import { finalizeTopEntry, readTopEntry, type ChangelogEntry } from '../debian/changelog.js'
import { dep14Tag } from '../debian/tags.js'
import { gbpSettings, gbpTag, parseGbpConf } from '../debian/gbp-conf.js'
import { resolveVendor, type VendorSetting } from '../debian/vendor.js'
import { FindingError, InputError } from '../errors.js'
import type { Git } from '../git/gateway.js'
import type { Logger } from '../log.js'
import { run } from '../process/run.js'
import { releaseNotes } from './notes.js'
import { createAnnotatedTag, tagCommit, type TagSigning } from './tag.js'

/** One step of a release, done or (dry run / already done) not. */
export interface ReleaseStep {
  kind: 'finalize' | 'commit' | 'tag'
  /** 'done' now, 'would' in a dry run, 'already' found done by an earlier run. */
  state: 'done' | 'would' | 'already'
  text: string
}

export interface ReleaseResult {
  package: string
  version: string
  distribution: string
  /** DEP-14 tag, e.g. ubuntu/1%8.2.2+ds-0ubuntu2. */
  tag: string
  /** The commit the tag names (HEAD after the release commit). */
  commit: string
  /**
   * 'released' when this run changed something, 'unchanged' when all was done (also when an earlier
   * run's release commit and tag were found from an older checkout), 'dry-run'.
   */
  operation: 'released' | 'unchanged' | 'dry-run'
  /** The release was found made by an earlier run on a descendant of HEAD (a rerun from the event's sha). */
  resumed?: boolean
  steps: ReleaseStep[]
  /** Markdown notes for the GitHub release, from the changelog entry. */
  notes: string
}

export interface ReleaseOptions {
  git: Git
  /** Absolute path of the packaging repository's worktree. */
  repoDir: string
  /** Absolute path of the directory holding debian/. */
  packageDir: string
  /** Target distribution for an UNRELEASED entry; default: that of the previous released entry. */
  distribution?: string
  /** The release date written in the changelog trailer. */
  now: Date
  /**
   * The releaser: signs the finalized entry (as `dch -r` does), commits and tags. Asked only when the
   * entry is finalized or a commit or tag is made (a dry run that cannot resolve it keeps the trailer).
   */
  identity: () => Promise<Identity>
  dryRun?: boolean
  log: Logger
  /**
   * The branch as the remote has it (a fetched ref): when an earlier run pushed its release commit
   * there but not the tag, that commit (a child of HEAD releasing this version) is tagged instead of
   * a second release commit being made.
   */
  published?: string
  /** Sign the DEP-14 tag (git tag -u/-s; see src/upload/tag-signer.ts). */
  tagSigning?: TagSigning
  /** Whose package (the tag prefix); default auto, see src/debian/vendor.ts. */
  vendor?: VendorSetting
}

/**
 * The release tag of a version: debian/gbp.conf's debian-tag when the package sets one (made as gbp
 * makes it), else DEP-14 with the vendor's prefix (`ubuntu/1%8.2.2+ds-0ubuntu2`, `debian/2.0-3`); the
 * vendor is the config's, or `auto`'s guess from the changelog.
 */
export function releaseTag(packageDir: string, changelogText: string, vendor?: VendorSetting): string {
  const top = readTopEntry(changelogText)
  const gbpConf = join(packageDir, 'debian', 'gbp.conf')
  const format = existsSync(gbpConf)
    ? gbpSettings(parseGbpConf(readFileSync(gbpConf, 'utf8'))).debianTag?.format
    : undefined
  return format ? gbpTag(format, top.version) : dep14Tag(resolveVendor(vendor, changelogText), top.version)
}

/**
 * The release tag the package's top changelog version gets, before the release: an UNRELEASED entry
 * is read as released to `distribution` when one is given (as releasePackage will release it).
 */
export function releaseTagFor(packageDir: string, vendor?: VendorSetting, distribution?: string): string {
  const text = readFileSync(join(packageDir, 'debian', 'changelog'), 'utf8')
  return tagAsReleased(packageDir, text, vendor, distribution)
}

/** The tag of the top entry as it reads once released to `target` (an UNRELEASED entry is finalized). */
function tagAsReleased(
  packageDir: string,
  text: string,
  vendor: VendorSetting | undefined,
  target: string | undefined
): string {
  const unreleased = readTopEntry(text).distributions.includes('UNRELEASED')
  const released =
    unreleased && target && target !== 'UNRELEASED' ? finalizeTopEntry(text, target, new Date(0)) : text
  return releaseTag(packageDir, released, vendor)
}

/** The distribution of the newest released entry below the top one (what the next release targets). */
async function previousDistribution(changelog: string): Promise<string | undefined> {
  const r = await run(
    'dpkg-parsechangelog',
    ['-l', changelog, '--offset', '1', '--count', '1', '-S', 'Distribution'],
    {
      allowFailure: true
    }
  )
  const d = r.stdout.toString('utf8').trim()
  return r.code === 0 && d && d !== 'UNRELEASED' ? d : undefined
}

/**
 * The release an earlier run made, seen from an older checkout (a rerun of the release job checks out
 * the event's sha): the tag names a descendant of HEAD whose changelog has this version released.
 */
async function earlierRelease(
  git: Git,
  o: { head: string; tagged: string; relChangelog: string; version: string }
): Promise<ChangelogEntry | undefined> {
  const ancestor = await git.exec(['merge-base', '--is-ancestor', o.head, o.tagged], { allowFailure: true })
  if (ancestor.code !== 0) return undefined
  const shown = await git.exec(['show', `${o.tagged}:${o.relChangelog}`], { allowFailure: true })
  if (shown.code !== 0) return undefined
  const entry = readTopEntry(shown.stdout.toString('utf8'))
  return entry.version === o.version && !entry.distributions.includes('UNRELEASED') ? entry : undefined
}

/**
 * The release commit an earlier run pushed to the branch without its tag (the tag push failed): a
 * commit of `published` whose first parent is HEAD and whose changelog has this version released.
 */
async function releaseCommitOn(
  git: Git,
  o: { head: string; published: string; relChangelog: string; version: string }
): Promise<{ sha: string; entry: ChangelogEntry } | undefined> {
  const r = await git.exec(['rev-list', '--parents', `${o.head}..${o.published}`], { allowFailure: true })
  if (r.code !== 0) return undefined
  const children = r.stdout
    .toString('utf8')
    .split('\n')
    .map(l => l.split(' '))
    .filter(([sha, parent]) => sha && parent === o.head)
  for (const [sha] of children) {
    const entry = await earlierRelease(git, {
      head: o.head,
      tagged: sha,
      relChangelog: o.relChangelog,
      version: o.version
    })
    if (entry) return { sha, entry }
  }
  return undefined
}

/** git env for the release commit and tag: the maintainer identity, and the release time. */
function identityEnv(identity: Identity, now: Date): Record<string, string> {
  const date = `${Math.floor(now.getTime() / 1000)} +0000`
  return {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date
  }
}

/**
 * Release the package at its milestone: finalize the top UNRELEASED changelog entry to the target
 * distribution and date, commit it, and create the DEP-14 annotated tag on that commit. Idempotent:
 * a run that finds the entry released and its tag on HEAD changes nothing. A tag that exists on
 * another commit is a finding (exit 1): tags are never moved.
 */
export async function releasePackage(opts: ReleaseOptions): Promise<ReleaseResult> {
  const { git, log } = opts
  const changelogPath = join(opts.packageDir, 'debian', 'changelog')
  if (!existsSync(changelogPath)) {
    throw new InputError(
      `${changelogPath} does not exist. Run in a packaging repository (or pass --repo DIR)`
    )
  }
  const relChangelog = relative(opts.repoDir, changelogPath)
  const text = readFileSync(changelogPath, 'utf8')
  const top = readTopEntry(text)
  const steps: ReleaseStep[] = []
  const would = opts.dryRun ? 'would' : 'done'

  // Asked once, and only when needed (a rerun that finds everything done needs no identity).
  let asked: Promise<Identity> | undefined
  const identity = (): Promise<Identity> => (asked ??= opts.identity())
  // Where an UNRELEASED entry goes (read once). The entry as released to it says best whose release
  // this is (vendor auto), so the tag is made from that.
  const target = top.distributions.includes('UNRELEASED')
    ? (opts.distribution ?? (await previousDistribution(changelogPath)))
    : undefined
  const tag = tagAsReleased(opts.packageDir, text, opts.vendor, target)
  const head = await git.text(['rev-parse', 'HEAD'])
  const existing = await tagCommit(git, tag)
  if (existing && existing !== head) {
    const earlier = await earlierRelease(git, { head, tagged: existing, relChangelog, version: top.version })
    if (earlier) {
      if (opts.distribution && !earlier.distributions.includes(opts.distribution)) {
        throw new FindingError(
          `${top.version} was released to ${earlier.distributions.join(' ')} by ${existing} (tag ${tag}), not to ` +
            `${opts.distribution}. Add a new UNRELEASED entry (dch -i) for a new release`
        )
      }
      log.info(`already: ${top.version} released by ${existing} (tag ${tag}), a descendant of HEAD ${head}`)
      return {
        package: top.package,
        version: top.version,
        distribution: earlier.distributions.join(' '),
        tag,
        commit: existing,
        operation: opts.dryRun ? 'dry-run' : 'unchanged',
        resumed: true,
        steps: [{ kind: 'tag', state: 'already', text: `tag ${tag} is on ${existing}` }],
        notes: releaseNotes(earlier)
      }
    }
    throw new FindingError(
      `the tag ${tag} already exists on ${existing}, not on HEAD (${head}). ` +
        'A release tag is never moved: check which commit was released, or release a new version (dch -i)'
    )
  }

  const pushed =
    !existing && opts.published
      ? await releaseCommitOn(git, { head, published: opts.published, relChangelog, version: top.version })
      : undefined
  if (pushed) {
    const distribution = pushed.entry.distributions.join(' ')
    if (opts.distribution && !pushed.entry.distributions.includes(opts.distribution)) {
      throw new FindingError(
        `${top.version} was released to ${distribution} by ${pushed.sha} on the remote branch, not to ` +
          `${opts.distribution}. Add a new UNRELEASED entry (dch -i) for a new release`
      )
    }
    const found: ReleaseStep[] = [
      { kind: 'commit', state: 'already', text: `release commit ${pushed.sha} is on the remote branch` },
      { kind: 'tag', state: would, text: `tag ${tag}` }
    ]
    if (!opts.dryRun) {
      await createAnnotatedTag(
        git,
        tag,
        pushed.sha,
        `${top.package} release ${top.version} (${distribution})`,
        identityEnv(await identity(), opts.now)
      )
    }
    for (const s of found)
      log.info(`${s.state === 'would' ? 'would ' : s.state === 'already' ? 'already: ' : ''}${s.text}`)
    return {
      package: top.package,
      version: top.version,
      distribution,
      tag,
      commit: pushed.sha,
      operation: opts.dryRun ? 'dry-run' : 'released',
      resumed: true,
      steps: found,
      notes: releaseNotes(pushed.entry)
    }
  }

  let distribution = top.distributions.join(' ')
  let finalText = text
  if (top.distributions.includes('UNRELEASED')) {
    if (!target) {
      throw new InputError(
        `the top entry ${top.version} of ${relChangelog} is UNRELEASED and no earlier entry names a distribution. ` +
          'Pass --distribution (e.g. --distribution noble)'
      )
    }
    if (target === 'UNRELEASED') throw new InputError('--distribution UNRELEASED is not a release target')
    distribution = target
    // Signed for the releaser as `dch -r` does; a dry run without an identity keeps the trailer.
    const signer = opts.dryRun ? await identity().catch(() => undefined) : await identity()
    finalText = finalizeTopEntry(text, target, opts.now, signer)
    steps.push({
      kind: 'finalize',
      state: would,
      text: `finalize ${top.version} to ${target}${signer ? `, signed by ${signer.name} <${signer.email}>` : ''}`
    })
  } else if (opts.distribution && !top.distributions.includes(opts.distribution)) {
    throw new FindingError(
      `the top entry ${top.version} of ${relChangelog} is already released to ${distribution}, not ` +
        `${opts.distribution}. Add a new UNRELEASED entry (dch -i) for a new release`
    )
  }

  const committedText = (
    await git.exec(['show', `HEAD:${relChangelog}`], { allowFailure: true })
  ).stdout.toString('utf8')
  const needsCommit = finalText !== committedText
  if (existing && needsCommit) {
    throw new FindingError(
      `the tag ${tag} already exists on ${existing}, but the changelog differs from it. ` +
        'A release tag is never moved: check which commit was released, or release a new version (dch -i)'
    )
  }

  let commit = head
  if (needsCommit) {
    const message = `Release ${top.package} ${top.version} to ${distribution}`
    steps.push({ kind: 'commit', state: would, text: `commit ${relChangelog}: ${message}` })
    if (!opts.dryRun) {
      writeFileSync(changelogPath, finalText)
      const env = identityEnv(await identity(), opts.now)
      await git.exec(['add', '--', relChangelog])
      await git.exec(['commit', '-q', '-m', message, '--', relChangelog], { env })
      commit = await git.text(['rev-parse', 'HEAD'])
    }
  }
  if (existing) {
    steps.push({ kind: 'tag', state: 'already', text: `tag ${tag} is on ${existing}` })
  } else {
    steps.push({ kind: 'tag', state: would, text: `tag ${tag}` })
    if (!opts.dryRun) {
      await createAnnotatedTag(
        git,
        tag,
        commit,
        `${top.package} release ${top.version} (${distribution})`,
        identityEnv(await identity(), opts.now),
        opts.tagSigning
      )
    }
  }
  for (const s of steps)
    log.info(`${s.state === 'would' ? 'would ' : s.state === 'already' ? 'already: ' : ''}${s.text}`)
  const notes = releaseNotes({ ...readTopEntry(finalText), distributions: [distribution] })
  const changed = steps.some(s => s.state === 'done')
  return {
    package: top.package,
    version: top.version,
    distribution,
    tag,
    commit,
    operation: opts.dryRun ? 'dry-run' : changed ? 'released' : 'unchanged',
    steps,
    notes
  }
}
