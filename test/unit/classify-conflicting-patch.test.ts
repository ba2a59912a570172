import { conflictingPatch, describeConflict, hunkRanges } from '../../src/classify/conflicting-patch.js'
import type { ExistingPatch } from '../../src/series/existing.js'
import { diffFiles, withGitHeaders } from '../../src/series/existing.js'

/** An existing patch from its diff text, as readExistingSeries reads one. */
function patch(name: string, diff: string): ExistingPatch {
  return {
    name,
    file: `debian/patches/${name}`,
    bytes: Buffer.from(diff),
    header: '',
    diff: withGitHeaders(diff),
    files: diffFiles(diff),
    refs: []
  }
}

const hunk = (path: string, start: number, count: number): string =>
  [
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -${start},${count} +${start},${count} @@`,
    ' x',
    '-y',
    '+z',
    ' x'
  ].join('\n')

describe('conflictingPatch', () => {
  const fix = [
    'diff --git a/src/a.c b/src/a.c',
    '--- a/src/a.c',
    '+++ b/src/a.c',
    '@@ -10,7 +10,7 @@ ctx',
    ' x',
    '-y',
    '+z',
    ' x',
    ''
  ].join('\n')

  it('reads the old-side line ranges of quilt and git diffs', () => {
    expect(hunkRanges(fix)).toEqual(new Map([['src/a.c', [{ first: 10, last: 16 }]]]))
    expect(hunkRanges(`${hunk('src/b.c', 3, 4)}\n@@ -40 +40 @@\n-q\n+r\n`)).toEqual(
      new Map([
        [
          'src/b.c',
          [
            { first: 3, last: 6 },
            { first: 40, last: 40 }
          ]
        ]
      ])
    )
  })

  it('blames the last patch whose hunks meet the fix’s lines, not a later one elsewhere in the file', () => {
    const series = [
      patch('early.patch', hunk('src/a.c', 12, 3)),
      patch('near.patch', hunk('src/a.c', 14, 4)),
      patch('tail.patch', hunk('src/a.c', 80, 4)),
      patch('other.patch', hunk('src/b.c', 10, 4))
    ]
    const c = conflictingPatch(fix, ['src/a.c'], series)
    expect(c).toEqual({
      file: 'debian/patches/near.patch',
      path: 'src/a.c',
      match: 'lines',
      lines: ['10-16']
    })
    expect(describeConflict(c!)).toBe('debian/patches/near.patch (both change lines 10-16 of src/a.c)')
  })

  it('falls back to the last patch of the file, and to nothing when no own patch touches it', () => {
    const series = [
      patch('first.patch', hunk('src/a.c', 50, 3)),
      patch('second.patch', hunk('src/a.c', 90, 3))
    ]
    const c = conflictingPatch(fix, ['src/a.c'], series)
    expect(c).toMatchObject({ file: 'debian/patches/second.patch', match: 'file' })
    expect(describeConflict(c!)).toBe('debian/patches/second.patch (it changes src/a.c too)')
    expect(conflictingPatch(fix, ['src/a.c'], [patch('b.patch', hunk('src/b.c', 10, 3))])).toBeUndefined()
  })
})
