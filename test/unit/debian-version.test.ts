import { DebianFormatError } from '../../src/debian/format-error.js'
import {
  compareVersions,
  formatVersion,
  newUpstreamVersion,
  nextRevision,
  parseVersion,
  upstreamTagVersion,
  upstreamVersion,
  vendorOf
} from '../../src/debian/version.js'
import { InputError } from '../../src/errors.js'

describe('parseVersion', () => {
  test.each([
    ['1:8.2.2+ds-0ubuntu2', { epoch: 1, upstream: '8.2.2+ds', revision: '0ubuntu2' }],
    ['2.0', { epoch: undefined, upstream: '2.0', revision: undefined }],
    ['0:1.0-1', { epoch: 0, upstream: '1.0', revision: '1' }],
    ['1.0-rc1-2', { epoch: undefined, upstream: '1.0-rc1', revision: '2' }],
    ['2:1:2-3', { epoch: 2, upstream: '1:2', revision: '3' }],
    [' 1.0-1 ', { epoch: undefined, upstream: '1.0', revision: '1' }]
  ])('%s', (text, expected) => {
    expect(parseVersion(text)).toEqual(expected)
  })

  test('formatVersion round-trips', () => {
    for (const v of ['1:8.2.2+ds-0ubuntu2', '2.0', '0:1.0-1', '1.0-rc1-2'])
      expect(formatVersion(parseVersion(v))).toBe(v)
  })

  test.each([
    ['', /empty/],
    ['1.0 -1', /spaces/],
    [':1.0', /epoch before ":" is empty/],
    ['a:1.0', /epoch "a" is not a number/],
    ['1:', /nothing follows the epoch/],
    ['1.0-', /revision after the last "-" is empty/],
    ['-1', /upstream version is empty/],
    ['abc-1', /must start with a digit/],
    ['1.0_1-1', /"_" is not allowed in the upstream/],
    ['1.0-1_2', /"_" is not allowed in the revision/],
    ['99999999999:1.0', /too big/]
  ])('rejects %j with a clear message', (text, message) => {
    const err = (() => {
      try {
        parseVersion(text)
      } catch (e) {
        return e
      }
      throw new Error('no error')
    })()
    expect(err).toBeInstanceOf(DebianFormatError)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toMatch(message)
    expect((err as Error).message).toContain(`Debian version ${JSON.stringify(text)}`)
  })
})

test('ordering examples from DOMAIN.md', () => {
  expect(compareVersions('1.0~rc1', '1.0')).toBe(-1)
  expect(compareVersions('1.0', '1.0+b1')).toBe(-1)
  expect(compareVersions('1:0.1', '9.9')).toBe(1)
  expect(compareVersions('1.0', '1.0-0')).toBe(0)
  expect(compareVersions('1.0.99999999999999999999999', '1.0.99999999999999999999998')).toBe(1)
  // What dpkg refuses, we refuse too; what it only warns about still compares.
  expect(() => compareVersions('1.0-', '1.0')).toThrow(/revision after the last "-" is empty/)
  expect(() => compareVersions(':1', '1.0')).toThrow(/epoch before ":" is empty/)
  expect(compareVersions('v8.2.10', 'v8.2.9')).toBe(1)
})

test.each([
  ['1:8.2.2+ds-0ubuntu2', '8.2.2+ds', '8.2.2'],
  ['8.2.2+ds-0ubuntu2', '8.2.2+ds', '8.2.2'],
  ['8.2.2+dfsg-1', '8.2.2+dfsg', '8.2.2'],
  ['8.2.2+dfsg1-1', '8.2.2+dfsg1', '8.2.2'],
  ['8.2.2+dfsg.1-1', '8.2.2+dfsg.1', '8.2.2'],
  ['8.2.2+ds1-1', '8.2.2+ds1', '8.2.2'],
  ['8.2.2~dfsg-1', '8.2.2~dfsg', '8.2.2'],
  ['8.2.2~ds-1', '8.2.2~ds', '8.2.2'],
  ['8.2.2+repack-1', '8.2.2+repack', '8.2.2'],
  ['0.11.0', '0.11.0', '0.11.0'],
  ['6.1.0-rc1+ds-1', '6.1.0-rc1+ds', '6.1.0-rc1'],
  ['1.2dsx-1', '1.2dsx', '1.2dsx']
])('upstream of %s is %s, tagged upstream as %s', (version, upstream, tagVersion) => {
  expect(upstreamVersion(version)).toBe(upstream)
  expect(upstreamTagVersion(version)).toBe(tagVersion)
})

