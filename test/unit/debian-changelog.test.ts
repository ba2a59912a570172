import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from '../../src/process/run.js'
import {
  extendTopEntry,
  finalizeTopEntry,
  formatChangeLines,
  prependEntry,
  readEntries,
  readTopEntry,
  rfc5322Date,
  type NewEntry
} from '../../src/debian/changelog.js'
import { DebianFormatError } from '../../src/debian/format-error.js'
import { makeTempDir } from '../helpers/tmp.js'

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'fixtures', 'changelog')
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8')
const FIXTURES = ['qemu-kvm.changelog', 'hello-debian.changelog', 'kvm-epoch.changelog']

const tmp = makeTempDir('stable-sync-changelog-')
afterAll(() => tmp.cleanup())
let counter = 0

interface Parsed {
  fields: Record<string, string>
  stderr: string
}

/** Run the real dpkg-parsechangelog on `text` and parse its deb822 output (one paragraph per entry). */
async function dpkgParse(text: string, all = false): Promise<Parsed[]> {
  const file = join(tmp.dir, `changelog-${++counter}`)
  writeFileSync(file, text)
  const r = await run('dpkg-parsechangelog', ['-l', file, ...(all ? ['--all', '--format', 'rfc822'] : [])])
  const paragraphs = r.stdout
    .toString('utf8')
    .replace(/\n+$/, '')
    .split(/\n\n+/)
    .filter(p => p.trim() !== '')
  return paragraphs.map(p => {
    const fields: Record<string, string> = {}
    let key = ''
    for (const line of p.split('\n')) {
      const m = /^([\w-]+):\s?(.*)$/.exec(line)
      if (m && !line.startsWith(' ')) {
        key = m[1]!
        fields[key] = m[2]!
      } else fields[key] += `\n${line === ' .' ? '' : line.slice(1)}`
    }
    return { fields, stderr: r.stderr }
  })
}

async function dpkgTop(text: string): Promise<Parsed> {
  return (await dpkgParse(text))[0]!
}

const bot: NewEntry['maintainer'] = { name: 'Stable Sync Bot', email: 'stable-sync@example.org' }
const when = new Date(Date.UTC(2026, 10, 25, 21, 0, 0))

function newEntry(over: Partial<NewEntry> = {}): NewEntry {
  return {
    package: 'qemu-kvm',
    version: '0.11.0-0ubuntu2',
    changes: ['d/p/stable/*: cherry-pick 13 fixes from stable-0.11 (up to 2c1e3f0).'],
    maintainer: bot,
    date: when,
    ...over
  }
}

test('rfc5322Date is UTC with a two-digit day', () => {
  expect(rfc5322Date(when)).toBe('Wed, 25 Nov 2026 21:00:00 +0000')
  expect(rfc5322Date(new Date('2026-03-05T01:02:03+05:00'))).toBe('Wed, 04 Mar 2026 20:02:03 +0000')
  expect(() => rfc5322Date(new Date('nope'))).toThrow(DebianFormatError)
})

