import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/process/run.js'
import { dep3Field, dep3Values, parseDep3, renderDep3, splitPatch } from '../../src/debian/dep3.js'
import { makeTempDir } from '../helpers/tmp.js'

const SHA1 = '0123456789abcdef0123456789abcdef01234567'
const SHA2 = 'fedcba9876543210fedcba9876543210fedcba98'
const SHA3 = 'aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd'

const diff = [
  'diff --git a/hw/net/virtio-net.c b/hw/net/virtio-net.c',
  'index 1111111..2222222 100644',
  '--- a/hw/net/virtio-net.c',
  '+++ b/hw/net/virtio-net.c',
  '@@ -1 +1 @@',
  '-old',
  '+new',
  ''
].join('\n')

const dep3Header = [
  'Description: virtio-net: fix a use-after-free on reset',
  ' The device state was freed before the queues were drained.',
  ' .',
  ' Second paragraph of the long description.',
  'Author: Jürgen Example <juergen@example.org>',
  `Origin: upstream, https://gitlab.com/qemu-project/qemu/-/commit/${SHA1}`,
  'Bug-Ubuntu: https://bugs.launchpad.net/bugs/2000001',
  'Bug-Ubuntu: https://bugs.launchpad.net/bugs/2000002',
  'Forwarded: not-needed',
  `Applied-Upstream: 8.2.3, commit:${SHA2}`,
  'Last-Update: 2026-11-25',
  ''
].join('\n')

const formatPatch = [
  `From ${SHA3} Mon Sep 17 00:00:00 2001`,
  'From: =?UTF-8?q?J=C3=BCrgen=20Example?= <juergen@example.org>',
  'Date: Tue, 3 Oct 2023 10:00:00 +0200',
  'Subject: [PATCH 3/7] hw/virtio: fix a very long subject that git folds over',
  ' two lines',
  '',
  'The first paragraph of the commit message.',
  'It has two lines.',
  '',
  `(cherry picked from commit ${SHA1})`,
  '',
  'Signed-off-by: Jürgen Example <juergen@example.org>',
  'Gbp-Pq: Name 0003-hw-virtio-fix.patch',
  '---',
  ' hw/net/virtio-net.c | 2 +-',
  ' 1 file changed, 1 insertion(+), 1 deletion(-)',
  '',
  diff,
  '-- ',
  '2.39.2',
  ''
].join('\n')

describe('splitPatch', () => {
  test.each([
    ['DEP-3 + git diff', `${dep3Header}\n${diff}`, `${dep3Header}\n`],
    ['DEP-3 + plain unified diff', `${dep3Header}--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n`, dep3Header],
    ['svn Index:', `${dep3Header}Index: x\n===\n--- x\n+++ x\n`, dep3Header],
    ['context diff', `${dep3Header}*** a/x\n--- b/x\n`, dep3Header],
    [
      'git format-patch: header ends at the --- separator',
      formatPatch,
      formatPatch.slice(0, formatPatch.indexOf('---\n'))
    ],
    ['no diff at all', dep3Header, dep3Header],
    ['diff only', diff, '']
  ])('%s', (_name, text, header) => {
    const parts = splitPatch(text)
    expect(parts.header).toBe(header)
    expect(parts.header + parts.diff).toBe(text)
  })

  test('a description line starting with --- (indented) does not end the header', () => {
    const text = `Description: x\n --- not a diff\n${diff}`
    expect(splitPatch(text).header).toBe('Description: x\n --- not a diff\n')
  })
})

describe('parseDep3', () => {
  test('plain DEP-3 header', () => {
    const d = parseDep3(dep3Header)
    expect(d.summary).toBe('virtio-net: fix a use-after-free on reset')
    expect(d.body).toBe(
      'The device state was freed before the queues were drained.\n\nSecond paragraph of the long description.'
    )
    expect(d.fields.map(f => f.name)).toEqual([
      'Description',
      'Author',
      'Origin',
      'Bug-Ubuntu',
      'Bug-Ubuntu',
      'Forwarded',
      'Applied-Upstream',
      'Last-Update'
    ])
    expect(d.fields[2]).toEqual({
      name: 'Origin',
      value: `upstream, https://gitlab.com/qemu-project/qemu/-/commit/${SHA1}`,
      line: 6
    })
    expect(dep3Values(d, 'bug-ubuntu')).toEqual([
      'https://bugs.launchpad.net/bugs/2000001',
      'https://bugs.launchpad.net/bugs/2000002'
    ])
    expect(dep3Field(d, 'FORWARDED')).toBe('not-needed')
    expect(dep3Field(d, 'Bug-Debian')).toBeUndefined()
    expect(d.originShas).toEqual([SHA1, SHA2])
    expect(d.formatPatchSha).toBeUndefined()
  })

  test('git format-patch / gbp pq header', () => {
    const d = parseDep3(splitPatch(formatPatch).header)
    expect(d.formatPatchSha).toBe(SHA3)
    expect(d.summary).toBe('hw/virtio: fix a very long subject that git folds over two lines')
    expect(dep3Field(d, 'From')).toBe('Jürgen Example <juergen@example.org>')
    expect(dep3Field(d, 'Date')).toBe('Tue, 3 Oct 2023 10:00:00 +0200')
    expect(dep3Field(d, 'Gbp-Pq')).toBe('Name 0003-hw-virtio-fix.patch')
    expect(dep3Field(d, 'Signed-off-by')).toBe('Jürgen Example <juergen@example.org>')
    expect(d.body).toBe(
      `The first paragraph of the commit message.\nIt has two lines.\n\n(cherry picked from commit ${SHA1})`
    )
    // The mbox From line names the exported commit, not an upstream origin.
    expect(d.originShas).toEqual([])
    // Parsing the whole patch stops at the --- separator, too.
    expect(parseDep3(formatPatch).fields).toEqual(d.fields)
  })

  test.each([
    [`upstream, commit:${SHA1}`, [SHA1]],
    [`upstream, commit:${SHA1.toUpperCase()}`, [SHA1]],
    [`upstream, https://github.com/qemu/qemu/commit/${SHA1}`, [SHA1]],
    [`upstream, https://git.kernel.org/pub/scm/virt/kvm/kvm.git/commit/?id=${SHA1}`, [SHA1]],
    [`upstream, https://git.example.org/?p=qemu.git;a=commit;h=${SHA1}`, [SHA1]],
    [`backport, https://gitlab.com/x/-/commit/${SHA1}, commit:${SHA2}, commit:${SHA1}`, [SHA1, SHA2]],
    ['upstream, commit:0123456789ab', []],
    [`upstream, commit:${SHA1}ff`, []],
    ['vendor, https://launchpad.net/ubuntu/+source/qemu', []]
  ])('Origin: %s → %j', (origin, shas) => {
    expect(parseDep3(`Description: x\nOrigin: ${origin}\n`).originShas).toEqual(shas)
  })

  test('pseudo-headers after free text, and a header without Description', () => {
    const d = parseDep3(
      '\nFix the frobnicator\n\nLonger explanation\nover two lines.\n\nOrigin: vendor\nForwarded: no\n'
    )
    expect(d.summary).toBe('Fix the frobnicator')
    expect(d.body).toBe('Longer explanation\nover two lines.')
    expect(d.fields.map(f => [f.name, f.value, f.line])).toEqual([
      ['Origin', 'vendor', 7],
      ['Forwarded', 'no', 8]
    ])
  })

  test('a paragraph with a stray non-field line is free text, not fields', () => {
    const d = parseDep3('Description: x\n\nNote: this is prose\nand continues here.\n')
    expect(d.fields.map(f => f.name)).toEqual(['Description'])
    expect(d.body).toBe('Note: this is prose\nand continues here.')
  })
})

