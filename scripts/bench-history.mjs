// A generated upstream shaped like a real long stable history (what makes plan expensive), for
// `npm run bench`: merges of other branches (some with conflict resolutions), BIOS-like binary
// updates with a text header changed alongside and text commits later depending on it, reverts (and
// a commit depending on the reverted change), renames, a long run of commits on one hot file, a
// merged release branch whose binary change the pinned tree already has, version bumps. Written with
// one git fast-import running beside the generator, asked on the way for the sha a revert names.
//
// Sizes are those of QEMU/Linux stable history, because they set the baseline: `git format-patch`
// reads both blobs of every changed file and diffs them, so its cost per commit grows with the files'
// length and the diff's, while the engine's per-process costs do not. With 80-line files and one-line
// fixes format-patch cost ~0.15 ms a commit here against ~1.4 ms on a real QEMU range, which made
// every ratio look several times worse than on real data. So: 600 C-like source files of 100 to
// 4,000 lines in 30 directories (log-normal, median ~520, mean ~830; lines of ~34 characters, 8 %
// blank), a 3,000-line hot file; a fix changes 1–3 files in 1–3 hunks each, a hunk replaces,
// inserts or deletes 1–15 lines (so line numbers shift and later patches apply at an offset), and
// each commit message has a body and sign-offs. Lines are ids into one text table, so a merge can
// align base, ours and theirs by identity (a three-way merge that stays right with insertions and
// deletions, even where texts repeat, like `}` or blank lines).
import { execFileSync, spawn } from 'node:child_process'
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
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

const FILES = 600
const DIRS = 30
const HOT_LINES = 3000
const HEADER_LINES = 160
const ROMS = 6
const ROM_BYTES = 128 * 1024
/** Stable snapshots kept to fork side branches from (they fork at most 155 commits back). */
const HISTORY_WINDOW = 200

const WORDS = (
  'dev state reg addr val len buf offset size irq ctx opaque queue desc index ret err flags mask cpu ' +
  'bus port slot pci usb vq req cmd data mem region timer clock config status mode count entry node ' +
  'table page bits level vector id phys dma ring head tail cur next prev host guest vm sector block'
).split(' ')
const TYPES = 'int|uint32_t|uint64_t|bool|size_t|hwaddr|void *|char *|MemoryRegion *|DeviceState *'.split('|')
const CALLS = (
  'qemu_log_mask error_setg memory_region_init_io qemu_irq_raise qemu_irq_lower g_free g_malloc0 ' +
  'trace_dev_write object_property_set_int virtio_notify pci_set_word timer_mod address_space_read ' +
  'ldl_le_p stl_le_p assert memcpy qemu_mutex_lock qemu_mutex_unlock'
).split(' ')
const TEXT = (
  'the a this when if device guest host register value is not was be can so that with on for in of to ' +
  'and after before without reset migration buffer length check overflow handle correctly fails returns ' +
  'state queue write read interrupt error path leak memory use free bounds index wrong instead only'
).split(' ')

/**
 * One `git fast-import` of the whole history into `dir`, running beside the generator (its input
 * and its answers go through two FIFOs, so writing blocks only while the pipe is full and the sha of
 * an earlier commit, which a revert names, can be asked for on the way). fast-import tries to
 * deltify a blob only against the blob written just before it (another file's, here), which fails
 * and costs ~20 %, so it stores whole blobs (--depth=0), deflated at level 1 (~3x cheaper than the
 * default). It also grows and shrinks its heap with brk for every large blob; glibc's default
 * trimming made that ~10x slower (sys time) than the import itself, hence the large top pad.
 */
