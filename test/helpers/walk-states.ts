import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { initialStates, type StepState } from '../../src/engine/phases/state.js'
import type { ExistingSeries } from '../../src/series/existing.js'
import { readCommits } from '../../src/walk/git-log.js'
import { shapeRange, type RangeShape } from '../../src/walk/structure.js'
import type { CommitInfo, FileChange } from '../../src/walk/types.js'
import { FixtureRepo } from './git-fixture.js'

/** A commit as the walk reads it, for phases that decide from metadata alone. */
export function fakeCommit(
  n: number,
  message: string,
  files: Partial<FileChange>[] = [],
  parents = 1
): CommitInfo {
  // Distinct from their first 8 digits on, as abbreviated shas in messages need.
  const sha = (k: number): string => k.toString(16).padStart(8, '0') + 'ab'.repeat(16)
  return {
    sha: sha(n),
    parents: Array.from({ length: parents }, (_, i) => sha(1000 + n * 10 + i)),
    tree: sha(5000 + n),
    authorName: 'A U Thor',
    authorEmail: 'author@example.org',
    date: 'Tue, 14 Nov 2023 22:13:20 +0000',
    message,
    subject: message.split('\n')[0],
    files: files.map(f => ({
      path: 'f',
      status: 'M',
      oldMode: '100644',
      newMode: '100644',
      oldBlob: 'a'.repeat(40),
      newBlob: 'b'.repeat(40),
      ...f
    }))
  }
}

/** A real repository for phase tests: `main` with a tagged start (the pin). */
export async function phaseRepo(dir: string): Promise<FixtureRepo> {
  const home = join(dir, 'home')
  mkdirSync(home, { recursive: true })
  return FixtureRepo.init(join(dir, 'repo'), home)
}

/** pin..tip of a real repository as the walk shapes it, every step still taken. */
export async function walkStates(
  repo: FixtureRepo,
  pin: string,
  tip: string
): Promise<{ commits: CommitInfo[]; shape: RangeShape; states: StepState[] }> {
  const commits = await readCommits(repo.git, [`${pin}..${tip}`])
  const shape = shapeRange(commits, tip)
  return { commits, shape, states: initialStates(shape.steps) }
}

export const noSeries: ExistingSeries = { seriesFile: '/nonexistent/series', seriesText: '', patches: [] }

/** The text of numbered lines `name 1`…`name n`, with some lines replaced. */
export function numbered(name: string, n: number, replace: Record<number, string> = {}): string {
  return Array.from({ length: n }, (_, i) => replace[i + 1] ?? `${name} ${i + 1}`).join('\n') + '\n'
}