describe.each(FIXTURES)('fixture %s', name => {
  const text = fixture(name)

  test('readTopEntry agrees with dpkg-parsechangelog', async () => {
    const top = readTopEntry(text)
    const dpkg = await dpkgTop(text)
    expect(top.package).toBe(dpkg.fields.Source)
    expect(top.version).toBe(dpkg.fields.Version)
    expect(top.distributions.join(' ')).toBe(dpkg.fields.Distribution)
    expect(top.urgency).toBe(dpkg.fields.Urgency)
    expect(`${top.maintainer.name} <${top.maintainer.email}>`).toBe(dpkg.fields.Maintainer)
    expect(top.date).toBe(dpkg.fields.Date)
    const changes = dpkg.fields.Changes!.split('\n').slice(3)
    expect(top.changes).toEqual(changes)
  })

  test('prependEntry: dpkg reads the new entry, the old text follows byte for byte', async () => {
    const top = readTopEntry(text)
    const out = prependEntry(text, newEntry({ package: top.package, version: `${top.version}.1` }))
    expect(out.endsWith(`\n\n${text}`)).toBe(true)
    const dpkg = await dpkgTop(out)
    expect(dpkg.stderr).toBe('')
    expect(dpkg.fields).toMatchObject({
      Source: top.package,
      Version: `${top.version}.1`,
      Distribution: 'UNRELEASED',
      Urgency: 'medium',
      Maintainer: 'Stable Sync Bot <stable-sync@example.org>',
      Date: 'Wed, 25 Nov 2026 21:00:00 +0000'
    })
    expect(dpkg.fields.Changes).toBe(
      [
        '',
        `${top.package} (${top.version}.1) UNRELEASED; urgency=medium`,
        '',
        '  * d/p/stable/*: cherry-pick 13 fixes from stable-0.11 (up to 2c1e3f0).'
      ].join('\n')
    )
    // The old top is now the second entry, unchanged.
    const all = await dpkgParse(out, true)
    expect(all[1]!.fields.Version).toBe(top.version)
  })

  test('extend and finalize keep everything below the top entry', async () => {
    const top = readTopEntry(text)
    const started = prependEntry(text, newEntry({ package: top.package, version: `${top.version}.1` }))
    const extended = extendTopEntry(started, ['d/p/stable/0014-fix.patch: one more fix.'], {
      maintainer: bot,
      date: new Date(Date.UTC(2026, 10, 26, 8, 30, 0))
    })
    expect(extended.endsWith(`\n\n${text}`)).toBe(true)
    const final = finalizeTopEntry(extended, 'noble', new Date(Date.UTC(2026, 11, 1, 12, 0, 0)))
    expect(final.endsWith(`\n\n${text}`)).toBe(true)
    const dpkg = await dpkgTop(final)
    expect(dpkg.stderr).toBe('')
    expect(dpkg.fields.Distribution).toBe('noble')
    expect(dpkg.fields.Date).toBe('Tue, 01 Dec 2026 12:00:00 +0000')
    expect(dpkg.fields.Changes!.split('\n').slice(3)).toEqual([
      '  * d/p/stable/*: cherry-pick 13 fixes from stable-0.11 (up to 2c1e3f0).',
      '  * d/p/stable/0014-fix.patch: one more fix.'
    ])
  })
})

test('extendTopEntry adds after the last change and refreshes the trailer', async () => {
  const base = prependEntry('', newEntry({ changes: ['First.', 'Second.'] }))
  const out = extendTopEntry(base, ['Third.'], { maintainer: bot, date: 'Thu, 26 Nov 2026 10:00:00 +0000' })
  expect(out).toBe(
    [
      'qemu-kvm (0.11.0-0ubuntu2) UNRELEASED; urgency=medium',
      '',
      '  * First.',
      '  * Second.',
      '  * Third.',
      '',
      ' -- Stable Sync Bot <stable-sync@example.org>  Thu, 26 Nov 2026 10:00:00 +0000',
      ''
    ].join('\n')
  )
  expect((await dpkgTop(out)).stderr).toBe('')
})

test('extendTopEntry by someone else groups changes under [ Name ] like dch', async () => {
  const human = { name: 'Dustin Kirkland', email: 'kirkland@ubuntu.com' }
  const base = prependEntry('', newEntry({ maintainer: human, changes: ['Human change.'] }))
  const once = extendTopEntry(base, ['Bot change.'], { maintainer: bot, date: when })
  const twice = extendTopEntry(once, ['Another bot change.'], { maintainer: bot, date: when })
  const back = extendTopEntry(twice, ['Human again.'], { maintainer: human, date: when })
  expect(readTopEntry(back).changes).toEqual([
    '  [ Dustin Kirkland ]',
    '  * Human change.',
    '',
    '  [ Stable Sync Bot ]',
    '  * Bot change.',
    '  * Another bot change.',
    '',
    '  [ Dustin Kirkland ]',
    '  * Human again.'
  ])
  const dpkg = await dpkgTop(back)
  expect(dpkg.stderr).toBe('')
  expect(dpkg.fields.Maintainer).toBe('Dustin Kirkland <kirkland@ubuntu.com>')
})

