import { parseBatchHeader } from '../../src/git/batch-header.js'

test('an object header gives its id, type and size; the custom format its type and size', () => {
  const id = 'a'.repeat(40)
  expect(parseBatchHeader(`${id} blob 12`)).toEqual({ found: true, id, type: 'blob', size: 12 })
  expect(parseBatchHeader(`${'b'.repeat(64)} tree 0`)).toMatchObject({ found: true, type: 'tree', size: 0 })
  expect(parseBatchHeader('tree 96', false)).toEqual({ found: true, type: 'tree', size: 96 })
})

test('no object for a name: missing, ambiguous, a submodule (newer git), names with spaces', () => {
  for (const line of [
    `${'f'.repeat(40)} missing`,
    'abc ambiguous',
    `${'1'.repeat(40)} submodule`,
    'HEAD:dir with space missing',
    'HEAD:link dangling'
  ]) {
    expect(parseBatchHeader(line)).toEqual({ found: false })
    expect(parseBatchHeader(line, false)).toEqual({ found: false })
  }
})

test('a header of another shape is an error, never read as a size', () => {
  expect(() => parseBatchHeader('tree 96')).toThrow(/unexpected answer "tree 96"/)
  expect(() => parseBatchHeader(`${'a'.repeat(40)} blob 12`, false)).toThrow(/unexpected answer/)
  expect(() => parseBatchHeader(`${'a'.repeat(40)} blob`)).toThrow(/unexpected answer/)
  expect(() => parseBatchHeader('')).toThrow(/unexpected answer ""/)
})
