import type { TrackConfig } from '../config/types.js'
import { shapeRange } from '../walk/structure.js'
import type { CommitInfo } from '../walk/types.js'
import { analyzeRange, type Analysis, type AnalyzeInput } from './analyze.js'
import type { SelectionReport } from './types.js'

/**
 * A selection (a freeze exception's ticked fixes) resolved by content: plan with every commit that is
 * not selected left out by sha; when a selected fix does not apply at fuzz 0, the nearest earlier
 * left-out commit that touches the same files is added and the range planned again, to a fixed point.
 * A selected fix that only applies inside its merge pulls in that merge's residual patch. Added
 * commits that turn out not to be needed are dropped again, so the result is the selection plus what
 * its fixes need, never what a merge happens to group with them. What cannot be resolved is reported
 * (`unresolved`), and the caller writes nothing.
 */
export interface SelectionAnalysis {
  analysis: Analysis
  report: SelectionReport
}

type Added = SelectionReport['added'][number]
type Analyze = (input: AnalyzeInput) => Promise<Analysis>

const short = (sha: string): string => sha.slice(0, 12)

export async function analyzeSelection(
  input: AnalyzeInput,
  selection: readonly string[],
  analyze: Analyze = analyzeRange
): Promise<SelectionAnalysis> {
  const selected = [...new Set(selection.map(s => s.toLowerCase()))]
  const run = (want: Set<string>): Promise<Analysis> =>
    analyze({ ...input, track: withSelection(input.track, want) })

  const want = new Set(selected)
  const added: Added[] = []
  let analysis = await run(want)
  let outcome = judge(analysis, input.tipSha, want, new Set(selected))
  while (outcome.needs.length && !outcome.unresolved.length) {
    const fresh = outcome.needs.filter(n => !want.has(n.sha))
    if (!fresh.length) {
      // Everything it asks for is in already and it still does not apply: a fixed point without a series.
      outcome.unresolved = outcome.needs.map(n => ({
        sha: n.neededBy,
        text: `${short(n.neededBy)} still does not apply with ${short(n.sha)} (${n.why})`
      }))
      break
    }
    for (const n of fresh) {
      if (want.has(n.sha)) continue
      want.add(n.sha)
      added.push(n)
    }
    analysis = await run(want)
    outcome = judge(analysis, input.tipSha, want, new Set(selected))
  }
  if (!outcome.unresolved.length) {
    // Nearest-first can add a commit a later addition made unnecessary: try without each one.
    for (const a of [...added].reverse()) {
      const trial = new Set([...want].filter(s => s !== a.sha))
      const without = await run(trial)
      const judged = judge(without, input.tipSha, trial, new Set(selected))
      if (judged.needs.length || judged.unresolved.length) continue
      want.delete(a.sha)
      added.splice(added.indexOf(a), 1)
      analysis = without
    }
  }
  return { analysis, report: { selected, added, unresolved: outcome.unresolved } }
}

function withSelection(track: TrackConfig, want: Set<string>): TrackConfig {
  return { ...track, selection: [...want] }
}

interface Judgement {
  needs: Added[]
  unresolved: SelectionReport['unresolved']
}

/** For each wanted commit the plan did not take: the commit it needs next, or why it cannot be taken. */
function judge(a: Analysis, tipSha: string, want: Set<string>, selected: Set<string>): Judgement {
  const shape = shapeRange(a.commits, tipSha)
  const order = new Map<string, number>()
  const mergeOf = new Map<string, CommitInfo>()
  shape.steps.forEach((s, i) => {
    order.set(s.commit.sha, i)
    if (s.kind === 'commit' && s.merge) mergeOf.set(s.commit.sha, s.merge)
  })
  const bySha = new Map(a.commits.map(c => [c.sha, c]))
  const taken = new Set(a.steps.flatMap(s => s.upstream))
  const problems = new Map(a.problems.filter(p => p.kind !== 'reduced').map(p => [p.sha, p]))
  const skipped = new Map(a.skipped.map(s => [s.sha, s]))
  const leftOut = a.skipped.filter(s => s.reason === 'not-selected')

  const needs: Added[] = []
  const unresolved: Judgement['unresolved'] = []
  const wanted = [...want].sort((x, y) => (order.get(x) ?? -1) - (order.get(y) ?? -1))
  for (const sha of wanted) {
    if (taken.has(sha)) continue
    const commit = bySha.get(sha)
    if (!commit) {
      unresolved.push({ sha, text: `${short(sha)} is not in the upstream range pin..tip` })
      continue
    }
    const problem = problems.get(sha)
    const merge = mergeOf.get(sha)
    // Folded into a wanted merge's resolution patch: it stands or falls with that merge.
    if (!problem && merge && want.has(merge.sha) && !skipped.has(sha)) continue
    if (problem?.kind === 'does-not-apply') {
      const files = new Set(commit.files.map(f => f.path))
      const before = order.get(sha) ?? 0
      // Commits inside a wanted merge are its resolution's business, not prerequisites of their own.
      const candidate = leftOut
        .filter(s => (order.get(s.sha) ?? Infinity) < before && !want.has(mergeOf.get(s.sha)?.sha ?? ''))
        .sort((x, y) => order.get(y.sha)! - order.get(x.sha)!)
        .map(s => ({ s, shared: (bySha.get(s.sha)?.files ?? []).map(f => f.path).filter(f => files.has(f)) }))
        .find(c => c.shared.length > 0)
      if (candidate) {
        needs.push({
          sha: candidate.s.sha,
          subject: candidate.s.subject,
          neededBy: sha,
          why: `${short(sha)} does not apply at fuzz 0 without it (both change ${candidate.shared.join(', ')})`
        })
      } else {
        // A declined commit is never added back: name it, the maintainer decides.
        const declined = a.skipped.find(
          k =>
            k.reason === 'declined' &&
            (order.get(k.sha) ?? Infinity) < before &&
            (bySha.get(k.sha)?.files ?? []).some(f => files.has(f.path))
        )
        unresolved.push({
          sha,
          text: declined
            ? `${short(sha)} does not apply at fuzz 0 without ${short(declined.sha)}, which exclude.commits declines`
            : `${short(sha)} does not apply at fuzz 0, and no earlier upstream commit left out changes the same files (${problem.text})`
        })
      }
      continue
    }
    if (problem) {
      unresolved.push({ sha, text: `${short(sha)} cannot be taken: ${problem.kind}: ${problem.text}` })
      continue
    }
    const skip = skipped.get(sha)
    if (skip?.reason === 'not-selected' && merge) {
      needs.push({
        sha: merge.sha,
        subject: merge.subject,
        neededBy: sha,
        why: `${short(sha)} does not apply on its own inside merge ${short(merge.sha)}: the merge's resolution patch carries it`
      })
      continue
    }
    // A merge with no change of its own, or an added commit another one already carries: nothing to take.
    if (!selected.has(sha) && skip && skip.reason !== 'declined') continue
    unresolved.push({
      sha,
      text: skip
        ? `${short(sha)} is skipped (${skip.reason}): ${skip.text}`
        : `${short(sha)} is not taken by the plan`
    })
  }
  return { needs, unresolved }
}
