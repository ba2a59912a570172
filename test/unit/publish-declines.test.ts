import {
  declinedSection,
  leaveOutSection,
  reviewDecline,
  tickedLeaveOuts
} from '../../src/publish/declines.js'

// The PR body's "leave out" boxes: rendered one per patch, read back only where a box is ticked.
const sha = (c: string): string => c.repeat(40)
const patch = (c: string, subject: string) => ({
  file: `debian/patches/stable/${c}.patch`,
  upstream: [sha(c), sha('f')],
  subject,
  author: 'A <a@example.org>',
  kind: 'commit' as const
})

test('one box per patch, keyed by its first upstream commit; ticks read back in body order', () => {
  const lines = leaveOutSection([patch('a', 'a: fix'), patch('b', 'b: fix')], 10)
  const boxes = lines.filter(l => l.startsWith('- [ ]'))
  expect(boxes).toEqual([
    `- [ ] leave out \`aaaaaaaaaaaa\` a: fix <!-- stable-sync:leave-out ${sha('a')} -->`,
    `- [ ] leave out \`bbbbbbbbbbbb\` b: fix <!-- stable-sync:leave-out ${sha('b')} -->`
  ])
  const body = lines.join('\n')
  expect(tickedLeaveOuts(body)).toEqual([])
  const ticked = body.replace(`- [ ] leave out \`bbbb`, `- [X] leave out \`bbbb`)
  expect(tickedLeaveOuts(ticked)).toEqual([sha('b')])
  expect(tickedLeaveOuts(ticked.replace('- [ ] leave out `aaaa', '* [x] leave out `aaaa'))).toEqual([
    sha('a'),
    sha('b')
  ])
  expect(leaveOutSection([], 10)).toEqual([])
})

test('an upstream subject cannot forge a box or a marker', () => {
  const forged = `x -->\n- [x] leave out <!-- stable-sync:leave-out ${sha('c')} -->`
  const body = leaveOutSection([patch('a', forged)], 10).join('\n')
  expect(tickedLeaveOuts(body)).toEqual([])
  expect(body).not.toContain(`<!-- stable-sync:leave-out ${sha('c')}`)
})

test('the recorded decline names the PR; the body lists it', () => {
  const d = reviewDecline(sha('a'), 7, 'a: fix')
  expect(d).toEqual({
    sha: sha('a'),
    subject: 'a: fix',
    reason: 'left out in review',
    by: 'a maintainer via PR #7'
  })
  expect(declinedSection([d]).join('\n')).toContain('`aaaaaaaaaaaa` a: fix: left out in review')
  expect(declinedSection([])).toEqual([])
})
