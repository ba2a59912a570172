import { binaryBlobs } from '../../classify/binary.js'
import type { Git } from '../../git/gateway.js'
import type { CommitInfo } from '../../walk/types.js'
import { isTakenCommit, type StepState } from './state.js'

/**
 * Phase 3: a taken commit changing a binary file (a NUL byte anywhere in its old or new blob; all
 * blobs in one `cat-file --batch`, verdicts kept in `cacheFile`) is a problem: a quilt patch cannot
 * carry it. One whose files end with the tip's content anyway becomes a skip after the proof
 * (net-effect.ts).
 */
export async function markBinary(git: Git, states: StepState[], cacheFile?: string): Promise<void> {
  const blobsOf = (c: CommitInfo, kept: string[]): string[] =>
    c.files.filter(f => kept.includes(f.path)).flatMap(f => [f.oldBlob, f.newBlob])
  const taken = states.filter(isTakenCommit)
  const binary = await binaryBlobs(
    git,
    taken.flatMap(s => blobsOf(s.step.commit, s.decision.kept)),
    cacheFile
  )
  for (const s of taken) {
    const c = s.step.commit
    const bin = c.files.filter(
      f => s.decision.kept.includes(f.path) && (binary.has(f.oldBlob) || binary.has(f.newBlob))
    )
    if (bin.length) {
      s.decision = {
        ...s.decision,
        action: 'problem',
        kind: 'binary',
        text: `changes binary file${bin.length > 1 ? 's' : ''} ${bin.map(f => f.path).join(', ')}: a quilt patch cannot carry it; take it by hand`
      }
    }
  }
}
