import { StringDecoder } from 'node:string_decoder'

/**
 * Turns the serial console's byte stream into lines. The guest writes `\r\n`; carriage returns are
 * dropped and `\n` ends a line. Multi-byte UTF-8 split across chunks is kept intact; invalid bytes
 * become U+FFFD rather than stopping the stream.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8')
  private pending = ''

  /** Feed a chunk; returns the lines it completed (without their line ends). */
  push(chunk: Buffer): string[] {
    const parts = (this.pending + this.decoder.write(chunk).replace(/\r/g, '')).split('\n')
    this.pending = parts.pop() ?? ''
    return parts
  }

  /** The unterminated tail (e.g. a login prompt), without consuming it. */
  get partial(): string {
    return this.pending
  }

  /** End of stream: the last unterminated line, if any. */
  flush(): string[] {
    const rest = this.pending + this.decoder.end().replace(/\r/g, '')
    this.pending = ''
    return rest ? [rest] : []
  }
}
