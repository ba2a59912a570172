// `npm run bench`: the engine's speed against `git format-patch --stdout` over the same range, and
// the bytes a cold fetch moves against a full clone, on two generated upstreams (git fast-import):
//  - synthetic: PRE commits before the pin and a stable branch of N commits after it, with clean
//    merges of side branches and version bumps;
//  - realistic (scripts/bench-history.mjs): the same size, shaped like a real long history: merges
//    with conflict resolutions, binary updates and text commits depending on them, reverts, renames,
//    commits that no longer apply once an earlier one is left out, a long run on one hot file.
// BENCH_HISTORY=synthetic|realistic picks one (default: both). Each gets a packaging repo pinned to
// the tag. Runs the CLI bundled with ncc from the current sources into the temp dir.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchSetup } from './bench-setup.mjs'
import { realisticHistory } from './bench-history.mjs'

const N = Number(process.env.BENCH_COMMITS ?? 10000)
const PRE = Number(process.env.BENCH_PRE ?? 20000)
const HISTORIES = (process.env.BENCH_HISTORY ?? 'synthetic,realistic').split(',')
const FILES = 300
const LINES = 80

const { root, cli, env, git } = benchSetup('stable-sync-bench-')

/** Microseconds to create (and write) one small file in `dir`, over 2,000 files. */
function fileCreationCost(dir) {
  const probe = mkdtempSync(join(dir, 'stable-sync-probe-'))
  const start = process.hrtime.bigint()
  for (let i = 0; i < 2000; i++) writeFileSync(join(probe, `${i}.patch`), 'x'.repeat(700))
  const us = Number(process.hrtime.bigint() - start) / 1e3 / 2000
  return { us, probe }
}

const ms = ns => Number(ns) / 1e6

// ---- the synthetic upstream, written as one fast-import stream ----
function syntheticHistory(upstream) {
  const files = Array.from({ length: FILES }, (_, f) =>
    Array.from({ length: LINES }, (_, l) => `file ${f} line ${l} original`)
  )
  const out = []
  let mark = 0
  let time = 1_600_000_000
  const fileText = f => files[f].join('\n') + '\n'
  const data = s => {
    const b = Buffer.from(s)
    return `data ${b.length}\n${s}\n`
  }
  function commit(branch, msg, changes, { from, merge } = {}) {
    mark++
    time += 60
    const who = `Dev ${mark % 50} <dev${mark % 50}@example.org> ${time} +0000`
    out.push(`commit refs/heads/${branch}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(msg)}`)
    if (from) out.push(`from ${from}\n`)
    if (merge) out.push(`merge ${merge}\n`)
    for (const [path, content] of changes) out.push(`M 100644 inline ${path}\n${data(content)}`)
    out.push('\n')
    return `:${mark}`
  }
  function edit(f, tag) {
    const l = (mark * 7) % LINES
    files[f][l] = `file ${f} line ${l} ${tag} ${mark}`
    return [`src/file${f}.c`, fileText(f)]
  }
  let head = commit('master', 'Initial import\n', [
    ['VERSION', '1.0.0\n'],
    ...files.map((_, f) => [`src/file${f}.c`, fileText(f)])
  ])
  for (let i = 0; i < PRE; i++)
    head = commit('master', `dev: change ${i}\n`, [edit(i % FILES, 'dev')], { from: head })
  const pinMark = head
  out.push(`reset refs/tags/v1.0.0\nfrom ${pinMark}\n\n`)
  let stable = pinMark
  let made = 0
  let version = 0
  while (made < N) {
    if (made % 100 === 99) {
      // Another stable branch's fixes, merged with --no-ff.
      // (fast-import takes a merge's tree from its first parent plus the listed changes.)
      let side = stable
      const touched = []
      for (let k = 0; k < 3; k++) {
        const change = edit((made + k * 13) % FILES, 'side')
        touched.push(change)
        side = commit(`side${made}`, `side: fix ${made}-${k}\n\nCc: qemu-stable@nongnu.org\n`, [change], {
          from: side
        })
      }
      const merged = new Map(touched.map(([p]) => [p, fileText(Number(p.slice(8, -2)))]))
      stable = commit('stable-1.0', `Merge branch 'side${made}' into stable-1.0\n`, [...merged], {
        from: stable,
        merge: side
      })
      made += 4
      continue
    }
    if (made % 500 === 250) {
      version++
      stable = commit(
        'stable-1.0',
        `Update version for 1.0.${version} release\n`,
        [['VERSION', `1.0.${version}\n`]],
        { from: stable }
      )
    } else {
      stable = commit(
        'stable-1.0',
        `fix: problem ${made}\n\n(cherry picked from commit ${(made + 1).toString(16).padStart(40, 'a')})\n`,
        [edit(made % FILES, 'fix')],
        { from: stable }
      )
    }
    made++
  }
  out.push(`reset refs/heads/master\nfrom ${head}\n\n`)
  let t = process.hrtime.bigint()
  git(upstream, ['fast-import', '--quiet'], { input: out.join('') })
  for (const b of git(upstream, ['for-each-ref', '--format=%(refname)', 'refs/heads/side*'])
    .toString()
    .trim()
    .split('\n'))
    git(upstream, ['update-ref', '-d', b])
  git(upstream, ['repack', '-adq'])
  console.log(
    `synthetic: generated ${PRE + N + 1} commits (${N} after the pin) in ${ms(process.hrtime.bigint() - t).toFixed(0)} ms`
  )
}