test('extend and finalize refuse a released top entry; finalize is idempotent', () => {
  const text = fixture('qemu-kvm.changelog')
  expect(() => extendTopEntry(text, ['x'], { maintainer: bot, date: when })).toThrow(
    /changelog line 1: cannot extend the top entry: the top entry 0.11.0-0ubuntu1 is already released to karmic/
  )
  expect(finalizeTopEntry(text, 'karmic', when)).toBe(text)
  expect(() => finalizeTopEntry(text, 'noble', when)).toThrow(/already released to karmic/)
  const unreleased = prependEntry(text, newEntry())
  const final = finalizeTopEntry(unreleased, 'noble', when)
  expect(finalizeTopEntry(final, 'noble', new Date())).toBe(final)
  expect(() => finalizeTopEntry(unreleased, 'UNRELEASED', when)).toThrow(/not a distribution to release to/)
})

test('prependEntry refuses a version that does not sort after the top one', () => {
  const text = fixture('qemu-kvm.changelog')
  expect(() => prependEntry(text, newEntry({ version: '0.11.0-0ubuntu1' }))).toThrow(/must be greater/)
  expect(() => prependEntry(text, newEntry({ version: '0.11.0~rc9-1' }))).toThrow(/must be greater/)
})

test('long changes wrap at 80 columns; a long word stays whole; dpkg reads them back', async () => {
  const long =
    'd/p/stable/0001-virtio-net-fix-a-use-after-free-when-the-guest-resets-the-device.patch: ' +
    'cherry-pick from upstream stable-8.2 https://gitlab.com/qemu-project/qemu/-/commit/0123456789abcdef0123456789abcdef01234567 ' +
    'to stop a crash on reset (LP: #2000000).\nAnd a second line that was a paragraph.'
  const lines = formatChangeLines([long, '  [ Preformatted ]', '    - kept as is', ''])
  for (const l of lines) expect(l.length <= 80 || !/ \S+ /.test(l.trim())).toBe(true)
  expect(lines[0]!.startsWith('  * d/p/stable/')).toBe(true)
  expect(lines.slice(1).every(l => l.startsWith('    ') || l.startsWith('  ['))).toBe(true)
  expect(lines).toContain(
    '    https://gitlab.com/qemu-project/qemu/-/commit/0123456789abcdef0123456789abcdef01234567'
  )
  expect(lines).toContain('    And a second line that was a paragraph.')
  expect(lines.slice(-2)).toEqual(['  [ Preformatted ]', '    - kept as is'])
  const out = prependEntry('', newEntry({ changes: [long] }))
  const dpkg = await dpkgTop(out)
  expect(dpkg.stderr).toBe('')
  expect(dpkg.fields.Changes!.split('\n').slice(3).join(' ').replace(/\s+/g, ' ').trim()).toBe(
    `* ${long.replace(/\s+/g, ' ')}`
  )
})

test('hostile upstream text cannot end the entry or start a new one', async () => {
  const evil =
    'fix\n -- Evil <evil@example.org>  Mon, 01 Jan 2024 00:00:00 +0000\n\nevil (9.9) unstable; urgency=high\n\x1b[31m\ttab\r'
  const text = fixture('qemu-kvm.changelog')
  const out = prependEntry(text, newEntry({ changes: [evil] }))
  const dpkg = await dpkgParse(out, true)
  expect(dpkg.map(p => p.fields.Version)).toEqual([
    '0.11.0-0ubuntu2',
    '0.11.0-0ubuntu1',
    '0.11.0~rc2-0ubuntu5',
    '0.11.0~rc2-0ubuntu1'
  ])
  expect(dpkg[0]!.fields.Maintainer).toBe('Stable Sync Bot <stable-sync@example.org>')
  expect(readEntries(out)).toHaveLength(4)
  for (const c of ['\x1b', '\t', '\r']) expect(out).not.toContain(c)
})

