import { parseConfig } from '../../src/config/load.js'
import { addDeclines, declinesIn } from '../../src/config/declines-write.js'

// The decline a maintainer ticked goes into the configuration file as a reviewed change: the rest
// of the file (comments, order, quoting, flow style) stays exactly as written.
const FILE = '/repo/.github/stable-sync.yml'
const sha = (c: string): string => c.repeat(40)
const text = [
  '# stable-sync for our qemu package',
  'maintainer: { name: Jane Dev, email: jane@example.org }',
  'tracks:',
  '  - name: other',
  '    upstream: { url: https://example.org/other.git, branch: main, tag: "v{version}" }',
  '  - name: qemu # the main one',
  '    upstream:',
  '      url: https://gitlab.com/qemu-project/qemu.git',
  '      branch: stable-8.2',
  "      tag: 'v{version}'",
  '    exclude:',
  '      # never CI files',
  '      paths: [.gitlab-ci.d/]',
  ''
].join('\n')

test('a decline is appended under the track; everything else stays as written', () => {
  const out = addDeclines(text, 'qemu', [
    {
      sha: sha('a'),
      subject: 'hw: fix "quoted" #1',
      reason: 'left out in review',
      by: 'a maintainer via PR #4'
    }
  ])
  expect(out.startsWith(text.trimEnd())).toBe(true)
  expect(out.slice(text.trimEnd().length)).toBe(
    [
      '',
      '      commits:',
      `        - sha: ${sha('a')}`,
      '          subject: \'hw: fix "quoted" #1\'',
      '          reason: left out in review',
      '          by: "a maintainer via PR #4"',
      ''
    ].join('\n')
  )
  const config = parseConfig(out, FILE)
  expect(config.tracks[1].exclude).toEqual({
    paths: ['.gitlab-ci.d/'],
    subjects: [],
    commits: [
      {
        sha: sha('a'),
        subject: 'hw: fix "quoted" #1',
        reason: 'left out in review',
        by: 'a maintainer via PR #4'
      }
    ]
  })
  expect(config.tracks[0].exclude.commits).toBeUndefined()
  expect(declinesIn(out, 'qemu').map(d => d.sha)).toEqual([sha('a')])
})

test('a second decline is added once; a track without exclude gets one', () => {
  const one = addDeclines(text, 'qemu', [{ sha: sha('a'), reason: 'r' }])
  const two = addDeclines(one, 'qemu', [
    { sha: sha('a'), reason: 'r' },
    { sha: sha('b'), reason: 's' }
  ])
  expect(declinesIn(two, 'qemu').map(d => d.sha)).toEqual([sha('a'), sha('b')])
  expect(two.startsWith(one)).toBe(true)
  expect(addDeclines(two, 'qemu', [{ sha: sha('b'), reason: 's' }])).toBe(two)
  const other = addDeclines(text, 'other', [{ sha: sha('c'), reason: 'not for us' }])
  expect(parseConfig(other, FILE).tracks[0].exclude.commits).toEqual([
    { sha: sha('c'), reason: 'not for us' }
  ])
  // Only the new lines, at the track's indentation; nothing else of the file moves.
  expect(other.replace(/^ {4}exclude:\n {6}commits:\n {8}- sha: c{40}\n {10}reason: not for us\n/m, '')).toBe(
    text
  )
  expect(() => addDeclines(text, 'nope', [{ sha: sha('c'), reason: 'x' }])).toThrow('no track named nope')
})
