import { resolveIdentity } from '../../src/config/identity.js'
import { InputError } from '../../src/errors.js'

const file = '/repo/.github/stable-sync.yml'

test('the config maintainer wins over the environment', () => {
  const config = { file, maintainer: { name: 'Jane Doe', email: 'jane@example.org' } }
  expect(resolveIdentity(config, { DEBFULLNAME: 'Other', DEBEMAIL: 'o@example.org' })).toEqual({
    name: 'Jane Doe',
    email: 'jane@example.org'
  })
})

test('DEBFULLNAME and DEBEMAIL', () => {
  expect(resolveIdentity({ file }, { DEBFULLNAME: ' Jane Doe ', DEBEMAIL: 'jane@example.org' })).toEqual({
    name: 'Jane Doe',
    email: 'jane@example.org'
  })
})

test('DEBEMAIL carrying the name, as dch accepts', () => {
  expect(resolveIdentity({ file }, { DEBEMAIL: 'Jane Doe <jane@example.org>' })).toEqual({
    name: 'Jane Doe',
    email: 'jane@example.org'
  })
  // DEBFULLNAME still names the person when both are set.
  expect(
    resolveIdentity({ file }, { DEBFULLNAME: 'J. Doe', DEBEMAIL: 'Jane Doe <jane@example.org>' }).name
  ).toBe('J. Doe')
})

test("dch's fallbacks NAME and EMAIL", () => {
  expect(resolveIdentity({ file }, { NAME: 'Jane Doe', EMAIL: 'jane@example.org' })).toEqual({
    name: 'Jane Doe',
    email: 'jane@example.org'
  })
})

describe('without an identity: an InputError saying how to set one', () => {
  const rejection = (env: Record<string, string | undefined>): InputError => {
    try {
      resolveIdentity({ file }, env)
    } catch (e) {
      if (e instanceof InputError) return e
      throw e
    }
    throw new Error('expected an InputError')
  }

  test('nothing set', () => {
    const e = rejection({ DEBFULLNAME: '', HOME: '/root' })
    expect(e.exitCode).toBe(2)
    expect(e.message).toContain('No maintainer identity')
    expect(e.message).toContain(`Set 'maintainer: { name: Jane Doe, email: jane@example.org }' in ${file}`)
    expect(e.message).toContain("export DEBFULLNAME='Jane Doe' and DEBEMAIL=jane@example.org")
  })

  test('only the name', () => {
    expect(rejection({ DEBFULLNAME: 'Jane' }).message).toContain('DEBFULLNAME is set but DEBEMAIL is not')
  })

  test('only a bare email', () => {
    expect(rejection({ DEBEMAIL: 'jane@example.org' }).message).toContain(
      'DEBEMAIL is set but DEBFULLNAME is not'
    )
  })

  test('an email that is not one', () => {
    expect(rejection({ DEBFULLNAME: 'Jane', DEBEMAIL: 'jane' }).message).toContain(
      "DEBEMAIL='jane' is not an email address"
    )
  })
})
