/**
 * Decoding of git output. Commit metadata from old history may be in Latin-1 (or anything):
 * valid UTF-8 is taken as is, anything else is read as Latin-1 so no byte is lost or rejected.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

export function decodeGitText(bytes: Buffer | Uint8Array): string {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return Buffer.from(bytes).toString('latin1')
  }
}

/** Split NUL-separated output (`-z`, `%x00`) into decoded fields; a trailing NUL ends the last field. */
export function splitNul(bytes: Buffer): string[] {
  const fields: string[] = []
  let start = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      fields.push(decodeGitText(bytes.subarray(start, i)))
      start = i + 1
    }
  }
  if (start < bytes.length) fields.push(decodeGitText(bytes.subarray(start)))
  return fields
}

/**
 * Parse records written with a `--format` whose fields are each followed by `%x00`
 * (e.g. `%H%x00%P%x00%s%x00`), so a record of n fields is n NUL-terminated strings.
 * Fields may contain newlines; git never puts a NUL inside a commit message.
 */
export function parseRecords(bytes: Buffer, fieldsPerRecord: number): string[][] {
  const fields = splitNul(bytes)
  const records: string[][] = []
  for (let i = 0; i + fieldsPerRecord <= fields.length; i += fieldsPerRecord) {
    // `git log` puts a newline between records; strip it from the first field of the next one.
    const rec = fields.slice(i, i + fieldsPerRecord)
    rec[0] = rec[0].replace(/^\n+/, '')
    records.push(rec)
  }
  return records
}
