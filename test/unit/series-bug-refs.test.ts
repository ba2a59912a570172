import {
  bugFields,
  changelogRefs,
  classifyUrl,
  noBugRefs,
  parseBugRefs,
  type BugRefs,
  type BugTracker
} from '../../src/series/bug-refs.js'

const QEMU: BugTracker[] = [{ url: 'https://gitlab.com/qemu-project/qemu/-/issues/{id}', field: 'Bug' }]
const none: BugRefs = { cves: [], debian: [], launchpad: [], urls: [], fixes: [], stable: [] }
const sha12 = '0123456789ab'

describe('parseBugRefs', () => {
  const table: [string, string, BugTracker[], Partial<BugRefs>][] = [
    ['nothing', 'fix a typo\n\nJust a typo.\n', [], {}],
    [
      'kernel Fixes with subject',
      `kvm: x86: fix\n\nFixes: ${sha12} ("KVM: x86: add thing")\nCc: stable@vger.kernel.org # 6.1.x\n`,
      [],
      { fixes: [{ sha: sha12, subject: 'KVM: x86: add thing' }], stable: ['stable@vger.kernel.org'] }
    ],
    [
      'short Fixes with subject, bare long Fixes',
      `x\n\nFixes: deadbeef ("a")\nFixes: ${'f'.repeat(40)}\n`,
      [],
      { fixes: [{ sha: 'deadbeef', subject: 'a' }, { sha: 'f'.repeat(40) }] }
    ],
    ['a number is not a Fixes sha', 'x\n\nFixes: 12345678\n', [], {}],
    [
      'QEMU Resolves URL, configured tracker, qemu-stable Cc',
      'hw: fix\n\nResolves: https://gitlab.com/qemu-project/qemu/-/issues/2050\nCc: qemu-stable@nongnu.org\n',
      QEMU,
      {
        urls: [{ url: 'https://gitlab.com/qemu-project/qemu/-/issues/2050', field: 'Bug', id: '2050' }],
        stable: ['qemu-stable@nongnu.org']
      }
    ],
    [
      'bare #N in Resolves uses the configured tracker',
      'x\n\nResolves: #1234\n',
      QEMU,
      { urls: [{ url: 'https://gitlab.com/qemu-project/qemu/-/issues/1234', field: 'Bug', id: '1234' }] }
    ],
    ['bare #N without a tracker is dropped', 'x\n\nResolves: #1234\n', [], {}],
    [
      'Buglink / Bug Launchpad and Debian URLs become numbers',
      'x\n\nBugLink: https://bugs.launchpad.net/bugs/2051965\nBug: https://bugs.launchpad.net/ubuntu/+source/qemu/+bug/1999999\n' +
        'Bug: http://bugs.debian.org/cgi-bin/bugreport.cgi?bug=1040000\nBug: <https://bugs.debian.org/1050000>.\n',
      [],
      { launchpad: [2051965, 1999999], debian: [1040000, 1050000] }
    ],
    [
      'LP and Closes in text, several numbers',
      'fix crash (LP: #123, #456)\n\nCloses: #987654, #987655\nCloses: bug#1\n',
      [],
      { launchpad: [123, 456], debian: [987654, 987655, 1] }
    ],
    [
      'CVEs anywhere, case-insensitive, unique',
      'CVE-2024-3446: virtio: fix\n\nFixes: CVE-2024-3446\nAlso cve-2023-12345.\n',
      [],
      { cves: ['CVE-2024-3446', 'CVE-2023-12345'] }
    ],
    [
      'an unknown bug URL is an upstream Bug',
      'x\n\nBug: https://bugzilla.redhat.com/show_bug.cgi?id=2250000\n',
      [],
      { urls: [{ url: 'https://bugzilla.redhat.com/show_bug.cgi?id=2250000', field: 'Bug' }] }
    ],
    [
      'hostile: quotes, spaces, javascript, newline tricks are not URLs',
      'x\n\nBug: https://a.example/"><script>\nBug: javascript:alert(1)\nBug: https://x y\nCc: unstable@example.org\n',
      [],
      {}
    ],
    ['not-stable Cc is ignored', 'x\n\nCc: Jane <jane@example.org>\n', [], {}],
    [
      'named stable Cc',
      'x\n\nCc: "Stable Team" <stable@vger.kernel.org>\n',
      [],
      { stable: ['stable@vger.kernel.org'] }
    ]
  ]
  test.each(table)('%s', (_name, message, trackers, expected) => {
    expect(parseBugRefs(message, trackers)).toEqual({ ...none, ...expected })
  })

  test('hostile sizes: capped counts, long lines and many parentheses stay fast', () => {
    const many = Array.from({ length: 500 }, (_, i) => `Closes: #${i + 1}`).join('\n')
    expect(parseBugRefs(`x\n\n${many}`).debian).toHaveLength(20)
    const cves = Array.from({ length: 500 }, (_, i) => `CVE-2024-${1000 + i}`).join(' ')
    expect(parseBugRefs(cves).cves).toHaveLength(20)
    const evil = `x\n\nBug: https://a.example/${')'.repeat(100_000)}x\nFixes: ${'a'.repeat(100_000)}\n`
    const started = Date.now()
    const r = parseBugRefs(evil)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(r).toEqual(none)
    expect(noBugRefs(r)).toBe(true)
  })
})

describe('classifyUrl', () => {
  test('configured trackers first, Debian and Launchpad known by default', () => {
    expect(classifyUrl('https://gitlab.com/qemu-project/qemu/-/issues/7', QEMU)).toEqual({
      url: 'https://gitlab.com/qemu-project/qemu/-/issues/7',
      field: 'Bug',
      id: '7'
    })
    expect(classifyUrl('https://bugs.debian.org/42').field).toBe('Bug-Debian')
    expect(classifyUrl('https://bugs.launchpad.net/qemu/+bug/42/').field).toBe('Bug-Ubuntu')
    const lp: BugTracker[] = [{ url: 'https://bugs.example.org/issue/{id}', field: 'Bug-Ubuntu' }]
    expect(classifyUrl('https://bugs.example.org/issue/9', lp)).toMatchObject({
      field: 'Bug-Ubuntu',
      id: '9'
    })
    expect(classifyUrl('https://gitlab.com/other/project/-/issues/7', QEMU).field).toBe('Bug')
  })
})

describe('rendering references', () => {
  const refs = parseBugRefs(
    'x\n\nResolves: https://gitlab.com/qemu-project/qemu/-/issues/2050\nCloses: #1040000\nLP: #2051965\nFixes: CVE-2024-3446\n',
    QEMU
  )
  test('DEP-3 fields', () => {
    expect(bugFields(refs)).toEqual([
      ['Bug', 'https://gitlab.com/qemu-project/qemu/-/issues/2050'],
      ['Bug-Debian', 'https://bugs.debian.org/1040000'],
      ['Bug-Ubuntu', 'https://launchpad.net/bugs/2051965'],
      ['CVE', 'CVE-2024-3446']
    ])
  })
  test('changelog closers', () => {
    expect(changelogRefs(refs)).toBe('(CVE-2024-3446) (Closes: #1040000) (LP: #2051965)')
    expect(changelogRefs(none)).toBe('')
  })
})
