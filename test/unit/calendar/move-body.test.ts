import type { TrackConfig } from '../../../src/config/types.js'
import type { TrackMove } from '../../../src/calendar/track-mode.js'
import { moveSetKey, moveTitle, renderMoveSections } from '../../../src/publish/move-body.js'

const sha = (c: string): string => c.repeat(40)
const track: TrackConfig = {
  name: 'qemu',
  upstream: {
    url: '/u',
    branch: 'stable-8.2',
    tag: 'v{version}',
    commitUrl: 'https://gitlab.com/qemu-project/qemu/-/commit/{sha}'
  },
  package: '.',
  pin: 'changelog',
  paths: [],
  exclude: { paths: [], subjects: [] },
  patchDir: 'debian/patches/stable',
  versionFiles: ['VERSION']
}
const move: TrackMove = {
  from: { version: '8.2.1', tag: 'v8.2.1', sha: sha('1') },
  to: { version: '8.2.2', tag: 'v8.2.2', sha: sha('2') },
  version: '1:8.2.2+ds-0ubuntu1',
  dropped: [
    { file: 'debian/patches/stable/0001-a.patch', how: 'patch-id', upstream: sha('a') },
    { file: 'debian/patches/stable/0002-b.patch', how: 'reverse-applies' }
  ],
  kept: ['debian/patches/ubuntu/own.patch'],
  verification: { status: 'ok', text: 'all 1 kept patches apply' },
  problems: [],
  changelog: [
    'New upstream stable release 8.2.2 (tag v8.2.2, 222222222222).',
    'Drop patches included in 8.2.2:',
    '    - d/p/stable/0001-a.patch (upstream aaaaaaaaaaaa)'
  ]
}

test('a move PR says where to, what goes (and why) and what stays', () => {
  expect(moveTitle(track, move)).toBe('qemu: move to upstream stable release 8.2.2')
  const text = renderMoveSections(track, move).join('\n')
  expect(text).toContain(
    'to the newest stable release `v8.2.2` ([`222222222222`](https://gitlab.com/qemu-project/qemu/-/commit/' +
      sha('2') +
      ')), as `1:8.2.2+ds-0ubuntu1`.'
  )
  expect(text).toContain('| `debian/patches/stable/0001-a.patch` | same change as upstream [`aaaaaaaaaaaa`](')
  expect(text).toContain(
    '| `debian/patches/stable/0002-b.patch` | contained in the release (reverse-applies) |'
  )
  expect(text).toContain('- `debian/patches/ubuntu/own.patch`')
  expect(moveSetKey({ move })).not.toBe(moveSetKey({ move: { ...move, to: { ...move.to, sha: sha('3') } } }))
  expect(moveSetKey({})).toBeUndefined()
})
