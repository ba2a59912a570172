import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/process/run.js'
import { withoutDropped } from '../../src/calendar/move-changelog.js'
import { parseBugRefs } from '../../src/series/bug-refs.js'
import { planChangelog, writeChangelog } from '../../src/series/changelog.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir('stable-sync-series-changelog-')
afterAll(() => tmp.cleanup())
let counter = 0

// Launchpad-Bugs-Fixed is Ubuntu's dpkg vendor hook: run dpkg as on Ubuntu (its own origins file).
const origins = join(tmp.dir, 'origins')
mkdirSync(origins)
copyFileSync('/etc/dpkg/origins/debian', join(origins, 'debian'))
writeFileSync(
  join(origins, 'ubuntu'),
  'Vendor: Ubuntu\nVendor-URL: https://www.ubuntu.com/\nBugs: https://bugs.launchpad.net/ubuntu/+filebug\nParent: Debian\n'
)

async function dpkgField(text: string, field: string): Promise<string> {
  const file = join(tmp.dir, `changelog-${++counter}`)
  writeFileSync(file, text)
  const r = await run('dpkg-parsechangelog', ['-l', file, '-S', field], {
    env: { DPKG_ORIGINS_DIR: origins, DEB_VENDOR: 'Ubuntu' }
  })
  expect(r.stderr.toString()).toBe('')
  return r.stdout.toString('utf8').trim()
}

const released =
  'qemu (1:8.2.2+ds-0ubuntu1) noble; urgency=medium\n\n  * New upstream release.\n\n' +
  ' -- Jane Doe <jane@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n'
const debianReleased = released.replace('0ubuntu1) noble', '1) unstable')
const who = { name: 'Stable Sync Bot', email: 'bot@example.org' }
const date = new Date(Date.UTC(2026, 10, 25, 21, 0, 0))
const upTo = '0123456789abcdef0123456789abcdef01234567'
const longSubject =
  'Merge branch "stable-8.2-fixes" of https://gitlab.com/example/qemu into stable-8.2 for the virtio-net receive path overflow'

const patches = [
  {
    name: 'stable/0001-virtio-net-fix-overflow.patch',
    subject: 'virtio-net: fix overflow in the receive path',
    refs: parseBugRefs(
      'virtio-net: fix overflow\n\nFixes: CVE-2024-3446\nBuglink: https://bugs.launchpad.net/bugs/2051965\n'
    )
  },
  {
    name: 'stable/0002-merge-branch-stable-8-2-fixes.patch',
    subject: longSubject,
    refs: parseBugRefs('x\n\nCloses: #1040000, #1040001\nLP: #2051966\n')
  },
  { name: 'stable/0003-hw-fix-leak.patch', subject: 'hw: fix leak' }
]

describe('the changelog entry of new patches', () => {
  test('one header bullet, one wrapped sub-bullet per patch, closers dpkg and Launchpad read', async () => {
    const plan = planChangelog(released, 'debian/patches/stable', 'stable-8.2', upTo, patches)
    expect(plan.version).toBe('1:8.2.2+ds-0ubuntu2')
    const text = writeChangelog(released, plan, who, date, 'UNRELEASED')
    const entry = text.slice(0, text.indexOf(' -- '))
    expect(entry.split('\n')).toEqual([
      'qemu (1:8.2.2+ds-0ubuntu2) UNRELEASED; urgency=medium',
      '',
      '  * d/p/stable/*: cherry-pick 3 fixes from upstream stable-8.2 (up to',
      '    0123456789ab):',
      '    - 0001-virtio-net-fix-overflow.patch: virtio-net: fix overflow in the',
      '      receive path (CVE-2024-3446) (LP: #2051965)',
      '    - 0002-merge-branch-stable-8-2-fixes.patch: Merge branch "stable-8.2-fixes"',
      '      of https://gitlab.com/example/qemu into stable-8.2 for the virtio-net',
      '      receive path overflow (Closes: #1040000, #1040001) (LP: #2051966)',
      '    - 0003-hw-fix-leak.patch: hw: fix leak',
      '',
      ''
    ])
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
    // No subject is cut: every word of each one is in the entry.
    const flat = entry.replace(/\s+/g, ' ')
    for (const p of patches) expect(flat).toContain(p.subject)
    expect(await dpkgField(text, 'Closes')).toBe('1040000 1040001')
    expect(await dpkgField(text, 'Launchpad-Bugs-Fixed')).toBe('2051965 2051966')
    expect(await dpkgField(text, 'Version')).toBe('1:8.2.2+ds-0ubuntu2')
  })

  test('closers in upstream subject text close nothing; the parsed references do', async () => {
    const hostile = [
      {
        name: 'stable/0001-x.patch',
        subject: 'gitlab: fix (Closes: #12) and LP:#34',
        refs: parseBugRefs('x\n\nLP: #56\n')
      }
    ]
    const plan = planChangelog(released, 'debian/patches/stable', 'stable-8.2', upTo, hostile)
    const text = writeChangelog(released, plan, who, date, 'UNRELEASED')
    expect(text).toContain('gitlab: fix (Closes #12) and LP#34 (LP: #56)')
    expect(await dpkgField(text, 'Closes')).toBe('')
    expect(await dpkgField(text, 'Launchpad-Bugs-Fixed')).toBe('56')
  })

  test('the vendor decides the next version', () => {
    const one = [patches[2]]
    expect(planChangelog(debianReleased, 'debian/patches/stable', 'b', upTo, one).version).toBe(
      '1:8.2.2+ds-2'
    )
    expect(
      planChangelog(debianReleased, 'debian/patches/stable', 'b', upTo, one, { vendor: 'ubuntu' }).version
    ).toBe('1:8.2.2+ds-1ubuntu1')
  })

  test('a track move drops a detail together with its continuation lines', () => {
    const plan = planChangelog(released, 'debian/patches/stable', 'stable-8.2', upTo, patches)
    const lines = writeChangelog(released, plan, who, date, 'UNRELEASED').split('\n').slice(2, 11)
    expect(withoutDropped(lines, new Set(['0002-merge-branch-stable-8-2-fixes.patch']))).toEqual([
      '  * d/p/stable/*: cherry-pick 2 fixes from upstream stable-8.2 (up to',
      '    0123456789ab):',
      '    - 0001-virtio-net-fix-overflow.patch: virtio-net: fix overflow in the',
      '      receive path (CVE-2024-3446) (LP: #2051965)',
      '    - 0003-hw-fix-leak.patch: hw: fix leak'
    ])
  })
})
