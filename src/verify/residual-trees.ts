import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Git } from '../git/gateway.js'
import { readDiffs } from '../walk/diffs.js'
import { fromLines } from './hunk-apply.js'
import { objectFormatOf, type FileState } from './memory-files.js'

/** A commit's tree with some files replaced: what the diff back to the commit is asked of. */
export interface TreeEdit {
  commit: string
  /** Plain paths (verify/tree-entries.ts) and their content; null removes the file. */
  files: [path: string, state: FileState][]
}

/**
 * For each edit, the diff from the edited tree back to the commit's own tree (the engine's diff
 * format): the merge residual when the edit holds what the merged commits made of the files. Three
 * git processes for any number of edits: the edited trees are written by one `git fast-import` into
 * a scratch repository that borrows the clone's objects (alternates: the clone gets nothing new),
 * and diffed by one `git diff-tree --stdin`.
 */
export async function diffsBack(git: Git, tmpDir: string, edits: readonly TreeEdit[]): Promise<Buffer[]> {
  if (edits.length === 0) return []
  const work = mkdtempSync(join(tmpDir, 'residuals-'))
  const scratch = join(work, 'scratch.git')
  // Of the clone's object format: the ids in the stream are the clone's (SHA-1 or SHA-256).
  await git.exec(['init', '-q', '--bare', `--object-format=${objectFormatOf(edits[0].commit)}`, scratch])
  const objects = (await git.text(['rev-parse', '--path-format=absolute', '--git-path', 'objects'])).trim()
  mkdirSync(join(scratch, 'objects', 'info'), { recursive: true })
  writeFileSync(join(scratch, 'objects', 'info', 'alternates'), `${objects}\n`)
  const stream: Buffer[] = []
  edits.forEach((e, i) => {
    stream.push(
      Buffer.from(
        `commit refs/heads/edit-${i}\nmark :${i + 1}\ncommitter stable-sync <stable-sync@localhost> 0 +0000\ndata 0\nfrom ${e.commit}\n`
      )
    )
    for (const [path, state] of e.files) {
      if (state === null) {
        stream.push(Buffer.from(`D ${path}\n`))
        continue
      }
      if (state.entry) {
        // Unchanged from git: named by id (a gitlink has no content to give).
        stream.push(Buffer.from(`M ${state.entry} ${path}\n`))
        continue
      }
      const content = fromLines(state.lines)
      stream.push(
        Buffer.from(`M ${state.mode} inline ${path}\ndata ${content.length}\n`),
        content,
        Buffer.from('\n')
      )
    }
    stream.push(Buffer.from('\n'))
  })
  const marks = join(work, 'marks')
  const scratchGit = git.at(scratch)
  await scratchGit.exec(['fast-import', '--quiet', `--export-marks=${marks}`], {
    input: Buffer.concat(stream)
  })
  const shaOf = new Map(
    readFileSync(marks, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(l => l.split(' ') as [string, string])
  )
  // diff-tree's "<commit> <parent>" diffs from the parent: the edited tree back to the commit's.
  const edited = edits.map((e, i) => ({ sha: e.commit, parent: shaOf.get(`:${i + 1}`)! }))
  const diffs = await readDiffs(scratchGit, edited)
  return edits.map(e => diffs.get(e.commit) ?? Buffer.alloc(0))
}
