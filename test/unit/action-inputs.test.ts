import { getSettings, parseAuthor, DEFAULT_COMMIT_AUTHOR } from '../../src/action/inputs.js'
import { InputError } from '../../src/errors.js'

// The action's input helper: lists, booleans, the commit author, and errors that say how to fix them.
const saved = { ...process.env }
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k]
  Object.assign(process.env, saved)
})

test('defaults and lists', () => {
  process.env.INPUT_TOKEN = 'ghs_x'
  process.env.INPUT_LABELS = 'a, b\nc'
  process.env['INPUT_TEAM-REVIEWERS'] = 'core'
  const s = getSettings()
  expect(s).toMatchObject({
    config: '.github/stable-sync.yml',
    branchPrefix: 'stable-sync/',
    labels: ['a', 'b', 'c'],
    teamReviewers: ['core'],
    reviewers: [],
    draft: false,
    dryRun: false,
    commitAuthor: parseAuthor(DEFAULT_COMMIT_AUTHOR)
  })
  expect(s.tracks).toBeUndefined()
  expect(s.base).toBeUndefined()
})

test('bad values are input errors that say what to write', () => {
  process.env.INPUT_TOKEN = 'ghs_x'
  process.env['INPUT_DRY-RUN'] = 'yes'
  expect(() => getSettings()).toThrow(/'dry-run' must be true or false/)
  expect(() => parseAuthor('just a name')).toThrow(InputError)
  expect(parseAuthor('Jane Doe <jane@example.org>')).toEqual({ name: 'Jane Doe', email: 'jane@example.org' })
  delete process.env.INPUT_TOKEN
  expect(() => getSettings()).toThrow(/'token' is empty/)
})

test('booleans follow the YAML 1.2 core schema, as getBooleanInput does, in every action', async () => {
  const { booleanInput } = await import('../../src/action/inputs.js')
  for (const v of ['true', 'True', 'TRUE']) {
    process.env.INPUT_FLAG = v
    expect(booleanInput('flag')).toBe(true)
  }
  for (const v of ['false', 'False', 'FALSE']) {
    process.env.INPUT_FLAG = v
    expect(booleanInput('flag', true)).toBe(false)
  }
  delete process.env.INPUT_FLAG
  expect(booleanInput('flag')).toBe(false)
  expect(booleanInput('flag', true)).toBe(true)
  for (const v of ['yes', '1', 'tRue', 'on']) {
    process.env.INPUT_FLAG = v
    expect(() => booleanInput('flag')).toThrow(
      new InputError(
        `Input 'flag' must be true or false (YAML 1.2 core: true, True, TRUE, false, False, FALSE), not '${v}'.`
      )
    )
  }
  // The root action's draft/dry-run use the same rule (today 'True' was accepted there but 'yes' too).
  process.env.INPUT_TOKEN = 'ghs_x'
  process.env.INPUT_DRAFT = 'TRUE'
  expect(getSettings().draft).toBe(true)
})

test('one GITHUB_REPOSITORY parser: owner/name, or an error that names the variable', async () => {
  const { parseRepository, apiTimeUnitMs } = await import('../../src/action/inputs.js')
  expect(parseRepository('octo-org/qemu.packaging')).toEqual({ owner: 'octo-org', repo: 'qemu.packaging' })
  expect(() => parseRepository(undefined)).toThrow(/GITHUB_REPOSITORY is not set/)
  for (const bad of ['octo-org', 'a/b/c', '/b', 'a/', 'a b/c', 'a/..'])
    expect(() => parseRepository(bad)).toThrow(new RegExp(`GITHUB_REPOSITORY '.*' is not OWNER/NAME`))
  expect(() => parseRepository('x', '--repository')).toThrow(/^--repository 'x' is not OWNER\/NAME/)
  // The test-only time unit is validated, never a silent NaN that would disable GitHub's waits.
  expect(apiTimeUnitMs({})).toBeUndefined()
  expect(apiTimeUnitMs({ STABLE_SYNC_TIME_UNIT_MS: '1' })).toBe(1)
  for (const bad of ['abc', '0', '-5', '1.5', '5000'])
    expect(() => apiTimeUnitMs({ STABLE_SYNC_TIME_UNIT_MS: bad })).toThrow(
      /STABLE_SYNC_TIME_UNIT_MS='.*' must be a whole number of milliseconds from 1 to 1000/
    )
})