test.each([
  ['2.0-2ubuntu1', 'ubuntu'],
  ['3.1-0ubuntu1', 'ubuntu'],
  ['1.2ubuntu1', 'ubuntu'],
  ['2.0-2', 'debian'],
  ['2.0-2build1', 'debian'],
  ['1.0ubuntu-1', 'debian']
])('vendorOf(%s) = %s', (version, vendor) => {
  expect(vendorOf(version)).toBe(vendor)
})

describe('nextRevision', () => {
  test.each([
    // Debian
    ['2.0-1', {}, '2.0-2'],
    ['2.0-9', {}, '2.0-10'],
    ['2.0-1.1', {}, '2.0-2'],
    ['2.0-0.1', {}, '2.0-1'],
    ['1:2.0-1', {}, '1:2.0-2'],
    ['2.0-1~exp1', {}, '2.0-2'],
    ['2.0-2+deb12u1', {}, '2.0-2+deb12u2'],
    ['2.0-2+deb12u1', { sru: true }, '2.0-2+deb12u2'],
    ['2.0-1~bpo12+1', {}, '2.0-1~bpo12+2'],
    ['1.2', {}, '1.3'],
    ['1.9', {}, '1.10'],
    // Ubuntu development release
    ['2.0-2', { vendor: 'ubuntu' }, '2.0-2ubuntu1'],
    ['2.0-2ubuntu1', {}, '2.0-2ubuntu2'],
    ['3.1-0ubuntu1', {}, '3.1-0ubuntu2'],
    ['1:8.2.2+ds-0ubuntu2', {}, '1:8.2.2+ds-0ubuntu3'],
    ['2.0-2build1', { vendor: 'ubuntu' }, '2.0-2ubuntu1'],
    ['2.0-2ubuntu2.1', {}, '2.0-2ubuntu3'],
    ['1.2', { vendor: 'ubuntu' }, '1.2ubuntu1'],
    ['1.2ubuntu1', {}, '1.2ubuntu2'],
    // Ubuntu stable release updates
    ['2.0-2ubuntu2', { sru: true }, '2.0-2ubuntu2.1'],
    ['2.0-2ubuntu2.1', { sru: true }, '2.0-2ubuntu2.2'],
    ['2.0-2ubuntu2.9', { sru: true }, '2.0-2ubuntu2.10'],
    ['2.0-2', { vendor: 'ubuntu', sru: true }, '2.0-2ubuntu0.1'],
    ['2.0-2build1', { vendor: 'ubuntu', sru: true }, '2.0-2ubuntu0.1'],
    ['3.1-0ubuntu0.22.04.1', { sru: true }, '3.1-0ubuntu0.22.04.2'],
    ['1.2', { vendor: 'ubuntu', sru: true }, '1.2ubuntu0.1'],
    // Backports keep their suffix
    ['2.0-2ubuntu1~22.04.1', {}, '2.0-2ubuntu1~22.04.2'],
    ['2.0-2ubuntu1~22.04.1', { sru: true }, '2.0-2ubuntu1~22.04.2']
  ] as const)('%s %j → %s', (version, opts, next) => {
    expect(nextRevision(version, opts)).toBe(next)
    expect(compareVersions(next, version)).toBe(1)
  })

  test('a first Debian stable update needs the release number: clear error', () => {
    expect(() => nextRevision('2.0-2', { sru: true })).toThrow(/\+debNNu1.*write the first one by hand/)
  })

  test('a revision without a leading number is an error, not a guess', () => {
    expect(() => nextRevision('2.0-a1')).toThrow(/does not start with a number/)
  })
})

test('newUpstreamVersion', () => {
  expect(newUpstreamVersion('8.2.2', 'ubuntu')).toBe('8.2.2-0ubuntu1')
  expect(newUpstreamVersion('8.2.2+ds', 'ubuntu', 1)).toBe('1:8.2.2+ds-0ubuntu1')
  expect(newUpstreamVersion('8.2.2', 'debian')).toBe('8.2.2-1')
  expect(() => newUpstreamVersion('v8.2.2', 'debian')).toThrow(/must start with a digit/)
})