// ---- the packaging repo and the measurements ----
function timed(label, cmd, args, cwd, runEnv = env) {
  const start = process.hrtime.bigint()
  const r = spawnSync(cmd, args, {
    cwd,
    env: runEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30
  })
  const elapsed = ms(process.hrtime.bigint() - start)
  if (r.status !== 0 && r.status !== 1) {
    console.error(`${label} failed (exit ${r.status}): ${r.stderr}`)
    process.exit(1)
  }
  return elapsed
}
/** `plan --json`'s track (the analysis cache on: cheap after a plan of the same inputs). */
function planJson(packaging, cache) {
  const r = spawnSync('node', [cli, 'plan', '--repo', packaging, '--cache-dir', cache, '--json'], {
    env,
    maxBuffer: 1 << 30
  })
  return JSON.parse(r.stdout.toString()).tracks[0]
}
// STABLE_SYNC_NO_ANALYSIS_CACHE: the engine computes its analysis instead of reading a stored one.
const noAnalysisCache = { ...env, STABLE_SYNC_NO_ANALYSIS_CACHE: '1' }
const du = dir => Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0])

/** A packaging repo pinned to v1.0.0 of `upstream`; `declined`: upstream shas its config leaves out. */
function makePackaging(name, upstream, declined = []) {
  const packaging = join(root, `${name}-packaging`)
  mkdirSync(join(packaging, 'debian', 'patches'), { recursive: true })
  mkdirSync(join(packaging, 'debian', 'source'), { recursive: true })
  writeFileSync(
    join(packaging, 'debian', 'changelog'),
    'bench (1.0.0-1) unstable; urgency=medium\n\n  * Initial release.\n\n -- Bench <bench@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n'
  )
  writeFileSync(join(packaging, 'debian', 'source', 'format'), '3.0 (quilt)\n')
  writeFileSync(join(packaging, 'debian', 'patches', 'series'), '')
  mkdirSync(join(packaging, '.github'))
  writeFileSync(
    join(packaging, '.github', 'stable-sync.yml'),
    `maintainer: { name: Bench, email: bench@example.org }\ntracks:\n  - name: bench\n    upstream: { url: ${upstream}, branch: stable-1.0, tag: 'v{version}' }\n` +
      (declined.length
        ? `    exclude:\n      commits:\n${declined.map(sha => `        - { sha: ${sha}, reason: declined for the bench }\n`).join('')}`
        : '')
  )
  return packaging
}

