import * as core from '@actions/core'
import type { Identity } from '../config/types.js'
import { InputError } from '../errors.js'
import { apiTimeUnitMs, parseRepository } from '../github/repository.js'

/**
 * The one input reader of the three actions (root, release/, boot-test/): every boolean follows the
 * same rule, every repository name is parsed once, and each error names the input and its fix.
 */
export { apiTimeUnitMs, parseRepository }

/** An input's value, trimmed; undefined when empty or unset. */
export function optionalInput(name: string): string | undefined {
  return core.getInput(name) || undefined
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/**
 * A boolean input as @actions/core's getBooleanInput reads it (the YAML 1.2 core schema's booleans:
 * true/True/TRUE, false/False/FALSE); empty or unset is `fallback` (action.yml's default).
 */
export function booleanInput(name: string, fallback = false): boolean {
  const v = core.getInput(name)
  if (v === '') return fallback
  if (TRUE.includes(v)) return true
  if (FALSE.includes(v)) return false
  throw new InputError(
    `Input '${name}' must be true or false (YAML 1.2 core: true, True, TRUE, false, False, FALSE), not '${v}'.`
  )
}

/** The workflow's repository (GITHUB_REPOSITORY) as owner and name. */
export function repositoryFromEnv(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  return parseRepository(env.GITHUB_REPOSITORY)
}

/** The root action's inputs and outputs (action.yml), named once, as actions/cache does. */
export enum Inputs {
  Config = 'config',
  Token = 'token',
  Tracks = 'tracks',
  Base = 'base',
  BranchPrefix = 'branch-prefix',
  Labels = 'labels',
  Reviewers = 'reviewers',
  TeamReviewers = 'team-reviewers',
  Draft = 'draft',
  DryRun = 'dry-run',
  CommitAuthor = 'commit-author'
}

export enum Outputs {
  Tracks = 'tracks',
  PullRequestNumber = 'pull-request-number',
  PullRequestUrl = 'pull-request-url',
  Operation = 'operation',
  Branch = 'branch',
  HeadSha = 'head-sha',
  Patches = 'patches',
  Changed = 'changed'
}

export const DEFAULT_COMMIT_AUTHOR = 'stable-sync[bot] <stable-sync[bot]@users.noreply.github.com>'

/** Validated settings of one run (actions/checkout's input-helper). */
export interface Settings {
  config: string
  token: string
  tracks?: string[]
  /** Undefined: the repository's default branch. */
  base?: string
  branchPrefix: string
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  draft: boolean
  dryRun: boolean
  commitAuthor: Identity
}

/** A list input: comma- or newline-separated, blanks dropped. */
export function listInput(name: Inputs): string[] {
  return core
    .getInput(name)
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean)
}

/** "Name <email>" → Identity. */
export function parseAuthor(text: string): Identity {
  const m = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text)
  if (!m) {
    throw new InputError(
      `Input '${Inputs.CommitAuthor}' must look like 'Name <email>', e.g. '${DEFAULT_COMMIT_AUTHOR}', not '${text}'.`
    )
  }
  return { name: m[1], email: m[2] }
}

export function getSettings(): Settings {
  const token = core.getInput(Inputs.Token)
  if (!token) {
    throw new InputError(
      `Input '${Inputs.Token}' is empty. Leave it unset to use the workflow token, or pass a token with contents and pull-requests write access.`
    )
  }
  core.setSecret(token)
  const prefix = core.getInput(Inputs.BranchPrefix) || 'stable-sync/'
  if (/[\s~^:?*[\\]|\.\.|@\{/.test(prefix)) {
    throw new InputError(`Input '${Inputs.BranchPrefix}' ('${prefix}') is not usable in a git branch name.`)
  }
  const tracks = listInput(Inputs.Tracks)
  return {
    config: core.getInput(Inputs.Config) || '.github/stable-sync.yml',
    token,
    tracks: tracks.length ? tracks : undefined,
    base: core.getInput(Inputs.Base) || undefined,
    branchPrefix: prefix,
    labels: listInput(Inputs.Labels),
    reviewers: listInput(Inputs.Reviewers),
    teamReviewers: listInput(Inputs.TeamReviewers),
    draft: booleanInput(Inputs.Draft),
    dryRun: booleanInput(Inputs.DryRun),
    commitAuthor: parseAuthor(core.getInput(Inputs.CommitAuthor) || DEFAULT_COMMIT_AUTHOR)
  }
}