test('readEntries reads all entries and stops at an old-format tail', async () => {
  const text = fixture('qemu-kvm.changelog')
  const entries = readEntries(text)
  const dpkg = await dpkgParse(text, true)
  expect(entries.map(e => e.version)).toEqual(dpkg.map(p => p.fields.Version))
  expect(entries.map(e => e.date)).toEqual(dpkg.map(p => p.fields.Date))
  expect(entries[1]!.changes[0]).toBe('  [ Soren Hansen ]')
  expect(entries[2]).toMatchObject({ headerLine: 23, trailerLine: 28 })
  // hello-debian has a tab-indented line in its second entry, which dpkg ignores with a warning.
  expect(() => readEntries(fixture('hello-debian.changelog'))).toThrow(
    /changelog line 11: change lines start with two spaces/
  )
  const tailed = fixture('hello-debian.changelog').replace(/\t\(a tab.*\n/, '')
  expect(readEntries(tailed).map(e => e.version)).toEqual(['2.10-3', '2.10-2', '2.10-1'])
  expect(readEntries(tailed)[1]!.options).toEqual({ urgency: 'medium', 'binary-only': 'yes' })
  const kvm = readEntries(fixture('kvm-epoch.changelog'))
  expect(kvm.map(e => e.version)).toEqual(['1:84+dfsg-0ubuntu16', '1:84+dfsg-0ubuntu15'])
  expect(kvm[0]).toMatchObject({ distributions: ['karmic', 'karmic-security'], urgency: 'high' })
})

describe('malformed changelogs: errors name the line and say what is expected', () => {
  const good = prependEntry('', newEntry())
  test.each([
    ['empty', '', /changelog: the changelog is empty/],
    ['not a heading', 'hello world\n', /line 1: expected an entry heading like/],
    ['bad version', good.replace('0.11.0-0ubuntu2', 'v0.11'), /line 1: .*must start with a digit/],
    ['bad option', good.replace('urgency=medium', 'urgency medium'), /line 1: bad "key=value"/],
    [
      'one space before the date',
      good.replace('>  Wed', '> Wed'),
      /line 5: badly formatted trailer.*two spaces/
    ],
    ['month name', good.replace('Nov', 'November'), /line 5: badly formatted trailer|line 5: invalid month/],
    ['bad week day', good.replace('Wed,', 'Wen,'), /line 5: invalid week day "Wen"/],
    [
      'impossible date',
      good.replace('25 Nov', '31 Nov'),
      /line 5: "31 Nov 2026 21:00:00 \+0000" is not a real date/
    ],
    ['no trailer', good.replace(/ -- .*\n/, ''), /the entry of line 1 has no trailer line/],
    ['text at column 0', good.replace('  * d/p', 'd/p'), /line 3: unexpected text at column 0/],
    ['one-space change', good.replace('  * d/p', ' * d/p'), /line 3: change lines start with two spaces/],
    [
      'heading before trailer',
      good.replace(/ -- .*\n/, 'x (1) y; urgency=low\n'),
      /line 5: a new entry starts before/
    ]
  ])('%s', (_name, text, message) => {
    expect(() => readTopEntry(text)).toThrow(DebianFormatError)
    expect(() => readTopEntry(text)).toThrow(message)
  })

  test('bad new entries', () => {
    expect(() => prependEntry('', newEntry({ maintainer: { name: 'A <b>', email: 'x@y' } }))).toThrow(/name/)
    expect(() => prependEntry('', newEntry({ maintainer: { name: 'A', email: 'not an email' } }))).toThrow(
      /email/
    )
    expect(() => prependEntry('', newEntry({ date: 'yesterday' }))).toThrow(/not an RFC 5322 date/)
    expect(() => prependEntry('', newEntry({ changes: [] }))).toThrow(/at least one change/)
    expect(() => prependEntry('', newEntry({ distributions: 'no;pe' }))).toThrow(/not a distribution name/)
    expect(() => prependEntry('', newEntry({ changes: ['  ok\n bad'] }))).toThrow(
      /must start with two spaces/
    )
  })
})
