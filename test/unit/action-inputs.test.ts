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
