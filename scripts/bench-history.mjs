// A generated upstream shaped like a real long stable history (what makes plan expensive), for
// `npm run bench`: merges of other branches (some with conflict resolutions), BIOS-like binary
// updates with a text header changed alongside and text commits later depending on it, reverts (and
// a commit depending on the reverted change), renames, a long run of commits on one hot file, a
// merged release branch whose binary change the pinned tree already has, version bumps. Written with
// git fast-import in segments, so a revert can name the sha of the commit it reverts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A small seeded PRNG (mulberry32): the same history on every run. */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FILES = 400
const LINES = 80
const HOT_LINES = 400
const ROMS = 6
const SEGMENT = 500

/**
 * Write the history into the (initialized) repository `dir` with `git(dir, args, opts)`: PRE commits
 * on master, tag v1.0.0 (the pin), then about N commits on stable-1.0. Returns counts of what it made.
 */
export function realisticHistory(git, dir, { N, PRE, seed = 42 }) {
  const rnd = prng(seed)
  const pick = n => Math.floor(rnd() * n)
  const marksFile = join(dir, '..', 'bench-history.marks')
  let out = []
  let mark = 0
  let time = 1_600_000_000
  const made = { merges: 0, conflicts: 0, binary: 0, reverts: 0, renames: 0, hot: 0, dependent: 0 }
  const shaOf = new Map()

  const text = lines => Buffer.from(lines.join('\n') + '\n')
  const rom = () => {
    const b = Buffer.alloc(2048)
    for (let i = 0; i < b.length; i++) b[i] = pick(4) === 0 ? 0 : pick(256)
    return b
  }
  // Files: path → lines (text) or Buffer (binary); snapshots are copy-on-write Maps.
  let files = new Map()
  for (let f = 0; f < FILES; f++)
    files.set(
      `src/file${f}.c`,
      Array.from({ length: LINES }, (_, l) => `file ${f} line ${l} original`)
    )
  files.set(
    'src/hot.c',
    Array.from({ length: HOT_LINES }, (_, l) => `hot line ${l} original`)
  )
  for (let r = 0; r < ROMS; r++) {
    files.set(`roms/bios${r}.bin`, rom())
    files.set(
      `roms/bios${r}.h`,
      Array.from({ length: 50 }, (_, l) => `#define BIOS${r}_${l} ${l}`)
    )
  }
  for (let k = 0; k < 40; k++)
    files.set(
      `src/old/m${k}.c`,
      Array.from({ length: 30 }, (_, l) => `moved ${k} line ${l}`)
    )
  files.set('VERSION', ['1.0.0'])

  const data = content => {
    const b = Buffer.isBuffer(content) ? content : text(content)
    return [Buffer.from(`data ${b.length}\n`), b, Buffer.from('\n')]
  }
  /** One commit; `changes` are paths whose new content is in `state` (absent = deleted). */
  function commit(branch, msg, state, changes, { from, merge } = {}) {
    mark++
    time += 60
    const who = `Dev ${mark % 50} <dev${mark % 50}@example.org> ${time} +0000`
    out.push(Buffer.from(`commit refs/heads/${branch}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n`))
    out.push(...data(Buffer.from(msg)))
    if (from) out.push(Buffer.from(`from ${from}\n`))
    if (merge) out.push(Buffer.from(`merge ${merge}\n`))
    for (const p of changes) {
      if (!state.has(p)) out.push(Buffer.from(`D ${p}\n`))
      else out.push(Buffer.from(`M 100644 inline ${p}\n`), ...data(state.get(p)))
    }
    out.push(Buffer.from('\n'))
    return `:${mark}`
  }
  function flush() {
    if (out.length === 0) return
    git(
      dir,
      ['fast-import', '--quiet', `--import-marks-if-exists=${marksFile}`, `--export-marks=${marksFile}`],
      {
        input: Buffer.concat(out)
      }
    )
    out = []
    for (const line of readFileSync(marksFile, 'utf8').split('\n')) {
      const [m, sha] = line.split(' ')
      if (m && sha) shaOf.set(m, sha)
    }
  }
  const edit = (state, path, line, value) => {
    const next = new Map(state)
    const lines = [...state.get(path)]
    lines[line] = value
    next.set(path, lines)
    return next
  }
  const textFiles = () => [...files.keys()].filter(p => p.startsWith('src/file'))

  // ---- before the pin ----
  let head = commit('master', 'Initial import\n', files, [...files.keys()])
  const pre = Math.max(PRE, 10)
  let releaseBase
  for (let i = 0; i < pre; i++) {
    if (i === Math.floor(pre / 2)) releaseBase = { mark: head, files }
    if (i === Math.floor(pre / 2) + 3) {
      // The BIOS update a release branch will bring in again after the pin (the pin has it already).
      files = new Map(files).set('roms/bios0.bin', rom())
      head = commit('master', 'roms: update SeaBIOS image\n', files, ['roms/bios0.bin'], { from: head })
      continue
    }
    const p = `src/file${i % FILES}.c`
    files = edit(files, p, (i * 7) % LINES, `file ${i % FILES} line ${(i * 7) % LINES} dev ${i}`)
    head = commit('master', `dev: change ${i}\n`, files, [p], { from: head })
  }
  out.push(Buffer.from(`reset refs/tags/v1.0.0\nfrom ${head}\n\n`))
  const pinFiles = files
  flush()

  // ---- the stable branch ----
  let stable = head
  const history = [{ mark: stable, files, edits: 0 }] // stable snapshots, to fork side branches from
  let n = 0
  let version = 0
  let renamed = 0
  const pendingReverts = [] // { at, target: mark, path, line, before, after, subject }
  const pendingDependents = [] // { at, path, line, subject }
  const take = (msg, changes, state) => {
    files = state
    stable = commit('stable-1.0', msg, files, changes, { from: stable })
    history.push({ mark: stable, files, edits: edits.length })
    n++
  }
  const edits = [] // [path, line] of every stable fix on a src/file*.c, in order
  const fix = (path, line, tag) => {
    if (path.startsWith('src/file')) edits.push([path, line])
    const value = `${path} line ${line} ${tag} ${mark}`
    const before = files.get(path)[line]
    take(
      `fix: ${tag} in ${path}\n\n(cherry picked from commit ${(mark + 1).toString(16).padStart(40, 'a')})\n`,
      [path],
      edit(files, path, line, value)
    )
    return { target: stable, path, line, before, after: value }
  }
  let nextSegment = SEGMENT
  let released = false
  let hotStarted = false
  while (n < N) {
    if (n >= nextSegment) {
      flush()
      nextSegment += SEGMENT
    }
    const due = pendingDependents.findIndex(d => d.at <= n)
    if (due !== -1) {
      const d = pendingDependents.splice(due, 1)[0]
      fix(d.path, d.line, d.subject)
      made.dependent++
      continue
    }
    const rev = pendingReverts.findIndex(r => r.at <= n && shaOf.has(r.target))
    if (rev !== -1) {
      const r = pendingReverts.splice(rev, 1)[0]
      if (files.get(r.path)?.[r.line] === r.after) {
        take(
          `Revert "fix in ${r.path}"\n\nThis reverts commit ${shaOf.get(r.target)}.\n`,
          [r.path],
          edit(files, r.path, r.line, r.before)
        )
        made.reverts++
        continue
      }
    }
    if (!released && n >= N / 3) {
      // A release branch forked before the pin, merged after it: its BIOS update is the pin's already.
      released = true
      let side = releaseBase.mark
      let sideFiles = releaseBase.files
      sideFiles = new Map(sideFiles).set('roms/bios0.bin', pinFiles.get('roms/bios0.bin'))
      side = commit('release', 'roms: update SeaBIOS image\n', sideFiles, ['roms/bios0.bin'], { from: side })
      const merged = new Map(files)
      stable = commit('stable-1.0', "Merge tag 'v0.9.9' into stable-1.0\n", merged, [], {
        from: stable,
        merge: side
      })
      history.push({ mark: stable, files, edits: edits.length })
      made.merges++
      n += 2
      continue
    }
    if (n % 40 === 39) {
      // Another branch's fixes, forked a while ago and merged with --no-ff (three-way, line by line).
      const base = history[Math.max(0, history.length - 1 - 5 - pick(150))]
      let side = base.mark
      let sideFiles = base.files
      const touched = new Set()
      const count = 2 + pick(5)
      for (let k = 0; k < count; k++) {
        // Sometimes a line the branch changed meanwhile: that merge needs a conflict resolution.
        const recent = edits.slice(base.edits)
        const [p, line] =
          k === 0 && recent.length && pick(4) === 0
            ? recent[pick(recent.length)]
            : [textFiles()[pick(FILES)], pick(LINES)]
        sideFiles = edit(sideFiles, p, line, `${p} line ${line} side ${mark}`)
        touched.add(p)
        side = commit(`side${n}`, `side: fix ${n}-${k}\n\nCc: qemu-stable@nongnu.org\n`, sideFiles, [p], {
          from: side
        })
      }
      const merged = new Map(files)
      let conflict = false
      for (const p of touched) {
        const b = base.files.get(p)
        const ours = files.get(p)
        const theirs = sideFiles.get(p)
        merged.set(
          p,
          ours.map((o, l) => {
            if (o === b[l]) return theirs[l]
            if (theirs[l] === b[l] || theirs[l] === o) return o
            conflict = true
            return `${p} line ${l} resolved in merge ${mark + 1}`
          })
        )
      }
      const changed = [...touched].filter(p => merged.get(p).join('\n') !== files.get(p).join('\n'))
      files = merged
      stable = commit('stable-1.0', `Merge branch 'side${n}' into stable-1.0\n`, files, changed, {
        from: stable,
        merge: side
      })
      history.push({ mark: stable, files, edits: edits.length })
      made.merges++
      if (conflict) made.conflicts++
      n += count + 1
      continue
    }
    if (n % 500 === 250) {
      version++
      take(
        `Update version for 1.0.${version} release\n`,
        ['VERSION'],
        new Map(files).set('VERSION', [`1.0.${version}`])
      )
      continue
    }
    if (n % 450 === 100) {
      // A BIOS update with its header: the patch cannot carry it, and a later fix next to the
      // header's changed line does not apply without it; one far from it does.
      const r = pick(ROMS)
      const h = `roms/bios${r}.h`
      const next = edit(files, h, 10, `#define BIOS${r}_VERSION ${mark}`)
      next.set(`roms/bios${r}.bin`, rom())
      take(`roms: update bios${r}\n`, [`roms/bios${r}.bin`, h], next)
      made.binary++
      pendingDependents.push({ at: n + 5, path: h, line: 11, subject: 'bios header follow-up' })
      pendingDependents.push({ at: n + 60, path: h, line: 40, subject: 'bios header unrelated' })
      continue
    }
    if (n % 330 === 17) {
      // A fix reverted later, with a fix right after it that depends on it (context).
      const p = textFiles()[pick(FILES)]
      const line = 5 + pick(LINES - 10)
      const r = fix(p, line, 'to be reverted')
      pendingReverts.push({ ...r, at: n + SEGMENT + pick(200) })
      pendingDependents.push({ at: n + 1, path: p, line: line + 1, subject: 'builds on the reverted one' })
      continue
    }
    if (n % 250 === 120 && renamed < 40) {
      const from = `src/old/m${renamed}.c`
      const to = `src/new/m${renamed}.c`
      const next = new Map(files)
      next.set(to, files.get(from))
      next.delete(from)
      take(`move ${from} to ${to}\n`, [from, to], next)
      pendingDependents.push({ at: n + 20, path: to, line: 3, subject: 'fix in the moved file' })
      renamed++
      made.renames++
      continue
    }
    if (n >= N * 0.6 && n < N * 0.6 + 300) {
      // The long run on one hot file; the run starts right after a left-out change to it.
      if (!hotStarted) {
        hotStarted = true
        const next = edit(files, 'src/hot.c', 0, `hot line 0 changed with the rom ${mark}`)
        next.set('roms/bios5.bin', rom())
        take('roms: update bios5 and hot.c\n', ['roms/bios5.bin', 'src/hot.c'], next)
        made.binary++
        continue
      }
      fix('src/hot.c', 5 + ((n * 13) % (HOT_LINES - 10)), 'hot')
      made.hot++
      continue
    }
    fix(textFiles()[pick(FILES)], pick(LINES), 'fix')
  }
  out.push(Buffer.from(`reset refs/heads/master\nfrom ${head}\n\n`))
  flush()
  for (const b of git(dir, ['for-each-ref', '--format=%(refname)', 'refs/heads/side*', 'refs/heads/release'])
    .toString()
    .trim()
    .split('\n')
    .filter(Boolean))
    git(dir, ['update-ref', '-d', b])
  git(dir, ['repack', '-adq'])
  return { commits: n, ...made }
}