/** One history: a cold plan (fetch included), then every command in turns, best of BENCH_RUNS rounds. */
function measure(name, upstream) {
  const packaging = makePackaging(name, upstream)
  const cache = join(root, `${name}-cache`)
  const cold = timed('cold plan', 'node', [cli, 'plan', '--repo', packaging, '--cache-dir', cache, '--json'])
  // Objects only: the cache also keeps the walk's metadata (stable-sync/walk-*.json) beside them.
  const coldBytes = readdirSync(join(cache, 'upstream')).reduce(
    (n, d) => n + du(join(cache, 'upstream', d, 'objects')),
    0
  )
  git(root, ['clone', '-q', '--bare', `file://${upstream}`, join(root, `${name}-full.git`)])
  const fullBytes = du(join(root, `${name}-full.git`, 'objects'))
  // What the plan finds (read from the analysis the cold plan stored), so a reader sees what was measured.
  const doc = planJson(packaging, cache)
  // A history with problems fails verification and apply writes nothing; a maintainer declines
  // those commits (the "leave out" box) and the next apply writes the series. The apply rows
  // measure that run, so they time the writing of every patch, not an early stop.
  const declined = [...new Set(doc.problems.map(p => p.sha))]
  const applyPackaging = declined.length ? makePackaging(`${name}-declined`, upstream, declined) : packaging
  const runs = Number(process.env.BENCH_RUNS ?? 5)
  // The commands take turns, round after round, so a machine whose speed drifts (a VM's neighbours)
  // slows all of them alike; each one's best round is kept.
  let copies = 0
  const rounds = {
    formatPatch: () =>
      timed('format-patch', 'git', ['format-patch', '--stdout', 'v1.0.0..stable-1.0'], upstream),
    // The same diffs written as one file per commit, as apply writes them: the cost of creating files.
    formatPatchFiles: () =>
      timed(
        'format-patch -o',
        'git',
        ['format-patch', '-q', '-o', join(root, `${name}-format-patch-${copies}`), 'v1.0.0..stable-1.0'],
        upstream
      ),
    // The warm rows measure the engine's work (walk, classify, prove) on a kept upstream cache, so
    // they run without the analysis cache: with the same inputs every round, it would answer each
    // run from the analysis stored by the first (that case is the row "analysis cached").
    plan: () =>
      timed(
        'plan',
        'node',
        [cli, 'plan', '--repo', packaging, '--cache-dir', cache, '--json'],
        undefined,
        noAnalysisCache
      ),
    // Each apply gets its own copy of the packaging repo; copies are removed only at the end (removing
    // 10,000 files right before a run makes the filesystem slow for the next one).
    apply: () => {
      const copy = join(root, `${name}-apply-${copies}`)
      cpSync(applyPackaging, copy, { recursive: true })
      return timed(
        'apply',
        'node',
        [cli, 'apply', '--repo', copy, '--cache-dir', cache, '--json'],
        undefined,
        noAnalysisCache
      )
    },
    planCached: () =>
      timed('plan (analysis cached)', 'node', [
        cli,
        'plan',
        '--repo',
        packaging,
        '--cache-dir',
        cache,
        '--json'
      ])
  }
  const times = Object.fromEntries(Object.keys(rounds).map(k => [k, []]))
  for (; copies < runs; copies++) for (const [k, fn] of Object.entries(rounds)) times[k].push(fn())
  const [formatPatch, formatPatchFiles, plan, apply, planCached] = Object.values(times).map(t =>
    Math.min(...t)
  )
  // What the last apply wrote: the rows are only worth something if it wrote the whole series.
  const written = readFileSync(join(root, `${name}-apply-${runs - 1}`, 'debian', 'patches', 'series'), 'utf8')
    .split('\n')
    .filter(Boolean).length
  const applied = declined.length ? planJson(applyPackaging, cache) : doc
  if (written !== applied.patches.length || applied.verification.status !== 'ok') {
    console.error(
      `${name}: apply wrote ${written} of ${applied.patches.length} patches (verification ${applied.verification.status})`
    )
    process.exit(1)
  }
  const kinds = {}
  for (const p of doc.problems) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1
  const row = (a, b, c) => console.log(`${a.padEnd(34)}${String(b).padStart(14)}${String(c).padStart(16)}`)
  console.log('')
  console.log(
    `${name}: ${doc.patches.length} patches, ${doc.skipped.length} skipped, problems ${JSON.stringify(kinds)}, ` +
      `verification ${doc.verification.status}`
  )
  row('', 'time (ms)', 'ratio / target')
  row('git format-patch --stdout', formatPatch.toFixed(0), '1')
  row(
    'git format-patch -o (one file each)',
    formatPatchFiles.toFixed(0),
    (formatPatchFiles / formatPatch).toFixed(2)
  )
  row('stable-sync plan (warm cache)', plan.toFixed(0), `${(plan / formatPatch).toFixed(2)} / ≤ 0.5`)
  if (declined.length)
    console.log(
      `apply: the ${declined.length} commits with problems declined in the config, it writes ${written} patches`
    )
  row('stable-sync apply (warm cache)', apply.toFixed(0), `${(apply / formatPatch).toFixed(2)} / ≤ 2`)
  row('stable-sync plan (cold fetch)', cold.toFixed(0), `${(cold / formatPatch).toFixed(2)} / ≤ 3`)
  row(
    'stable-sync plan (warm, same inputs: analysis cached)',
    planCached.toFixed(0),
    (planCached / formatPatch).toFixed(2)
  )
  console.log('')
  row('', 'bytes', 'ratio')
  row('cold fetch (objects after 1st run)', coldBytes, `${(coldBytes / fullBytes).toFixed(2)}`)
  row('full clone (objects, clone --bare)', fullBytes, '1')
}

for (const name of HISTORIES) {
  const upstream = join(root, `${name}-upstream`)
  git(root, ['init', '-q', '-b', 'master', upstream])
  if (name === 'synthetic') syntheticHistory(upstream)
  else if (name === 'realistic') {
    const t = process.hrtime.bigint()
    const made = realisticHistory(git, upstream, { N, PRE: Number(process.env.BENCH_PRE ?? 5000) })
    console.log(
      `realistic: generated ${JSON.stringify(made)} after the pin in ${ms(process.hrtime.bigint() - t).toFixed(0)} ms`
    )
  } else throw new Error(`BENCH_HISTORY: unknown history ${name} (synthetic, realistic)`)
  measure(name, upstream)
}

// The probe's files stay until the end (removing them earlier would slow the runs that follow).
const creation = fileCreationCost(root)
console.log('')
console.log(
  `fixtures in ${root}; creating a file there costs ${creation.us.toFixed(0)} µs ` +
    `(${((creation.us * 10000) / 1000).toFixed(0)} ms for 10,000)`
)
if (creation.us > 100)
  console.log(
    'warning: file creation is slow here (a disk busy with earlier deletions?): apply writes one file per patch; ' +
      'compare with the format-patch -o row, or set BENCH_TMPDIR to a RAM disk'
  )
if (!process.env.BENCH_KEEP) rmSync(root, { recursive: true, force: true })
else console.log(`kept ${root}`)
