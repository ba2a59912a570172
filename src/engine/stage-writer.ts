import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'

/** Files written per turn of the event loop: long enough to be cheap, short enough not to stall pipes. */
const BATCH = 64

/**
 * Writes files into a directory in the background of the event loop, so that creating thousands of
 * small files (slow on a busy disk: one open with O_CREAT each) overlaps with the git and patch
 * processes apply waits for. Each turn writes a batch synchronously (faster than the thread pool for
 * small files) and then yields, so child processes' pipes and exits are still served in between.
 */
export class StageWriter {
  private readonly queue: [string, Buffer][] = []
  private readonly dirs = new Set<string>()
  private running: Promise<void> | undefined
  private failure: unknown

  constructor(private readonly root: string) {}

  /** Queue files (names relative to the root); writing starts at once. */
  add(files: Iterable<[string, Buffer]>): void {
    for (const f of files) this.queue.push(f)
    this.running ??= this.drain()
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        for (const [name, bytes] of this.queue.splice(0, BATCH)) {
          const file = join(this.root, name)
          const dir = dirname(file)
          if (!this.dirs.has(dir)) {
            mkdirSync(dir, { recursive: true })
            this.dirs.add(dir)
          }
          writeFileSync(file, bytes)
        }
        await yieldToEventLoop()
      }
    } catch (e) {
      this.failure = e
      this.queue.length = 0
    } finally {
      this.running = undefined
    }
  }

  /** Wait until every queued file is written; rethrows the first write error. */
  async done(): Promise<void> {
    while (this.running) await this.running
    if (this.failure) throw this.failure
  }

  /** Drop what is still queued (the stage is being thrown away) and wait for the current batch. */
  async cancel(): Promise<void> {
    this.queue.length = 0
    while (this.running) await this.running
  }
}
