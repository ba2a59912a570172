import * as core from '@actions/core'
import type { Identity } from '../config/types.js'
import { InputError } from '../errors.js'

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

function boolInput(name: Inputs): boolean {
  const v = core.getInput(name).trim().toLowerCase()
  if (v === '' || v === 'false') return false
  if (v === 'true') return true
  throw new InputError(`Input '${name}' must be true or false, not '${core.getInput(name)}'.`)
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
    draft: boolInput(Inputs.Draft),
    dryRun: boolInput(Inputs.DryRun),
    commitAuthor: parseAuthor(core.getInput(Inputs.CommitAuthor) || DEFAULT_COMMIT_AUTHOR)
  }
}
