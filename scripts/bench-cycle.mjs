// `npm run bench:cycle`: what a kept upstream cache costs from one release cycle to the next,
// measured side by side in one run. Generates (git fast-import) an upstream with two stable
// branches: stable-1.0 (fixes, releases v1.0.1 and v1.0.2) and stable-2.0 (forked at v2.0.0, which
// merged v1.0.1; fixes and a merge of v1.0.2). Package A follows stable-1.0 from v1.0.0, package B
// stable-2.0 from v2.0.0. Three plans of B are timed (median of REPEAT runs each):
//  - cold: an empty cache;
//  - second cycle: the cache kept after A's plan and its track-mode move to v1.0.2 (written by
//    `apply` before feature freeze), and after B's own plan at its previous pin v2.0.0, with B now
//    pinned at v2.0.1 — the next release cycle on a desk that keeps its cache;
//  - warm, nothing new: the same plan again on that cache (same inputs: it reads the analysis the
//    second cycle stored beside the clone, src/engine/analysis-cache.ts).
// The second cycle must not be slower than a cold run, and a warm run must stay well under it; both
// must print the same plan as the cold run.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchSetup } from './bench-setup.mjs'

const FIXES = Number(process.env.BENCH_FIXES ?? 400)
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3)
const FILES = 100
const LINES = 60
const { root, cli, env, git } = benchSetup('stable-sync-bench-cycle-')

// ---- upstream -----------------------------------------------------------------------------------
// Files 0-49 are changed by stable-1.0, files 50-99 by master and stable-2.0 (on different lines),
// so every merge's tree is the union of both sides.
const upstream = join(root, 'upstream')
git(root, ['init', '-q', '-b', 'master', upstream])
const initial = Array.from({ length: FILES }, (_, f) =>
  Array.from({ length: LINES }, (_, l) => `file ${f} line ${l + 1}`)
)
const out = []
let mark = 0
let time = 1_700_000_000
const text = lines => lines.join('\n') + '\n'
/** A branch's files as it goes (copy-on-write per commit is not needed: arrays are replaced). */
const state = new Map()
const fork = (to, from) =>
  state.set(to, {
    files: state.get(from).files.map(f => [...f]),
    version: state.get(from).version,
    head: state.get(from).head
  })
function commit(branch, message, changes, merge) {
  const s = state.get(branch)
  mark++
  time += 60
  out.push(`commit refs/heads/${branch}\nmark :${mark}\ncommitter Bench <bench@example.org> ${time} +0000\n`)
  out.push(`data ${Buffer.byteLength(message)}\n${message}\n`)
  if (s.head) out.push(`from :${s.head}\n`)
  if (merge) out.push(`merge :${merge}\n`)
  for (const [path, content] of changes)
    out.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`)
  s.head = mark
  return mark
}
function fix(branch, i, f, line) {
  const s = state.get(branch)
  s.files[f][line] = `file ${f} line ${line + 1} fixed on ${branch} by fix ${i}`
  return commit(branch, `${branch} fix ${i}: file ${f}`, [[`src/f${f}.c`, text(s.files[f])]])
}
function release(branch, version) {
  state.get(branch).version = version
  const m = commit(branch, `Update version for ${version} release`, [['VERSION', `${version}\n`]])
  out.push(
    `tag v${version}\nfrom :${m}\ntagger Bench <bench@example.org> ${time} +0000\ndata ${version.length + 1}\nv${version}\n`
  )
  return m
}
/** Merge `from`'s files 0-49 (its side) into `into`. */
function mergeRelease(into, fromState, fromMark, version) {
  const s = state.get(into)
  for (let f = 0; f < 50; f++) s.files[f] = [...fromState.files[f]]
  return commit(
    into,
    `Merge tag v${version} into ${into}`,
    s.files.slice(0, 50).map((l, f) => [`src/f${f}.c`, text(l)]),
    fromMark
  )
}

state.set('master', { files: initial, version: '1.0.0', head: 0 })
commit('master', 'Initial import', [
  ['VERSION', '1.0.0\n'],
  ...initial.map((l, f) => [`src/f${f}.c`, text(l)])
])
out.push(`tag v1.0.0\nfrom :1\ntagger Bench <bench@example.org> ${time} +0000\ndata 7\nv1.0.0\n`)
fork('stable-1.0', 'master')
for (let i = 0; i < FIXES / 2; i++) fix('stable-1.0', i, i % 50, Math.floor(i / 50) * 3 + 2)
const v101 = release('stable-1.0', '1.0.1')
const at101 = { files: state.get('stable-1.0').files.map(f => [...f]) }
for (let i = FIXES / 2; i < FIXES; i++) fix('stable-1.0', i, i % 50, Math.floor(i / 50) * 3 + 2)
const v102 = release('stable-1.0', '1.0.2')
const at102 = { files: state.get('stable-1.0').files.map(f => [...f]) }
for (let i = 0; i < FIXES; i++) fix('master', i, 50 + (i % 50), Math.floor(i / 50) * 3 + 1)
mergeRelease('master', at101, v101, '1.0.1')
release('master', '2.0.0')
fork('stable-2.0', 'master')
for (let i = 0; i < FIXES / 4; i++) fix('stable-2.0', i, 50 + (i % 50), Math.floor(i / 50) * 3 + 33)
release('stable-2.0', '2.0.1')
for (let i = FIXES / 4; i < FIXES / 2; i++) fix('stable-2.0', i, 50 + (i % 50), Math.floor(i / 50) * 3 + 33)
mergeRelease('stable-2.0', at102, v102, '1.0.2')
for (let i = FIXES / 2; i < (3 * FIXES) / 4; i++)
  fix('stable-2.0', i, 50 + (i % 50), Math.floor(i / 50) * 3 + 33)
git(upstream, ['fast-import', '--quiet'], { input: out.join('') })
git(upstream, ['checkout', '-q', '-f', 'master'])

// ---- packaging repositories -----------------------------------------------------------------------
function packaging(name, branch, version) {
  const dir = join(root, name)
  mkdirSync(join(dir, 'debian', 'patches'), { recursive: true })
  mkdirSync(join(dir, '.github'), { recursive: true })
  writeFileSync(
    join(dir, 'debian', 'changelog'),
    `bench (${version}-1) unstable; urgency=medium\n\n  * Initial release.\n\n -- Bench <bench@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n`
  )
  mkdirSync(join(dir, 'debian', 'source'), { recursive: true })
  writeFileSync(join(dir, 'debian', 'source', 'format'), '3.0 (quilt)\n')
  writeFileSync(join(dir, 'debian', 'patches', 'series'), '')
  writeFileSync(
    join(dir, '.github', 'stable-sync.yml'),
    `maintainer: { name: Bench, email: bench@example.org }\ncalendar:\n  feature-freeze: '2026-11-01'\n  beta-freeze: '2026-12-01'\ntracks:\n  - name: bench\n    upstream: { url: ${upstream}, branch: ${branch}, tag: 'v{version}' }\n`
  )
  git(root, ['init', '-q', '-b', 'main', dir])
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '-m', 'Packaging'])
  return dir
}

// CPU time (user + system, the CLI and every git it waited for) besides wall time: on a shared,
// loaded machine the wall clock mostly measures the neighbours.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
function cli_(label, args, repo, cache) {
  const argv = [cli, ...args, '--repo', repo, '--cache-dir', cache, '--json', '--quiet']
  const timeFile = join(root, 'time.txt')
  const t = process.hrtime.bigint()
  const r = TIME
    ? spawnSync(TIME, ['-o', timeFile, '-f', '%U %S', 'node', ...argv], { env, maxBuffer: 1 << 30 })
    : spawnSync('node', argv, { env, maxBuffer: 1 << 30 })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit ${r.status}: ${r.stderr}`)
  const cpu = TIME
    ? readFileSync(timeFile, 'utf8')
        .trim()
        .split('\n')
        .pop()
        .split(' ')
        .reduce((a, x) => a + Number(x) * 1000, 0)
    : NaN
  return { ms, cpu, json: JSON.parse(r.stdout.toString()) }
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const plan = (repo, cache) => cli_('plan', ['plan', '--now', '2026-11-15'], repo, cache)
/** The plan's content, without what differs by path. */
const content = json => JSON.stringify(json.tracks)

