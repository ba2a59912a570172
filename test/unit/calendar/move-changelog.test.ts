import { moveChangelog, withoutDropped } from '../../../src/calendar/move-changelog.js'

const who = { name: 'Stable Bot', email: 'bot@example.org' }
const date = new Date('2026-10-20T12:00:00Z')
const released =
  'qemu (1:8.2.1+ds-0ubuntu3) noble; urgency=low\n\n  * Fix.\n\n -- P <p@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n'

test('on a released top entry the move is a new entry', () => {
  const out = moveChangelog(
    released,
    {
      version: '1:8.2.2+ds-0ubuntu1',
      items: ['New upstream stable release 8.2.2.'],
      distribution: 'UNRELEASED',
      maintainer: who,
      date
    },
    []
  )
  expect(out).toBe(
    'qemu (1:8.2.2+ds-0ubuntu1) UNRELEASED; urgency=low\n\n  * New upstream stable release 8.2.2.\n\n -- Stable Bot <bot@example.org>  Tue, 20 Oct 2026 12:00:00 +0000\n\n' +
      released
  )
})

test('an UNRELEASED top entry gives way, keeping the maintainer’s own lines', () => {
  const text =
    'qemu (1:8.2.1+ds-0ubuntu4) UNRELEASED; urgency=medium\n\n' +
    '  * d/p/stable/*: cherry-pick 2 fixes from upstream stable-8.2 (up to 0123456789ab).\n' +
    '    - 0001-a.patch: a\n    - 0002-b.patch: b\n' +
    '  * d/control: bump Standards-Version.\n\n' +
    ' -- P <p@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n\n' +
    released
  const out = moveChangelog(
    text,
    { version: '1:8.2.2+ds-0ubuntu1', items: ['Move.'], distribution: 'UNRELEASED', maintainer: who, date },
    ['debian/patches/stable/0001-a.patch', 'debian/patches/stable/0002-b.patch']
  )
  expect(out).toBe(
    'qemu (1:8.2.2+ds-0ubuntu1) UNRELEASED; urgency=medium\n\n  * Move.\n\n  * d/control: bump Standards-Version.\n\n' +
      ' -- Stable Bot <bot@example.org>  Tue, 20 Oct 2026 12:00:00 +0000\n\n' +
      released
  )
})

test('a cherry-pick bullet is recounted when some of its patches stay', () => {
  expect(
    withoutDropped(
      [
        '  * d/p/stable/*: cherry-pick 3 fixes from upstream stable-8.2 (up to x).',
        '    - 0001-a.patch: a',
        '    - 0002-b.patch: b',
        '    - 0003-c.patch: c'
      ],
      new Set(['0001-a.patch', '0003-c.patch'])
    )
  ).toEqual([
    '  * d/p/stable/*: cherry-pick 1 fix from upstream stable-8.2 (up to x).',
    '    - 0002-b.patch: b'
  ])
})
