import { join } from 'node:path'
import type { Git } from '../git/gateway.js'
import type { ExistingSeries } from '../series/existing.js'
import { ScratchIndex } from './index-apply.js'
import type { Entry } from './tree-state.js'

/** The package's own series on the pinned tree: which patch fails, or what it changes. */
export type OwnSeriesResult =
  { failed: string; changed?: undefined } | { failed?: undefined; changed: [string, Entry][] }

/**
 * Apply the package's own patches (quilt patches in any form git apply reads) onto the pinned tree
 * in a scratch index, with git itself: they are the package's, not upstream's, so their headers and
 * quirks are git's to read. Returns the entries of the files they change.
 */
export async function applyOwnSeries(
  git: Git,
  tmpDir: string,
  pinSha: string,
  existing: ExistingSeries
): Promise<OwnSeriesResult> {
  const index = new ScratchIndex(git, join(tmpDir, 'own-series.index'))
  await index.readTree(pinSha)
  const failed = await index.applyUntilFailure(existing.patches.map(p => Buffer.from(p.diff, 'latin1')))
  if (failed !== -1) return { failed: existing.patches[failed].file }
  return { changed: await index.changedEntries(pinSha) }
}