function fastImport(dir) {
  const input = join(dir, '..', 'bench-history.in')
  const answers = join(dir, '..', 'bench-history.out')
  rmSync(input, { force: true })
  rmSync(answers, { force: true })
  execFileSync('mkfifo', [input, answers])
  // The shell opens the FIFOs in the order this process opens their other ends (each open waits).
  spawn(
    'sh',
    [
      '-c',
      'exec git -c pack.compression=1 fast-import --depth=0 --quiet --cat-blob-fd=3 <"$0" 3>"$1"',
      input,
      answers
    ],
    {
      cwd: dir,
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GLIBC_TUNABLES: 'glibc.malloc.top_pad=268435456'
      },
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
  const to = openSync(input, 'w')
  const from = openSync(answers, 'r')
  let pending = []
  let size = 0
  const flush = () => {
    const b = Buffer.concat(pending)
    for (let off = 0; off < b.length;) off += writeSync(to, b, off)
    pending = []
    size = 0
  }
  return {
    write(...bufs) {
      for (const b of bufs) {
        pending.push(b)
        size += b.length
      }
      if (size > 1 << 20) flush()
    },
    /** The sha of commit `mark` (written earlier). */
    sha(mark) {
      pending.push(Buffer.from(`get-mark ${mark}\n`))
      flush()
      let line = ''
      const b = Buffer.alloc(128)
      while (!line.endsWith('\n')) {
        const k = readSync(from, b, 0, b.length, null)
        if (k === 0) throw new Error(`git fast-import ended before answering get-mark ${mark}`)
        line += b.toString('latin1', 0, k)
      }
      return line.trim()
    },
    /** Ends the import and waits for fast-import to exit (its answer pipe closes). */
    end() {
      flush()
      closeSync(to)
      const b = Buffer.alloc(128)
      while (readSync(from, b, 0, b.length, null) > 0);
      closeSync(from)
      rmSync(input)
      rmSync(answers)
    }
  }
}

/**
 * Write the history into the (initialized) repository `dir` with `git(dir, args, opts)`: PRE commits
 * on master, tag v1.0.0 (the pin), then about N commits on stable-1.0. Returns counts of what it made,
 * `linesChanged` being the lines added plus removed by the non-merge commits after the pin.
 */
export function realisticHistory(git, dir, { N, PRE, seed = 42 }) {
  const rnd = prng(seed)
  const pick = n => Math.floor(rnd() * n)
  const pickOf = a => a[pick(a.length)]
  const stream = fastImport(dir)
  let mark = 0
  let time = 1_600_000_000
  const made = { merges: 0, conflicts: 0, binary: 0, reverts: 0, renames: 0, hot: 0, dependent: 0 }
  let linesChanged = 0
  let afterPin = false

  // ---- text: C-like lines and commit messages ----
  const texts = [] // line id → text; a file is an array of line ids
  const lineId = s => texts.push(s) - 1
  const ident = () => {
    let s = pickOf(WORDS)
    for (let k = 1 + pick(2); k > 0; k--) s += '_' + pickOf(WORDS)
    return s
  }
  const num = () => (pick(3) === 0 ? `0x${pick(65536).toString(16)}` : String(pick(64)))
  const expr = () =>
    [
      () => ident(),
      () => `s->${ident()}`,
      () => `${ident()} + ${num()}`,
      () => `${ident()} & ${num()}`,
      () => `${pickOf(CALLS)}(${ident()})`
    ][pick(5)]()
  const words = (k, pad = '') => Array.from({ length: k }, () => pickOf(TEXT)).join(' ') + pad
  /** One line of C; `code` leaves out blank lines and lone braces (a fix's lines are distinct). */
  const cLine = code => {
    const indent = '    '.repeat([0, 1, 1, 1, 1, 2, 2, 2, 3][pick(9)])
    switch (pick(code ? 9 : 12)) {
      case 0:
        return `${indent}${ident()} = ${expr()};`
      case 1:
        return `${indent}if (${expr()} ${pickOf(['<', '>=', '==', '!='])} ${num()}) {`
      case 2:
        return `${indent}return ${expr()};`
      case 3:
        return `${indent}${pickOf(TYPES)} ${ident()};`
      case 4:
        return `${indent}${pickOf(CALLS)}(${ident()}, ${expr()});`
      case 5:
        return `${indent}/* ${words(3 + pick(5))} */`
      case 6:
        return `${indent}s->${ident()} = ${expr()};`
      case 7:
        return `static ${pickOf(TYPES)} ${ident()}(${pickOf(TYPES)} ${ident()})`
      case 8:
        return `${indent}${ident()} = ${pickOf(CALLS)}(s->${ident()}, ${expr()}, ${num()});`
      case 9:
        return ''
      case 10:
        return `${indent}}`
      default:
        return pick(2) ? `${indent}break;` : `${indent}} else {`
    }
  }
  const cLines = (k, code) => Array.from({ length: k }, () => lineId(cLine(code)))
  /** A length from a log-normal (median 500 lines, sigma 1.15), kept within 100..4,000 lines. */
  const fileLength = () => {
    const g = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd())
    return Math.max(100, Math.min(4000, Math.round(500 * Math.exp(1.15 * g))))
  }
  const person = () => {
    const d = pick(200)
    return `Dev ${d} <dev${d}@example.org>`
  }
  /**
   * A commit message as upstream writes them: subject, `lead` (a revert's first line), a wrapped
   * body of 5–15 lines, sign-offs, then `trailers`.
   */
  const message = (subject, trailers = [], lead) => {
    const body = Array.from({ length: 5 + pick(11) }, () => words(8 + pick(5)))
    if (lead) body.unshift(lead, '')
    const tags = [`Signed-off-by: ${person()}`]
    if (pick(2)) tags.push(`Reviewed-by: ${person()}`)
    return `${subject}\n\n${body.join('\n')}\n\n${[...tags, ...trailers].join('\n')}\n`
  }
  const backport = () => [
    `(cherry picked from commit ${(mark + 1).toString(16).padStart(40, 'a')})`,
    'Signed-off-by: Stable Maintainer <stable@example.org>'
  ]

  // Written line by line into one buffer (the texts are ASCII): no big intermediate string.
  const text = ids => {
    let size = ids.length
    for (const id of ids) size += texts[id].length
    const b = Buffer.allocUnsafe(size)
    let off = 0
    for (const id of ids) {
      off += b.write(texts[id], off, 'latin1')
      b[off++] = 10
    }
    return b
  }
  const rom = () => {
    const b = Buffer.alloc(ROM_BYTES)
    for (let i = 0; i < b.length; i += 4) b.writeUInt32LE(pick(4) === 0 ? 0 : pick(4294967296), i)
    return b
  }
  // Files: path → line ids (text) or Buffer (binary); snapshots are copy-on-write Maps.
  let files = new Map()
  // In directories of ~20 files, as a real tree (one directory of 600 would be rewritten by every commit).
  for (let f = 0; f < FILES; f++) files.set(`src/${WORDS[f % DIRS]}/file${f}.c`, cLines(fileLength()))
  files.set('src/hot.c', cLines(HOT_LINES))
  for (let r = 0; r < ROMS; r++) {
    files.set(`roms/bios${r}.bin`, rom())
    files.set(
      `roms/bios${r}.h`,
      Array.from({ length: HEADER_LINES }, (_, l) =>
        lineId(`#define BIOS${r}_${ident().toUpperCase()}_${l} 0x${pick(65536).toString(16)}`)
      )
    )
  }
  for (let k = 0; k < 40; k++) files.set(`src/old/m${k}.c`, cLines(100 + pick(500)))
  files.set('VERSION', [lineId('1.0.0')])
  const textFiles = [...files.keys()].filter(p => p.includes('/file'))
  const isTextFile = new Set(textFiles)

  const data = content => {
    const b = Buffer.isBuffer(content) ? content : text(content)
    return [Buffer.from(`data ${b.length}\n`), b, Buffer.from('\n')]
  }
  /** One commit; `changes` are paths whose new content is in `state` (absent = deleted). */
  function commit(branch, msg, state, changes, { from, merge } = {}) {
    mark++
    time += 60
    const who = `Dev ${mark % 50} <dev${mark % 50}@example.org> ${time} +0000`
    stream.write(Buffer.from(`commit refs/heads/${branch}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n`))
    stream.write(...data(Buffer.from(msg)))
    if (from) stream.write(Buffer.from(`from ${from}\n`))
    if (merge) stream.write(Buffer.from(`merge ${merge}\n`))
    for (const p of changes) {
      if (!state.has(p)) stream.write(Buffer.from(`D ${p}\n`))
      else stream.write(Buffer.from(`M 100644 inline ${p}\n`), ...data(state.get(p)))
    }
    stream.write(Buffer.from('\n'))
    return `:${mark}`
  }

  /**
   * Change `path` in `state` (copy on write) by `hunks` hunks, each replacing, inserting or deleting
   * 1–15 lines (mostly few). `at` puts a single hunk at that line; `kind` forces its kind; `insert`
   * leaves out pure deletions (a hunk that a revert or a dependent commit can find by its new lines).
   * Returns the new state and, per hunk, the removed and inserted ids and an `anchor`: a line that
   * was there before the change (the first removed one, else the one before the insertion).
   */
  const editFile = (state, path, { hunks = [1, 1, 1, 1, 2, 2, 3][pick(7)], at, kind, insert } = {}) => {
    const old = state.get(path)
    const sites = []
    if (at !== undefined) sites.push(Math.min(at, old.length))
    else {
      const span = Math.floor(old.length / hunks)
      for (let h = 0; h < hunks; h++) sites.push(h * span + pick(Math.max(1, span - 16)))
    }
    const lines = [...old]
    const changes = []
    for (const site of sites.reverse()) {
      const size = Math.min(15, 1 + Math.floor(-Math.log(1 - rnd()) * 2.5))
      const k =
        kind ??
        ['replace', 'replace', 'replace', 'replace', 'insert', 'insert', 'delete'][pick(insert ? 6 : 7)]
      const removeCount = k === 'insert' ? 0 : Math.max(0, Math.min(size, lines.length - site - 1))
      // (A deletion at the last line removes nothing: it inserts one instead, never an empty commit.)
      const insertCount =
        k === 'insert' || removeCount === 0 ? size : k === 'delete' ? 0 : Math.max(1, size + pick(3) - 1)
      const removed = lines.slice(site, site + removeCount)
      const inserted = cLines(insertCount, true)
      const anchor = removed[0] ?? lines[site - 1] ?? lines[site]
      lines.splice(site, removeCount, ...inserted)
      changes.unshift({ path, removed, inserted, anchor })
      if (afterPin) linesChanged += removed.length + inserted.length
    }
    return { state: new Map(state).set(path, lines), hunks: changes }
  }
  const someFiles = () => {
    const paths = new Set()
    for (let k = [1, 1, 1, 1, 1, 1, 1, 2, 2, 3][pick(10)]; k > 0; k--) paths.add(pickOf(textFiles))
    return [...paths].map(path => ({ path }))
  }
  const subjectFor = path => `${path.replace(/^.*\/|\.[ch]$/g, '')}: ${words(3 + pick(4))}`

  // ---- before the pin ----
  let head = commit('master', 'Initial import\n', files, [...files.keys()])
  const pre = Math.max(PRE, 10)
  let releaseBase
  for (let i = 0; i < pre; i++) {
    if (i === Math.floor(pre / 2)) releaseBase = { mark: head, files }
    if (i === Math.floor(pre / 2) + 3) {
      // The BIOS update a release branch will bring in again after the pin (the pin has it already).
      files = new Map(files).set('roms/bios0.bin', rom())
      head = commit('master', message('roms: update SeaBIOS image'), files, ['roms/bios0.bin'], {
        from: head
      })
      continue
    }
    // One file each: the commits before the pin are not measured, only imported (half the cost).
    const path = pickOf(textFiles)
    files = editFile(files, path).state
    head = commit('master', message(subjectFor(path)), files, [path], { from: head })
  }
  stream.write(Buffer.from(`reset refs/tags/v1.0.0\nfrom ${head}\n\n`))
  const pinFiles = files
  afterPin = true

  // ---- the stable branch ----
  let stable = head
  const edits = [] // [path, anchor] of every stable fix's hunk on a textFiles one, in order
  const history = [{ mark: stable, files, edits: 0 }] // recent stable snapshots, to fork side branches from
  const remember = () => {
    history.push({ mark: stable, files, edits: edits.length })
    if (history.length > 2 * HISTORY_WINDOW) history.splice(0, HISTORY_WINDOW)
  }
  let n = 0
  let version = 0
  let renamed = 0
  const pendingReverts = [] // { at, target: mark, hunks, subject }
  const pendingDependents = [] // { at, path, after?: line id, at?: line, subject }
  const take = (msg, changes, state) => {
    files = state
    stable = commit('stable-1.0', msg, files, changes, { from: stable })
    remember()
    n++
  }
  /** A backported fix of `targets` ({ path, ...editFile options }); returns what a revert needs. */
  const fix = (targets, subject = subjectFor(targets[0].path)) => {
    let next = files
    const hunks = []
    for (const { path, ...how } of targets) {
      const r = editFile(next, path, how)
      next = r.state
      hunks.push(...r.hunks)
    }
    for (const h of hunks) if (isTextFile.has(h.path)) edits.push([h.path, h.anchor])
    take(
      message(subject, backport()),
      targets.map(t => t.path),
      next
    )
    return { target: stable, hunks, subject }
  }
  /** A fix right after line id `after` of `path` (its context holds that line), else anywhere in it. */
  const fixAfter = (path, after, subject) => {
    const i = files.get(path)?.indexOf(after) ?? -1
    return fix([i === -1 ? { path } : { path, at: i + 1, hunks: 1 }], `${subjectFor(path)} (${subject})`)
  }
  /** Three-way merge of line-id arrays: base lines both sides kept are the sync points between chunks. */
  const merge3 = (base, ours, theirs) => {
    const inOurs = new Set(ours)
    const inTheirs = new Set(theirs)
    const posO = new Map(ours.map((id, i) => [id, i]))
    const posT = new Map(theirs.map((id, i) => [id, i]))
    const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i])
    const merged = []
    let conflict = false
    let b = 0
    let o = 0
    let t = 0
    const sync = base.map((id, i) => [id, i]).filter(([id]) => inOurs.has(id) && inTheirs.has(id))
    for (const [id, bi] of [...sync, [undefined, base.length]]) {
      const oEnd = id === undefined ? ours.length : posO.get(id)
      const tEnd = id === undefined ? theirs.length : posT.get(id)
      const bc = base.slice(b, bi)
      const oc = ours.slice(o, oEnd)
      const tc = theirs.slice(t, tEnd)
      if (same(oc, bc)) merged.push(...tc)
      else if (same(tc, bc) || same(oc, tc)) merged.push(...oc)
      else {
        // Both sides changed this stretch: the resolution is new code, like neither side.
        conflict = true
        merged.push(...cLines(Math.max(1, oc.length, tc.length), true))
      }
      if (id !== undefined) merged.push(id)
      b = bi + 1
      o = oEnd + 1
      t = tEnd + 1
    }
    return { merged, conflict }
  }

  let released = false
  let hotStarted = false
  while (n < N) {
    const due = pendingDependents.findIndex(d => d.at <= n)
    if (due !== -1) {
      const d = pendingDependents.splice(due, 1)[0]
      if (d.after !== undefined) fixAfter(d.path, d.after, d.subject)
      else
        fix(
          [{ path: d.path, ...(d.line !== undefined ? { at: d.line, hunks: 1 } : {}) }],
          `${subjectFor(d.path)} (${d.subject})`
        )
      made.dependent++
      continue
    }
    const rev = pendingReverts.findIndex(r => r.at <= n)
    if (rev !== -1) {
      const r = pendingReverts.splice(rev, 1)[0]
      // Only while every hunk's new lines are still there as the fix left them.
      let next = files
      for (const h of r.hunks) {
        const lines = next.get(h.path)
        const i = lines?.indexOf(h.inserted[0]) ?? -1
        if (i === -1 || !h.inserted.every((id, k) => lines[i + k] === id)) {
          next = undefined
          break
        }
        const back = [...lines]
        back.splice(i, h.inserted.length, ...h.removed)
        next = new Map(next).set(h.path, back)
      }
      if (next) {
        for (const h of r.hunks) linesChanged += h.inserted.length + h.removed.length
        take(
          message(`Revert "${r.subject}"`, [], `This reverts commit ${stream.sha(r.target)}.`),
          [...new Set(r.hunks.map(h => h.path))],
          next
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
      side = commit('release', message('roms: update SeaBIOS image'), sideFiles, ['roms/bios0.bin'], {
        from: side
      })
      stable = commit('stable-1.0', "Merge tag 'v0.9.9' into stable-1.0\n", files, [], {
        from: stable,
        merge: side
      })
      remember()
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
        // Sometimes at a line the branch changed meanwhile: that merge needs a conflict resolution.
        const recent = edits.slice(base.edits)
        const [p, anchor] = k === 0 && recent.length && pick(4) === 0 ? recent[pick(recent.length)] : []
        const at = p ? sideFiles.get(p).indexOf(anchor) : -1
        const targets = at !== -1 ? [{ path: p, at, hunks: 1, kind: 'replace' }] : someFiles().slice(0, 2)
        for (const { path, ...how } of targets) {
          sideFiles = editFile(sideFiles, path, how).state
          touched.add(path)
        }
        side = commit(
          `side${n}`,
          message(subjectFor(targets[0].path), ['Cc: qemu-stable@nongnu.org']),
          sideFiles,
          targets.map(t => t.path),
          { from: side }
        )
      }
      const merged = new Map(files)
      let conflict = false
      const changed = []
      for (const p of touched) {
        const m = merge3(base.files.get(p), files.get(p), sideFiles.get(p))
        conflict ||= m.conflict
        merged.set(p, m.merged)
        const ours = files.get(p)
        if (m.merged.length !== ours.length || m.merged.some((id, i) => id !== ours[i])) changed.push(p)
      }
      files = merged
      stable = commit('stable-1.0', `Merge branch 'side${n}' into stable-1.0\n`, files, changed, {
        from: stable,
        merge: side
      })
      remember()
      made.merges++
      if (conflict) made.conflicts++
      n += count + 1
      continue
    }
    if (n % 500 === 250) {
      version++
      take(
        `Update version for 1.0.${version} release\n\nSigned-off-by: Stable Maintainer <stable@example.org>\n`,
        ['VERSION'],
        new Map(files).set('VERSION', [lineId(`1.0.${version}`)])
      )
      continue
    }
    if (n % 450 === 100) {
      // A BIOS update with its header: the patch cannot carry it, and a later fix next to the
      // header's changed lines does not apply without it; one far from them does.
      const r = pick(ROMS)
      const h = `roms/bios${r}.h`
      const lines = [...files.get(h)]
      const versionLines = ['VERSION', 'DATE', 'CHECKSUM'].map(k =>
        lineId(`#define BIOS${r}_${k} 0x${mark.toString(16)}${pick(65536).toString(16)}`)
      )
      lines.splice(10, 3, ...versionLines)
      take(
        message(`roms: update bios${r}`),
        [`roms/bios${r}.bin`, h],
        new Map(files).set(h, lines).set(`roms/bios${r}.bin`, rom())
      )
      made.binary++
      pendingDependents.push({ at: n + 5, path: h, after: versionLines[2], subject: 'bios header follow-up' })
      pendingDependents.push({ at: n + 60, path: h, line: 100 + pick(40), subject: 'bios header unrelated' })
      continue
    }
    if (n % 330 === 17) {
      // A fix reverted later, with a fix right after it that depends on it (context).
      const r = fix([{ path: pickOf(textFiles), insert: true, hunks: 1 + pick(2) }])
      pendingReverts.push({ ...r, at: n + 500 + pick(200) })
      const first = r.hunks[0]
      pendingDependents.push({
        at: n + 1,
        path: first.path,
        after: first.inserted[first.inserted.length - 1],
        subject: 'builds on the reverted one'
      })
      continue
    }
    if (n % 250 === 120 && renamed < 40) {
      const from = `src/old/m${renamed}.c`
      const to = `src/new/m${renamed}.c`
      const next = new Map(files)
      next.set(to, files.get(from))
      next.delete(from)
      take(message(`move ${from} to ${to}`), [from, to], next)
      pendingDependents.push({ at: n + 20, path: to, subject: 'fix in the moved file' })
      renamed++
      made.renames++
      continue
    }
    if (n >= N * 0.6 && n < N * 0.6 + 300) {
      // The long run on one hot file; the run starts right after a left-out change to it, which adds
      // lines at its top (so every later patch to it applies at an offset).
      if (!hotStarted) {
        hotStarted = true
        const next = editFile(files, 'src/hot.c', { at: 2, hunks: 1, kind: 'insert' }).state
        next.set('roms/bios5.bin', rom())
        take(message('roms: update bios5 and hot.c'), ['roms/bios5.bin', 'src/hot.c'], next)
        made.binary++
        continue
      }
      fix([{ path: 'src/hot.c' }])
      made.hot++
      continue
    }
    fix(someFiles())
  }
  stream.write(Buffer.from(`reset refs/heads/master\nfrom ${head}\n\n`))
  stream.end()
  // fast-import reports its errors on stderr; a history it did not finish has no branch.
  for (const ref of ['refs/tags/v1.0.0', 'refs/heads/stable-1.0'])
    git(dir, ['rev-parse', '--verify', '-q', ref])
  const branches = git(dir, ['for-each-ref', '--format=%(refname)', 'refs/heads/side*', 'refs/heads/release'])
    .toString()
    .trim()
    .split('\n')
    .filter(Boolean)
  git(dir, ['update-ref', '--stdin'], { input: branches.map(b => `delete ${b}\n`).join('') })
  git(dir, ['repack', '-adq'])
  return { commits: n, ...made, linesChanged }
}
