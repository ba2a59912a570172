import { decodeGitText, parseRecords, splitNul } from '../../src/git/text.js'

test('valid UTF-8 is kept, other bytes are read as Latin-1', () => {
  expect(decodeGitText(Buffer.from('Jürgen', 'utf8'))).toBe('Jürgen')
  expect(decodeGitText(Buffer.from([0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e]))).toBe('Jürgen')
})

test('NUL-separated records keep newlines inside fields', () => {
  const out = Buffer.from('a\0b\nc\0\nd\0e\0')
  expect(splitNul(out)).toEqual(['a', 'b\nc', '\nd', 'e'])
  expect(parseRecords(out, 2)).toEqual([
    ['a', 'b\nc'],
    ['d', 'e']
  ])
})
