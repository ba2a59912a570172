import { resolveIdentity, resolveIdentitySource } from '../../src/config/identity.js'
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

describe('later sources, with where the identity came from', () => {
  const git = { name: 'Gi T. User', email: 'git@example.org', source: 'git config' }
  const sender = {
    name: 'Jane Doe',
    email: '4242+jane-doe@users.noreply.github.com',
    source: 'the sender (jane-doe)'
  }

  test("git's user.name/user.email fill what the environment leaves empty, field by field (gbp dch)", () => {
    expect(resolveIdentitySource({ file }, {}, [], git)).toEqual({
      identity: { name: 'Gi T. User', email: 'git@example.org' },
      source: 'git user.name and git user.email'
    })
    expect(resolveIdentitySource({ file }, { DEBFULLNAME: 'Jane' }, [], git)).toEqual({
      identity: { name: 'Jane', email: 'git@example.org' },
      source: 'DEBFULLNAME and git user.email'
    })
    expect(
      resolveIdentitySource({ file }, { DEBFULLNAME: 'J', DEBEMAIL: 'j@example.org' }, [], git).source
    ).toBe('DEBFULLNAME/DEBEMAIL')
  })

  test('the config and the environment win over candidates; candidates come last, in order', () => {
    const config = { file, maintainer: { name: 'M', email: 'm@example.org' } }
    expect(resolveIdentitySource(config, {}, [sender], git).source).toBe(`maintainer in ${file}`)
    expect(resolveIdentitySource({ file }, {}, [sender]).identity).toEqual({
      name: 'Jane Doe',
      email: '4242+jane-doe@users.noreply.github.com'
    })
    expect(resolveIdentitySource({ file }, {}, [{ source: 'empty' }, sender]).source).toBe(
      'the sender (jane-doe)'
    )
  })

  test('without any source the error also names git config', () => {
    expect(() => resolveIdentitySource({ file }, {}, [], { source: 'git config' })).toThrow(
      /No maintainer identity .* or set git config user\.name and user\.email/
    )
  })
})
