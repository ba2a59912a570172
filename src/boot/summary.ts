import { tableCell } from '../markdown.js'
import type { BootReport } from './report-types.js'

/**
 * One-line renderings of a boot test: a TAP line for logs and a Markdown table row for the job
 * summary / the PR comment of the reusable workflow. Reasons and warnings hold guest text, so every
 * cell goes through the one escaper (src/markdown.ts): no table breakage, no HTML, no mentions or links.
 */
const ICON: Record<BootReport['result'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  skip: '⏭️ skip',
  error: '⚠️ error'
}

export const SUMMARY_HEADER =
  '| Guest | Result | Accel | Time to marker | Warnings | Reason |\n|---|---|---|---|---|---|'

export function summaryRow(r: BootReport): string {
  const marker = r.secondsToMarker === null ? '–' : `${r.secondsToMarker.toFixed(1)} s`
  const warnings = r.warnings.length === 0 ? '0' : `${r.warnings.length}: ${r.warnings[0].line.slice(0, 80)}`
  const cells = [r.name, ICON[r.result], r.accel.used ?? '–', marker, warnings, r.reason.slice(0, 300)]
  return `| ${cells.map(c => tableCell(c)).join(' | ')} |`
}

/** A TAP-style result line, e.g. `ok 1 - qemu-8.2 # accel=tcg 3.2 s` or `ok 1 - x # SKIP no KVM`. */
export function tapLine(r: BootReport, index = 1): string {
  const name = r.name.replace(/[\r\n#]/g, ' ')
  const why = r.reason.replace(/[\r\n]+/g, ' ')
  switch (r.result) {
    case 'pass':
      return `ok ${index} - ${name} # accel=${r.accel.used} ${r.secondsToMarker?.toFixed(1)} s, ${r.warnings.length} warning(s)`
    case 'skip':
      return `ok ${index} - ${name} # SKIP ${why}`
    default:
      return `not ok ${index} - ${name} # ${why}`
  }
}
