import { modeWithout } from '../../../src/calendar/offline.js'
import type { UnresolvedDay } from '../../../src/calendar/resolve.js'
import { InputError } from '../../../src/errors.js'

const ff: UnresolvedDay = {
  key: 'featureFreeze',
  milestone: 'FF',
  setting: 'calendar.milestones.feature-freeze'
}
const bf: UnresolvedDay = { key: 'betaFreeze', milestone: 'BF', setting: 'calendar.milestones.beta-freeze' }
const rel: UnresolvedDay = { key: 'release', milestone: 'Rel', setting: 'calendar.milestones.release' }
const at = (known: object, unresolved: UnresolvedDay[], day: string): string =>
  modeWithout('t', known, unresolved, day, 'cfg.yml').mode

test.each([
  // [known days, unresolved, day, mode or 'stop']
  [{ featureFreeze: '2026-11-01', betaFreeze: '2026-12-01' }, [rel], '2026-11-15', 'fixes'],
  [{}, [rel], '2026-11-15', 'fixes'],
  [{ betaFreeze: '2026-12-01' }, [ff], '2026-12-05', 'frozen'], // frozen whatever the feature freeze
  [{ betaFreeze: '2026-12-01' }, [ff], '2026-12-01', 'frozen'], // the freeze starts on its day
  [{ betaFreeze: '2026-12-01' }, [ff], '2026-11-30', 'stop'], // track or fixes
  [{ featureFreeze: '2026-11-01' }, [bf], '2026-10-31', 'track'], // beta freeze comes after anyway
  [{ featureFreeze: '2026-11-01' }, [bf], '2026-11-01', 'stop'], // fixes or frozen (same-day beta freeze)
  [{}, [ff, bf], '2026-11-15', 'stop'],
  [{}, [ff, bf, rel], '2026-11-15', 'stop']
])('known %j, unresolved %j, on %s: %s', (known, unresolved, day, want) => {
  if (want === 'stop') {
    expect(() => at(known, unresolved as UnresolvedDay[], day)).toThrow(InputError)
  } else {
    expect(at(known, unresolved as UnresolvedDay[], day)).toBe(want)
  }
})

test('what was assumed is said per milestone; the next change stays when it is known', () => {
  const m = modeWithout('t', { featureFreeze: '2026-11-01' }, [bf, rel], '2026-10-01', 'cfg.yml')
  expect(m.next).toEqual({ day: '2026-11-01', mode: 'fixes', event: 'feature-freeze' })
  expect(m.assumed).toEqual([
    "milestone 'BF' (calendar.milestones.beta-freeze) not read (no GitHub access): the mode is track whatever its due date",
    "release milestone 'Rel' (calendar.milestones.release) not read (no GitHub access): plan and apply do not need the release date"
  ])
})
