import { editDistance, suggest } from '../../src/config/suggest.js'

test('edit distance counts insertions, deletions, substitutions and swaps', () => {
  expect(editDistance('pin', 'pin')).toBe(0)
  expect(editDistance('pni', 'pin')).toBe(1)
  expect(editDistance('upstrem', 'upstream')).toBe(1)
  expect(editDistance('brnach', 'branch')).toBe(1)
  expect(editDistance('kitten', 'sitting')).toBe(3)
  expect(editDistance('', 'abc')).toBe(3)
})

test('suggest picks the closest key, ignoring case and separators', () => {
  const keys = [
    'name',
    'upstream',
    'package',
    'pin',
    'paths',
    'exclude',
    'patch-dir',
    'version-files',
    'calendar'
  ]
  expect(suggest('patch_dir', keys)).toBe('patch-dir')
  expect(suggest('versionFiles', keys)).toBe('version-files')
  expect(suggest('pni', keys)).toBe('pin')
  expect(suggest('path', keys)).toBe('paths')
  expect(suggest('calender', keys)).toBe('calendar')
  expect(suggest('colour', keys)).toBeUndefined()
  expect(suggest('x', keys)).toBeUndefined()
})
