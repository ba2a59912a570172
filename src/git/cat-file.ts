import { parseBatchHeader } from './batch-header.js'
import type { Git } from './gateway.js'
import type { Conversation } from '../process/run.js'

/** One object as `git cat-file --batch` prints it. */
export interface BatchObject {
  sha: string
  type: string
  /** The object's content (a view into git's output, not a copy). */
  body: Buffer
}

/**
 * Read many objects with ONE `git cat-file --batch`. Missing ids are left out of the result.
 * Each record is `<sha> <type> <size>\n<content>\n`, so content is sliced by size, never by lines.
 */
export async function catFileBatch(git: Git, ids: readonly string[]): Promise<BatchObject[]> {
  if (ids.length === 0) return []
  const { stdout } = await git.exec(['cat-file', '--batch'], { input: ids.join('\n') + '\n' })
  const objects: BatchObject[] = []
  let pos = 0
  while (pos < stdout.length) {
    const eol = stdout.indexOf(10, pos)
    if (eol === -1) break
    const header = parseBatchHeader(stdout.subarray(pos, eol).toString('latin1'))
    if (!header.found) {
      pos = eol + 1
      continue
    }
    const n = header.size
    objects.push({ sha: header.id!, type: header.type, body: stdout.subarray(eol + 1, eol + 1 + n) })
    pos = eol + 1 + n + 1
  }
  return objects
}

/**
 * One `git cat-file --batch` kept running for the reads of one run: each `read` writes a request and
 * resolves when git's answer has arrived (git writes every answer at once without --buffer), so
 * objects are read only when needed and the process is started once. `close()` must be called.
 */
export class CatFileReader {
  private readonly pending: { resolve(body: Buffer | undefined): void; reject(e: unknown): void }[] = []
  private chunks: Buffer[] = []
  private length = 0
  /** The body size of the answer being read, once its header line is in. */
  private size: number | undefined
  private readonly conversation: Conversation
  private failed: unknown
  private closing = false

  constructor(git: Git) {
    this.conversation = git.converse(['cat-file', '--batch'], { onStdout: chunk => this.take(chunk) })
    // git gone (killed, crashed): every read still waiting fails instead of waiting forever.
    this.conversation.ended.then(
      () =>
        this.fail(
          new Error(
            this.closing
              ? 'cat-file: the reader was closed'
              : 'cat-file: git ended before answering every read'
          )
        ),
      e => this.fail(e)
    )
  }

  /** An object's content; undefined when git does not have it. Ids only: a name with a newline is refused. */
  read(id: string): Promise<Buffer | undefined> {
    if (this.failed) return Promise.reject(this.failed)
    if (/[\n\r]/.test(id))
      return Promise.reject(new Error(`cat-file: not an object name: ${JSON.stringify(id)}`))
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject })
      this.conversation.write(`${id}\n`)
    })
  }

  async close(): Promise<void> {
    this.closing = true
    try {
      await this.conversation.end()
    } catch (e) {
      this.fail(e)
      throw e
    }
    this.fail(new Error('cat-file: the reader was closed'))
  }

  private fail(e: unknown): void {
    this.failed ??= e
    for (const p of this.pending.splice(0)) p.reject(e)
  }

  private take(chunk: Buffer): void {
    this.chunks.push(chunk)
    this.length += chunk.length
    for (;;) {
      if (this.size === undefined) {
        const buf = this.joined()
        const eol = buf.indexOf(10)
        if (eol === -1) return
        let header
        try {
          header = parseBatchHeader(buf.subarray(0, eol).toString('latin1'))
        } catch (e) {
          // Every answer after an unreadable header would be misread: no read is answered any more.
          this.fail(e)
          return
        }
        this.consume(buf, eol + 1)
        if (!header.found) this.pending.shift()?.resolve(undefined)
        else this.size = header.size
        continue
      }
      // The body and git's newline after it (joined only once all of it is in: a big blob comes in many chunks).
      if (this.length < this.size + 1) return
      const buf = this.joined()
      const body = Buffer.from(buf.subarray(0, this.size))
      this.consume(buf, this.size + 1)
      this.size = undefined
      this.pending.shift()?.resolve(body)
    }
  }

  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.length)]
    return this.chunks[0]
  }

  private consume(buf: Buffer, n: number): void {
    const rest = buf.subarray(n)
    this.chunks = rest.length ? [rest] : []
    this.length = rest.length
  }
}
