import { converse, run, type Conversation, type RunOptions, type RunResult } from '../process/run.js'
import { decodeGitText } from './text.js'

/**
 * The one door to git (modelled on actions/checkout's git-command-manager): every git call in
 * stable-sync goes through `Git.exec` as an argument array, never a shell string, with a fixed,
 * non-interactive environment. Higher-level operations are free functions over this interface
 * (see the walk/, upstream/ and publish/ folders), so there is one place that spawns git.
 */
export interface GitExecOptions {
  /** Return non-zero exits instead of throwing. */
  allowFailure?: boolean
  input?: string | Buffer
  env?: Record<string, string | undefined>
  /** Run in another directory than the gateway's (e.g. a temporary worktree). */
  cwd?: string
  /** Standard output chunk by chunk as git writes it (see RunOptions.onStdout). */
  onStdout?: (chunk: Buffer) => void
  /** Standard error chunk by chunk as git writes it (see RunOptions.onStderr). */
  onStderr?: (chunk: Buffer) => void
  /** Called once git started, with a way to stop it early. */
  onSpawn?: (kill: () => void) => void
}

export interface Git {
  readonly dir: string
  /** Run git; throws CommandError on a non-zero exit unless allowFailure. */
  exec(args: readonly string[], options?: GitExecOptions): Promise<RunResult>
  /**
   * Start git with standard input kept open (`cat-file --batch` answering requests one by one): its
   * output goes to `onStdout`; `end()` closes its input and waits for it.
   */
  converse(
    args: readonly string[],
    options: GitExecOptions & { onStdout: (chunk: Buffer) => void }
  ): Conversation
  /** Run git and return standard output decoded, with the final newline removed. */
  text(args: readonly string[], options?: GitExecOptions): Promise<string>
  /** Run git; true when it exited 0 (for questions like `merge-base --is-ancestor`). */
  test(args: readonly string[], options?: GitExecOptions): Promise<boolean>
  /** The same gateway, working in another directory. */
  at(dir: string): Git
}

/**
 * Environment every git call gets: no prompts, no pager, stable messages, no user hooks from config.
 * GIT_FLUSH=0: git would otherwise flush its output after every commit when it writes to a pipe
 * (`diff-tree --stdin` over 10,000 commits: 10,000 writes and reads instead of ~1,000); nothing here
 * talks to git line by line, every output is read whole or as a stream.
 */
const GIT_ENV: Record<string, string> = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
  GIT_ADVICE: '0',
  GIT_FLUSH: '0'
}

export function createGit(dir: string, baseEnv: Record<string, string | undefined> = {}): Git {
  const runOptions = (options: GitExecOptions): RunOptions => ({
    cwd: options.cwd ?? dir,
    env: { ...GIT_ENV, ...baseEnv, ...options.env },
    input: options.input,
    allowFailure: options.allowFailure,
    onStdout: options.onStdout,
    onStderr: options.onStderr,
    onSpawn: options.onSpawn
  })
  const exec = (args: readonly string[], options: GitExecOptions = {}): Promise<RunResult> =>
    run('git', args, runOptions(options))
  return {
    dir,
    exec,
    converse: (args, options) =>
      converse('git', args, { ...runOptions(options), onStdout: options.onStdout }),
    async text(args, options) {
      const r = await exec(args, options)
      return decodeGitText(r.stdout).replace(/\n$/, '')
    },
    async test(args, options) {
      const r = await exec(args, { ...options, allowFailure: true })
      return r.code === 0
    },
    at(other: string) {
      return createGit(other, baseEnv)
    }
  }
}
