import { availableParallelism } from 'node:os'
import type { Git } from '../git/gateway.js'
import { trimToDiff } from './diff.js'
import { DIFF_TREE_STDIN, diffTreeInput, RecordParser } from './diffs.js'

export interface DiffRequest {
  sha: string
  /** The first parent (the diff is taken against it); none for a root commit. */
  parent?: string
}

interface Pending {
  promise: Promise<Buffer>
  resolve(diff: Buffer): void
  reject(error: unknown): void
}

/**
 * One git process per core beyond the one that renders and verifies what git prints (2 cores: 1),
 * at most 2: on 2 cores a second diff process only slowed the rest down.
 */
function defaultProcesses(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1))
}

/** Commits per chunk: the processes take turns by chunk, so both make progress on the front of the list. */
const CHUNK = 256

/**
 * The diffs of many commits against their first parents, read by a few `git diff-tree --stdin`
 * processes that all start at once and are parsed while they run: `get(sha)` resolves as soon as
 * that commit's diff has arrived, so a consumer walking the list in order (apply, rendering patches)
 * starts on the first commits while git still diffs the last ones. The list is dealt out in chunks,
 * round robin, so the processes together advance along it in order.
 */
export class DiffStream {
  private readonly pending = new Map<string, Pending>()
  private readonly runs: Promise<void>[] = []
  private readonly kills: (() => void)[] = []

  constructor(git: Git, requests: readonly DiffRequest[], processes = defaultProcesses()) {
    const unique = [...new Map(requests.map(r => [r.sha, r])).values()]
    for (const r of unique) {
      let resolve!: (d: Buffer) => void
      let reject!: (e: unknown) => void
      const promise = new Promise<Buffer>((res, rej) => {
        resolve = res
        reject = rej
      })
      promise.catch(() => undefined) // a consumer that stopped early must not see an unhandled rejection
      this.pending.set(r.sha, { promise, resolve, reject })
    }
    const lanes: DiffRequest[][] = Array.from({ length: Math.max(1, processes) }, () => [])
    for (let i = 0; i < unique.length; i += CHUNK)
      lanes[(i / CHUNK) % lanes.length].push(...unique.slice(i, i + CHUNK))
    for (const lane of lanes) {
      if (lane.length === 0) continue
      const run = this.read(git, lane)
      // A failure reaches the requests (rejected) and done(); a consumer still busy elsewhere (the
      // analysis runs while git diffs) must not see the process die of an unhandled rejection.
      run.catch(() => undefined)
      this.runs.push(run)
    }
  }

  /** The diff of a requested commit (empty when it changes nothing); undefined if it was not requested. */
  get(sha: string): Promise<Buffer> | undefined {
    return this.pending.get(sha)?.promise
  }

  /** Every process has ended (rejects with the first failure). */
  async done(): Promise<void> {
    await Promise.all(this.runs)
  }

  /** Stop reading (the consumer gave up): the git processes are killed, unanswered requests rejected. */
  async cancel(): Promise<void> {
    for (const kill of this.kills) kill()
    await Promise.allSettled(this.runs)
  }

  private async read(git: Git, lane: DiffRequest[]): Promise<void> {
    // git prints a commit's diff after `NUL sha NUL` (our format) and nothing for a commit without
    // changes; its output follows the input order, so every request before the sha just seen is empty.
    let next = 0
    let unexpected: string | undefined
    const position = new Map(lane.map((r, i) => [r.sha, i]))
    const settle = (sha: string, body: Buffer): void => {
      const at = position.get(sha)
      if (at === undefined || at < next) {
        unexpected ??=
          `cannot read git diff-tree's output: a record names ${JSON.stringify(sha.slice(0, 60))} where a ` +
          'requested commit was expected (a NUL byte inside a text diff?)'
        return
      }
      while (next < at) this.pending.get(lane[next++].sha)!.resolve(Buffer.alloc(0))
      this.pending.get(lane[next++].sha)!.resolve(trimToDiff(body))
    }
    const parser = new RecordParser(settle)
    const input = diffTreeInput(lane)
    let killed = false
    try {
      await git.exec(DIFF_TREE_STDIN, {
        input,
        onStdout: chunk => parser.push(chunk),
        onSpawn: kill => this.kills.push(() => ((killed = true), kill()))
      })
      parser.end()
      if (unexpected) throw new Error(unexpected)
      while (next < lane.length) this.pending.get(lane[next++].sha)!.resolve(Buffer.alloc(0))
    } catch (e) {
      const error = killed ? new Error('diff reading was cancelled') : e
      while (next < lane.length) this.pending.get(lane[next++].sha)!.reject(error)
      if (!killed) throw e
    }
  }
}