describe('renderDep3', () => {
  const fields: [string, string][] = [
    [
      'Description',
      'virtio-net: fix a use-after-free\nThe device state was freed early.\n\n  indented detail'
    ],
    ['Origin', `upstream, commit:${SHA1}`],
    ['Bug-Ubuntu', 'https://bugs.launchpad.net/bugs/1'],
    ['Bug-Ubuntu', 'https://bugs.launchpad.net/bugs/2'],
    ['Forwarded', 'not-needed'],
    ['Last-Update', '2026-11-25']
  ]

  test('renders continuation lines and " ." exactly', () => {
    expect(renderDep3(fields)).toBe(
      [
        'Description: virtio-net: fix a use-after-free',
        ' The device state was freed early.',
        ' .',
        '   indented detail',
        `Origin: upstream, commit:${SHA1}`,
        'Bug-Ubuntu: https://bugs.launchpad.net/bugs/1',
        'Bug-Ubuntu: https://bugs.launchpad.net/bugs/2',
        'Forwarded: not-needed',
        'Last-Update: 2026-11-25',
        ''
      ].join('\n')
    )
    expect(renderDep3([])).toBe('')
  })

  test('parse(render(fields)) gives the fields back', () => {
    const d = parseDep3(renderDep3(fields))
    expect(d.fields.map(f => [f.name, f.value])).toEqual(fields)
    expect(d.summary).toBe('virtio-net: fix a use-after-free')
    expect(d.body).toBe('The device state was freed early.\n\n  indented detail')
    expect(d.originShas).toEqual([SHA1])
  })

  test('hostile values stay inside their field', () => {
    const hostile = 'fix\n---\ndiff --git a/x b/x\nFrom: Evil <e@x>\n\n\tIndex: y\r\n\x1b[31mred'
    const header = renderDep3([
      ['Description', hostile],
      ['Origin', 'upstream']
    ])
    expect(splitPatch(header + diff)).toEqual({ header, diff })
    const d = parseDep3(header)
    expect(d.fields.map(f => f.name)).toEqual(['Description', 'Origin'])
    expect(d.summary).toBe('fix')
    expect(header).not.toContain('\r')
    expect(header).not.toContain('\x1b')
  })

  test('bad field names are refused', () => {
    expect(() => renderDep3([['Bad Name', 'x']])).toThrow(/not a field name/)
    expect(() => renderDep3([['Bad:Name', 'x']])).toThrow(/not a field name/)
  })

  test('quilt reads the rendered header and applies the patch at fuzz 0', async () => {
    const tmp = makeTempDir()
    try {
      mkdirSync(join(tmp.dir, 'hw/net'), { recursive: true })
      mkdirSync(join(tmp.dir, 'patches'))
      writeFileSync(join(tmp.dir, 'hw/net/virtio-net.c'), 'old\n')
      const header = renderDep3(fields)
      writeFileSync(join(tmp.dir, 'patches/fix.patch'), `${header}\n${diff}`)
      writeFileSync(join(tmp.dir, 'patches/series'), 'fix.patch\n')
      const env = { QUILT_PATCHES: 'patches', QUILTRC: '/dev/null', QUILT_PATCH_OPTS: '--fuzz=0' }
      await run('quilt', ['push', '-a'], { cwd: tmp.dir, env })
      expect(readFileSync(join(tmp.dir, 'hw/net/virtio-net.c'), 'utf8')).toBe('new\n')
      const shown = await run('quilt', ['header', 'fix.patch'], { cwd: tmp.dir, env })
      expect(shown.stdout.toString('utf8').trimEnd()).toBe(header.trimEnd())
    } finally {
      tmp.cleanup()
    }
  })
})
