import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createGit, type Git } from '../../src/git/gateway.js'

/**
 * Tests see git as a GitHub runner does: no global or system config, no identity. Every fixture
 * commit sets its author/committer explicitly through the environment.
 */
export function isolatedGitEnv(home: string): Record<string, string> {
  const empty = join(home, '.gitconfig-empty')
  writeFileSync(empty, '')
  return {
    GIT_CONFIG_GLOBAL: empty,
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: home,
    GIT_AUTHOR_NAME: '',
    GIT_AUTHOR_EMAIL: '',
    GIT_COMMITTER_NAME: '',
    GIT_COMMITTER_EMAIL: ''
  }
}

export interface CommitOptions {
  author?: string
  email?: string
  /** Seconds since the epoch; fixtures use fixed dates so shas are stable. */
  date?: number
  /** Raw bytes of the author name (for non-UTF-8 history): written with `git hash-object` trickery is not needed, env takes bytes. */
}

/** A real git repository in a directory, with helpers to write files and commit deterministically. */
export class FixtureRepo {
  readonly git: Git
  private clock = 1_700_000_000

  constructor(
    readonly dir: string,
    readonly env: Record<string, string>
  ) {
    this.git = createGit(dir, env)
  }

  static async init(dir: string, home: string, branch = 'main', bare = false): Promise<FixtureRepo> {
    mkdirSync(dir, { recursive: true })
    const repo = new FixtureRepo(dir, isolatedGitEnv(home))
    await repo.git.exec(['init', '-q', ...(bare ? ['--bare'] : []), '-b', branch, dir])
    return repo
  }

  write(path: string, content: string | Buffer): void {
    const full = join(this.dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
  }

  /** Stage everything and commit; returns the new commit's full sha. */
  async commit(message: string, opts: CommitOptions = {}): Promise<string> {
    this.clock += 60
    const date = `${opts.date ?? this.clock} +0000`
    const ident = {
      GIT_AUTHOR_NAME: opts.author ?? 'A U Thor',
      GIT_AUTHOR_EMAIL: opts.email ?? 'author@example.org',
      GIT_COMMITTER_NAME: 'C O Mitter',
      GIT_COMMITTER_EMAIL: 'committer@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date
    }
    await this.git.exec(['add', '-A'])
    await this.git.exec(['commit', '-q', '--allow-empty', '-m', message], { env: ident })
    return this.git.text(['rev-parse', 'HEAD'])
  }

  /** Environment for other git-running commands in this fixture (merges, tags) with an identity. */
  identityEnv(): Record<string, string> {
    const date = `${(this.clock += 60)} +0000`
    return {
      GIT_AUTHOR_NAME: 'A U Thor',
      GIT_AUTHOR_EMAIL: 'author@example.org',
      GIT_COMMITTER_NAME: 'C O Mitter',
      GIT_COMMITTER_EMAIL: 'committer@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date
    }
  }
}
