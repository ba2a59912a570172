import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/process/run.js'
import { appendSeries, parseSeries, parseSeriesEntries, seriesPath } from '../../src/debian/series.js'
import { dep14Tag, dep14Version, parseDep14Tag } from '../../src/debian/tags.js'
import { makeTempDir } from '../helpers/tmp.js'

describe('DEP-14 tags', () => {
  test.each([
    ['debian', '1:2.0~rc1-1', 'debian/1%2.0_rc1-1'],
    ['ubuntu', '1:8.2.2+ds-0ubuntu2', 'ubuntu/1%8.2.2+ds-0ubuntu2'],
    ['upstream', '8.2.2', 'upstream/8.2.2'],
    ['debian', '1.0..2', 'debian/1.0.#.2'],
    ['debian', '1...2', 'debian/1.#.#.2'],
    ['debian', '8.30..2-1', 'debian/8.30.#.2-1'],
    ['debian', '1.', 'debian/1.#'],
    ['debian', '1.0-1.', 'debian/1.0-1.#'],
    ['debian', '1.lock', 'debian/1.#lock'],
    ['debian', '1.locker', 'debian/1.locker'],
    ['debian', '2.0~~rc1-1ubuntu1~22.04.1', 'debian/2.0__rc1-1ubuntu1_22.04.1'],
    ['ubuntu/', '1.0-1', 'ubuntu/1.0-1']
  ])('%s %s → %s, and back', (prefix, version, tag) => {
    expect(dep14Tag(prefix, version)).toBe(tag)
    expect(dep14Version(tag)).toBe(version)
    expect(parseDep14Tag(`refs/tags/${tag}`)).toEqual({ prefix: prefix.replace(/\/$/, ''), version })
  })

  test('mangled tags are valid git ref names (git check-ref-format)', async () => {
    for (const v of ['1:2.0~rc1-1', '1.0..2', '1.', '1.lock', '1:0.9...1~~-0ubuntu0.1']) {
      const r = await run('git', ['check-ref-format', `refs/tags/${dep14Tag('debian', v)}`], {
        allowFailure: true
      })
      expect({ v, code: r.code }).toEqual({ v, code: 0 })
    }
  })

  test('bad prefixes and versions are refused', () => {
    expect(() => dep14Tag('deb ian', '1.0')).toThrow(/not usable in a tag name/)
    expect(() => dep14Tag('debian', 'v1.0')).toThrow(/must start with a digit/)
  })
})

describe('series', () => {
  const text = [
    '# stable fixes',
    'stable/0001-fix-a.patch',
    '',
    '  ubuntu/indented.patch -p1',
    'debian/keep.patch # inline comment',
    'debian/with#hash.patch',
    '#disabled.patch',
    'last-without-newline.patch'
  ].join('\n')

  test('parses paths in order, skipping comments and blanks, tolerating -p1', () => {
    expect(parseSeries(text)).toEqual([
      'stable/0001-fix-a.patch',
      'ubuntu/indented.patch',
      'debian/keep.patch',
      'debian/with#hash.patch',
      'last-without-newline.patch'
    ])
    expect(parseSeriesEntries(text)[1]).toEqual({ path: 'ubuntu/indented.patch', options: '-p1', line: 4 })
    expect(parseSeries('')).toEqual([])
  })

  test('refuses paths that leave debian/patches, naming the line', () => {
    expect(() => parseSeries('a.patch\n../evil.patch\n')).toThrow(
      /series line 2: .*"\.\.\/evil\.patch" leaves/
    )
  })

  test('append keeps everything, adds a newline, skips duplicates', () => {
    const out = appendSeries(text, [
      'stable/0001-fix-a.patch',
      'stable/0002-fix-b.patch',
      'stable/0002-fix-b.patch'
    ])
    expect(out).toBe(`${text}\nstable/0002-fix-b.patch\n`)
    expect(appendSeries('', ['a.patch'])).toBe('a.patch\n')
    expect(appendSeries('', [])).toBe('')
    expect(appendSeries('a.patch', [])).toBe('a.patch\n')
    expect(() => appendSeries('', ['../x.patch'])).toThrow(/cannot add/)
    expect(() => appendSeries('', ['a b.patch'])).toThrow(/cannot add/)
  })

  test('seriesPath prefers an existing vendor series', () => {
    const tmp = makeTempDir()
    try {
      mkdirSync(join(tmp.dir, 'debian', 'patches'), { recursive: true })
      expect(seriesPath(tmp.dir)).toBe(join(tmp.dir, 'debian/patches/series'))
      expect(seriesPath(tmp.dir, 'Ubuntu')).toBe(join(tmp.dir, 'debian/patches/series'))
      writeFileSync(join(tmp.dir, 'debian/patches/ubuntu.series'), 'a.patch\n')
      expect(seriesPath(tmp.dir, 'Ubuntu')).toBe(join(tmp.dir, 'debian/patches/ubuntu.series'))
      expect(seriesPath(tmp.dir, 'debian')).toBe(join(tmp.dir, 'debian/patches/series'))
      expect(seriesPath(tmp.dir)).toBe(join(tmp.dir, 'debian/patches/series'))
    } finally {
      tmp.cleanup()
    }
  })
})
