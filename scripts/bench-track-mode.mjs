// `npm run bench:track-mode`: the cost of track mode's move proposal (before feature freeze) against
// the plain fix-only plan on the same repository. Generates (git fast-import) an upstream whose stable
// branch has FIXES one-line fixes after v1.0.0, a release tag v1.0.1 after the first RELEASED of them,
// and a packaging repo that already carries every fix as a patch (written by `apply` in fixes mode).
// The move must drop RELEASED patches by content and verify the rest on v1.0.1.
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchSetup } from './bench-setup.mjs'

const FIXES = Number(process.env.BENCH_FIXES ?? 300)
const RELEASED = Number(process.env.BENCH_RELEASED ?? 200)
const FILES = 100
const LINES = 60
const { root, cli, env, git } = benchSetup('stable-sync-bench-track-')

// ---- upstream: v1.0.0, FIXES fixes (one line each, round-robin over the files), v1.0.1 after RELEASED
const upstream = join(root, 'upstream')
git(root, ['init', '-q', '-b', 'stable-1.0', upstream])
const files = Array.from({ length: FILES }, (_, f) =>
  Array.from({ length: LINES }, (_, l) => `file ${f} line ${l + 1}`)
)
const out = []
let mark = 0
let time = 1_700_000_000
const commit = (message, changes) => {
  mark++
  time += 60
  out.push(`commit refs/heads/stable-1.0\nmark :${mark}\ncommitter Bench <bench@example.org> ${time} +0000\n`)
  out.push(`data ${Buffer.byteLength(message)}\n${message}\n`)
  if (mark > 1) out.push(`from :${mark - 1}\n`)
  for (const [path, text] of changes)
    out.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`)
  return mark
}
commit('Initial import', [
  ['VERSION', '1.0.0\n'],
  ...files.map((l, f) => [`src/f${f}.c`, l.join('\n') + '\n'])
])
out.push(`tag v1.0.0\nfrom :1\ntagger Bench <bench@example.org> ${time} +0000\ndata 6\nv1.0.0\n`)
for (let i = 0; i < FIXES; i++) {
  const f = i % FILES
  const line = Math.floor(i / FILES) * 7 + 3
  files[f][line] = `file ${f} line ${line + 1} fixed by fix ${i}`
  commit(`fix ${i}: file ${f}`, [[`src/f${f}.c`, files[f].join('\n') + '\n']])
  if (i === RELEASED - 1) {
    const m = commit('Update version for 1.0.1 release', [['VERSION', '1.0.1\n']])
    out.push(`tag v1.0.1\nfrom :${m}\ntagger Bench <bench@example.org> ${time} +0000\ndata 6\nv1.0.1\n`)
  }
}
git(upstream, ['fast-import', '--quiet'], { input: out.join('') })
git(upstream, ['checkout', '-q', '-f', 'stable-1.0'])

// ---- packaging repo pinned to v1.0.0, with a calendar
const packaging = join(root, 'packaging')
mkdirSync(join(packaging, 'debian', 'patches'), { recursive: true })
mkdirSync(join(packaging, '.github'), { recursive: true })
writeFileSync(
  join(packaging, 'debian', 'changelog'),
  'bench (1.0.0-1) unstable; urgency=medium\n\n  * Initial release.\n\n -- Bench <bench@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n'
)
writeFileSync(join(packaging, 'debian', 'patches', 'series'), '')
writeFileSync(
  join(packaging, '.github', 'stable-sync.yml'),
  `maintainer: { name: Bench, email: bench@example.org }\ncalendar:\n  feature-freeze: '2026-11-01'\n  beta-freeze: '2026-12-01'\ntracks:\n  - name: bench\n    upstream: { url: ${upstream}, branch: stable-1.0, tag: 'v{version}' }\n`
)
const cache = join(root, 'cache')
const run = (label, args) => {
  const t = process.hrtime.bigint()
  const r = spawnSync('node', [cli, ...args, '--repo', packaging, '--cache-dir', cache, '--json'], {
    env,
    maxBuffer: 1 << 30
  })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${label}: exit ${r.status}: ${r.stderr}`)
  return { ms, json: JSON.parse(r.stdout.toString()) }
}
run('apply (fixes mode)', ['apply', '--now', '2026-11-15'])
const fixesPlan = run('plan (fixes mode)', ['plan', '--now', '2026-11-15'])
const trackPlan = run('plan (track mode)', ['plan', '--now', '2026-10-01'])
const move = trackPlan.json.tracks[0].move
if (
  !move ||
  move.dropped.length !== RELEASED ||
  move.kept.length !== FIXES - RELEASED ||
  move.verification.status !== 'ok'
) {
  throw new Error(
    `unexpected move: ${JSON.stringify(move && { dropped: move.dropped.length, kept: move.kept.length, v: move.verification })}`
  )
}
console.log(`series of ${FIXES} stable patches, release v1.0.1 contains ${RELEASED} of them`)
console.log(`plan, fixes mode (all carried):     ${fixesPlan.ms.toFixed(0)} ms`)
console.log(`plan, track mode (move proposal):   ${trackPlan.ms.toFixed(0)} ms`)
console.log(
  `  dropped ${move.dropped.length} by content (${move.dropped.filter(d => d.how === 'patch-id').length} by patch-id), kept ${move.kept.length}, verified on ${move.to.tag}`
)
console.log(`  per series patch: ${(trackPlan.ms / FIXES).toFixed(1)} ms`)
rmSync(root, { recursive: true, force: true })