const cold = []
const second = []
const warm = []
let expected
for (let k = 0; k < REPEAT; k++) {
  mkdirSync(join(root, `r${k}`), { recursive: true })
  const a = packaging(`r${k}/a`, 'stable-1.0', '1.0.0')
  const b = packaging(`r${k}/b`, 'stable-2.0', '2.0.0')
  const bNext = packaging(`r${k}/b-next`, 'stable-2.0', '2.0.1')
  // Cold: B at its new pin, empty cache.
  const c = plan(bNext, join(root, `r${k}/cold-cache`))
  cold.push(c)
  expected ??= content(c.json)
  if (content(c.json) !== expected) throw new Error('cold plans differ between repetitions')
  // The previous cycle on the kept cache: A planned and moved in track mode, B planned at v2.0.0.
  const kept = join(root, `r${k}/kept-cache`)
  plan(a, kept)
  const moved = cli_('apply (track mode)', ['apply', '--now', '2026-10-01'], a, kept)
  if (moved.json.tracks[0].move?.to?.tag !== 'v1.0.2')
    throw new Error(`A did not move to v1.0.2: ${JSON.stringify(moved.json.tracks[0].move?.to)}`)
  plan(b, kept)
  const s = plan(bNext, kept)
  second.push(s)
  if (content(s.json) !== expected)
    throw new Error('the second cycle on the kept cache planned differently from an empty cache')
  const w = plan(bNext, kept)
  warm.push(w)
  if (content(w.json) !== expected) throw new Error('the warm run planned differently from an empty cache')
}
const t = JSON.parse(expected)[0]
console.log(
  `upstream: ${FIXES} fixes on stable-1.0, ${FIXES} on master, ${(3 * FIXES) / 4} on stable-2.0 with a merge of v1.0.2; plan of stable-2.0 from v2.0.1: ${t.patches.length} patches, ${t.skipped.length} skipped, verification ${t.verification.status}`
)
const show = runs => runs.map(x => x.toFixed(0)).join(', ')
for (const [what, key] of [
  ['wall', 'ms'],
  ['CPU', 'cpu']
]) {
  if (key === 'cpu' && !TIME) break
  const [c, s2, w] = [cold, second, warm].map(runs => runs.map(r => r[key]))
  const [mc, ms, mw] = [median(c), median(s2), median(w)]
  console.log(`${what} time, median of ${REPEAT}:`)
  console.log(`  cold plan (empty cache):    ${mc.toFixed(0)} ms  (${show(c)})`)
  console.log(`  second cycle (kept cache):  ${ms.toFixed(0)} ms  (${show(s2)})`)
  console.log(`  warm, nothing new:          ${mw.toFixed(0)} ms  (${show(w)})`)
  console.log(`  ratio second cycle / cold:  ${(ms / mc).toFixed(2)}  (must be <= 1)`)
  console.log(`  ratio warm / cold:          ${(mw / mc).toFixed(2)}`)
}
if (process.env.BENCH_KEEP) console.log(`kept ${root}`)
else rmSync(root, { recursive: true, force: true })
