import type { TrackConfig } from '../../src/config/types.js'
import type { TrackResult } from '../../src/engine/types.js'
import { neutralizePlainText } from '../../src/markdown.js'
import { BODY_LIMIT, commitMessage, renderPullBody } from '../../src/publish/body.js'
import { codeSpan, escapeHtmlText, escapeText } from '../../src/markdown.js'
import { withoutDates } from '../../src/publish/dates.js'
import { parseMarker, patchSetHash } from '../../src/publish/marker.js'
import { parseBugRefs } from '../../src/series/bug-refs.js'

const sha = (n: number): string => n.toString(16).padStart(40, 'a')

const track: TrackConfig = {
  name: 'qemu',
  upstream: {
    url: 'https://gitlab.com/qemu-project/qemu.git',
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

function result(patches: number, skipped = 0, subject = (i: number) => `fix number ${i}`): TrackResult {
  return {
    name: 'qemu',
    pin: { version: '8.2.2', tag: 'v8.2.2', sha: sha(1) },
    tip: { ref: 'refs/remotes/origin/stable-8.2', sha: sha(2) },
    patches: Array.from({ length: patches }, (_, i) => ({
      file: `debian/patches/stable/${String(i + 1).padStart(4, '0')}-fix.patch`,
      upstream: [sha(100 + i)],
      subject: subject(i),
      author: 'Jane Dev <jane@example.org>',
      kind: 'commit' as const
    })),
    skipped: Array.from({ length: skipped }, (_, i) => ({
      sha: sha(10_000 + i),
      subject: `Update version for 8.2.${i} release`,
      reason: 'version-bump' as const,
      text: 'only touches VERSION'
    })),
    problems: [],
    verification: { status: 'ok', text: 'series applies at fuzz 0 and reproduces the tip' },
    changed: true
  }
}

test('hostile upstream text is escaped: no mentions, no issue links, no HTML, no broken table', () => {
  const hostile = 'Revert @torvalds fix for #1 <script>alert(1)</script> a|b GH-12 [x](javascript:y)'
  const body = renderPullBody({ track, result: result(1, 0, () => hostile) })
  const row = body.split('\n').find(l => l.startsWith('| 1 |'))!
  expect(row).not.toMatch(/@torvalds|#1\b|<script>|GH-12/)
  expect(row).toContain('@\u200dtorvalds')
  expect(row).toContain('#\u200d1')
  expect(row).toContain('&lt;script&gt;')
  // A table row keeps exactly its 5 separators: every | from the text is escaped.
  expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6)
  expect(row).toContain('\\[x\\]\\(javascript:y\\)')
})

test('upstream issue and pull URLs stay readable but are no longer github.com links (no "mentioned this" upstream)', () => {
  const text = 'Fixes https://github.com/qemu/qemu/issues/2345 (see HTTPS://www.GitHub.com/x/y/pull/7)'
  const escaped = escapeText(text)
  expect(escaped).not.toMatch(/github\.com/i)
  expect(escaped).toContain('https://github\u200d.com/qemu/qemu/issues/2345')
  expect(escaped).toContain('www.GitHub\u200d.com/x/y/pull/7')
  // In the PR body too, and in the text of an HTML cell.
  const row = renderPullBody({ track, result: result(1, 0, () => text) })
    .split('\n')
    .find(l => l.startsWith('| 1 |'))!
  expect(row).not.toMatch(/github\.com\/qemu/)
  expect(escapeHtmlText(text)).not.toMatch(/github\.com/i)
  // Other hosts are left alone.
  expect(escapeText('https://gitlab.com/qemu-project/qemu/-/issues/1')).toContain('gitlab.com/qemu-project')
})

test('escapeHtmlText (job summary cells): entities escaped, no mention, no #N or GH-N reference', () => {
  const cell = escapeHtmlText('closed #3 after @bob said <b>ok</b> & GH-12, owner/repo#4')
  expect(cell).not.toMatch(/#\d|@b|<b>|GH-1/)
  expect(cell).toBe(
    'closed #\u200d3 after @\u200dbob said &lt;b&gt;ok&lt;/b&gt; &amp; GH-\u200d12, owner/repo#\u200d4'
  )
})

test('escapeText keeps text on one line and escapes markdown', () => {
  expect(escapeText('a\nb\r\n*c*_d_`e`')).toBe('a b \\*c\\*\\_d\\_\\`e\\`')
  expect(codeSpan('a`b|c')).toBe('`ab\\|c`')
})

test('links point at upstream commits and the marker names the patch set', () => {
  const r = result(2)
  const body = renderPullBody({ track, result: r })
  expect(body).toContain(
    `[\`${sha(100).slice(0, 12)}\`](https://gitlab.com/qemu-project/qemu/-/commit/${sha(100)})`
  )
  expect(parseMarker(body)).toEqual({ track: 'qemu', patches: patchSetHash(r) })
  expect(patchSetHash(result(3))).not.toBe(patchSetHash(r))
  expect(renderPullBody({ track, result: r })).toBe(body)
})

test('skipped commits are collapsed, and a huge body is cut under the limit with a pointer', () => {
  const body = renderPullBody({
    track,
    result: result(3000, 5000, i => `a long subject ${'x'.repeat(80)} ${i}`)
  })
  expect(body.length).toBeLessThan(BODY_LIMIT)
  expect(body).toMatch(/<details><summary>Skipped upstream commits \(5000\)<\/summary>/)
  expect(body).toMatch(/… and \d+ more patches/)
  expect(body.startsWith('<!-- stable-sync:track=qemu patches=')).toBe(true)
})

test('commit message lists every upstream commit', () => {
  const msg = commitMessage(track, result(2))
  expect(msg.split('\n')[0]).toBe('qemu: 2 fixes from upstream stable-8.2')
  expect(msg).toContain(`${sha(100).slice(0, 12)} fix number 0`)
  expect(msg).toContain(`${sha(101).slice(0, 12)} fix number 1`)
})

test('dates the engine stamps do not count as a change', () => {
  const a =
    'x (1.0-2) UNRELEASED; urgency=medium\n\n  * fix\n\n -- Bot <b@x.org>  Wed, 25 Nov 2026 21:00:00 +0000\n'
  const b = a.replace('Wed, 25 Nov 2026 21:00:00', 'Thu, 26 Nov 2026 09:13:07')
  expect(withoutDates(a)).toBe(withoutDates(b))
  expect(withoutDates(a)).not.toBe(withoutDates(b.replace('* fix', '* fix, and another')))
  expect(withoutDates('Subject: x\nLast-Update: 2026-11-25\n')).toBe(
    withoutDates('Subject: x\nLast-Update: 2026-11-26\n')
  )
})

test('problems that need a human are listed, escaped, with their kind', () => {
  const r = result(1)
  r.problems = [
    { sha: sha(7), kind: 'binary', text: 'changes pc-bios/<bios>.bin, which a quilt patch cannot carry' },
    { sha: sha(8), kind: 'does-not-apply', text: 'hunk #2 FAILED at 10 @line' }
  ]
  r.verification = { status: 'failed', text: 'differs', differences: ['hw/a|b.c'] }
  const body = renderPullBody({ track, result: r })
  expect(body).toContain('### Needs a human')
  expect(body).toContain('**binary**: changes pc-bios/&lt;bios&gt;.bin')
  expect(body).toContain('**does-not-apply**: hunk #\u200d2 FAILED at 10 @\u200dline')
  expect(body).toContain('❌ **failed**: differs Differences: `hw/a\\|b.c`')
})

test('the commit message neutralizes upstream references in plain text, keeping it readable', () => {
  const r = result(1)
  r.patches[0].subject = 'Fixes #123, GH-4 for @torvalds (see https://github.com/a/b/issues/5)'
  const msg = commitMessage(track, r)
  expect(msg).toContain(
    'Fixes #\u200d123, GH-\u200d4 for @\u200dtorvalds (see https://github\u200d.com/a/b/issues/5)'
  )
  expect(msg.replace(/\u200d/g, '')).toContain(r.patches[0].subject)
  // Plain text, not markdown: no backslash escapes, no entities.
  expect(neutralizePlainText('a <b> & `c` #include x@y')).toBe('a <b> & `c` #include x@\u200dy')
})

test('a freeze exception lists the fixes nobody ticked that a ticked one needs, and why', () => {
  const r = result(2)
  r.selection = {
    selected: [sha(101)],
    added: [{ sha: sha(100), subject: 'fix number 0', neededBy: sha(101), why: 'both change src/a.c' }],
    unresolved: []
  }
  const body = renderPullBody({ track, result: r })
  expect(body).toContain('### Added for the selected fixes')
  expect(body).toContain(
    `- [\`${sha(100).slice(0, 12)}\`](https://gitlab.com/qemu-project/qemu/-/commit/${sha(100)}) fix number 0: needed by ` +
      `[\`${sha(101).slice(0, 12)}\`](https://gitlab.com/qemu-project/qemu/-/commit/${sha(101)}) (both change src/a.c)`
  )
  expect(renderPullBody({ track, result: result(2) })).not.toContain('Added for the selected fixes')
})

test('security fixes are listed first, and each patch shows its bugs as links', () => {
  const r = result(3)
  r.patches[2].bugs = parseBugRefs(
    'x\n\nFixes: CVE-2024-3446\nCloses: #1040000\nLP: #2051965\nResolves: https://github.com/o/r/issues/9\nCc: qemu-stable@nongnu.org\n'
  )
  r.patches[1].bugs = parseBugRefs(
    'x\n\nFixes: 0123456789ab ("hw: add x")\nResolves: https://gitlab.com/qemu-project/qemu/-/issues/2050\n',
    [{ url: 'https://gitlab.com/qemu-project/qemu/-/issues/{id}', field: 'Bug' }]
  )
  const body = renderPullBody({ track, result: r })
  const lines = body.split('\n')
  const securityAt = lines.indexOf('### Security fixes (1)')
  expect(securityAt).toBeGreaterThan(0)
  expect(securityAt).toBeLessThan(lines.indexOf('### Patches'))
  expect(lines[securityAt + 2]).toBe(
    `- patch 3: [\`CVE-2024-3446\`](https://security-tracker.debian.org/tracker/CVE-2024-3446) ` +
      `[\`${sha(102).slice(0, 12)}\`](https://gitlab.com/qemu-project/qemu/-/commit/${sha(102)}) fix number 2`
  )
  expect(body).toContain('| # | Upstream | Subject | Author | Bugs |')
  const row3 = lines.find(l => l.startsWith('| 3 |'))!
  expect(row3).toContain('[`Debian 1040000`](https://bugs.debian.org/1040000)')
  expect(row3).toContain('[`LP 2051965`](https://launchpad.net/bugs/2051965)')
  // A github.com issue is named, not linked (no "mentioned this" on the upstream issue).
  expect(row3).toContain('`bug` stable |')
  expect(row3).not.toContain('github.com')
  expect(lines.find(l => l.startsWith('| 2 |'))).toContain(
    '[`bug 2050`](https://gitlab.com/qemu-project/qemu/-/issues/2050) ' +
      'fixes [`0123456789ab`](https://gitlab.com/qemu-project/qemu/-/commit/0123456789ab) |'
  )
  // Without references the table keeps its four columns.
  expect(renderPullBody({ track, result: result(1) })).toContain('| # | Upstream | Subject | Author |\n')
})
