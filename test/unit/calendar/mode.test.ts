import { dayOf, isDay, parseNow } from '../../../src/calendar/day.js'
import { modeAt } from '../../../src/calendar/mode.js'
import { milestoneLookupFrom, resolveCalendar } from '../../../src/calendar/resolve.js'
import type { Config, TrackConfig } from '../../../src/config/types.js'
import { InputError } from '../../../src/errors.js'

const days = { featureFreeze: '2026-11-01', betaFreeze: '2026-12-01', release: '2027-01-15' }

test.each([
  ['2026-10-31', 'track', { day: '2026-11-01', mode: 'fixes', event: 'feature-freeze' }],
  ['2026-11-01', 'fixes', { day: '2026-12-01', mode: 'frozen', event: 'beta-freeze' }],
  ['2026-11-30', 'fixes', { day: '2026-12-01', mode: 'frozen', event: 'beta-freeze' }],
  ['2026-12-01', 'frozen', undefined],
  ['2027-02-01', 'frozen', undefined]
])('on %s the mode is %s', (day, mode, next) => {
  const m = modeAt(days, day)
  expect(m.mode).toBe(mode)
  expect(m.next).toEqual(next)
})

test('without a calendar a track is always in fixes mode', () => {
  expect(modeAt({}, '1999-01-01')).toEqual({ mode: 'fixes', reason: 'no freeze calendar: always fixes' })
  expect(modeAt({ release: '2026-01-01' }, '2030-01-01').mode).toBe('fixes')
})

test('one date alone moves the track across that one boundary', () => {
  expect(modeAt({ featureFreeze: '2026-11-01' }, '2026-10-01').mode).toBe('track')
  expect(modeAt({ featureFreeze: '2026-11-01' }, '2027-10-01')).toMatchObject({
    mode: 'fixes',
    next: undefined
  })
  expect(modeAt({ betaFreeze: '2026-12-01' }, '2026-10-01')).toMatchObject({
    mode: 'fixes',
    next: { day: '2026-12-01', mode: 'frozen' }
  })
})

test('--now takes a real YYYY-MM-DD day and says how to write one', () => {
  expect(dayOf(parseNow('2026-02-28'))).toBe('2026-02-28')
  expect(parseNow(undefined, () => new Date('2030-05-05T23:59:00Z')).toISOString()).toBe(
    '2030-05-05T23:59:00.000Z'
  )
  for (const bad of ['2026-02-30', '26-02-01', 'tomorrow', '2026-1-5', '']) {
    expect(() => parseNow(bad)).toThrow(InputError)
    expect(() => parseNow(bad)).toThrow(/YYYY-MM-DD/)
  }
  expect(isDay('2028-02-29')).toBe(true)
  expect(isDay('2027-02-29')).toBe(false)
})

const track = (name: string, calendar?: TrackConfig['calendar']): TrackConfig => ({
  name,
  upstream: { url: '/nowhere', branch: 'stable', tag: 'v{version}' },
  package: '.',
  pin: 'changelog',
  paths: [],
  exclude: { paths: [], subjects: [] },
  patchDir: 'debian/patches/stable',
  versionFiles: ['VERSION'],
  ...(calendar ? { calendar } : {})
})

const config = (calendar?: Config['calendar'], tracks: TrackConfig[] = []): Config => ({
  file: '/repo/.github/stable-sync.yml',
  tracks,
  distribution: 'UNRELEASED',
  ...(calendar ? { calendar } : {})
})

test("a track's calendar overrides the top-level one key by key", async () => {
  const c = config({ featureFreeze: '2026-11-01', betaFreeze: '2026-12-01' })
  const t = track('kvm', { betaFreeze: '2026-12-15' })
  const r = await resolveCalendar(c, t)
  expect(r.days).toEqual({ featureFreeze: '2026-11-01', betaFreeze: '2026-12-15' })
})

test('milestone titles resolve to their due day (UTC) through the injected lookup', async () => {
  const lookup = milestoneLookupFrom([
    { title: 'Feature Freeze', dueOn: '2026-11-01T08:00:00Z', state: 'open' },
    { title: 'Beta Freeze', dueOn: '2026-12-01T07:00:00Z', state: 'open' },
    { title: 'No date', dueOn: null }
  ])
  const c = config({ milestones: { featureFreeze: 'Feature Freeze', betaFreeze: 'Beta Freeze' } })
  const r = await resolveCalendar(c, track('qemu'), lookup)
  expect(r.days).toEqual({ featureFreeze: '2026-11-01', betaFreeze: '2026-12-01' })
  expect(r.sources.betaFreeze).toEqual({ kind: 'milestone', title: 'Beta Freeze' })

  await expect(
    resolveCalendar(config({ milestones: { betaFreeze: 'Beta' } }), track('q'), lookup)
  ).rejects.toThrow(/milestone 'Beta', which the repository does not have/)
  await expect(
    resolveCalendar(config({ milestones: { betaFreeze: 'No date' } }), track('q'), lookup)
  ).rejects.toThrow(/has no due date/)
  await expect(resolveCalendar(c, track('q'))).rejects.toThrow(/no GitHub access/)
})

test('feature freeze after beta freeze is bad input', async () => {
  await expect(
    resolveCalendar(config({ featureFreeze: '2026-12-02', betaFreeze: '2026-12-01' }), track('q'))
  ).rejects.toThrow(/feature freeze \(2026-12-02\) comes after beta freeze \(2026-12-01\)/)
})
