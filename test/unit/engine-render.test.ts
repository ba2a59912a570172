import { withoutContext } from '../../src/classify/patch-id.js'
import { backportRefs, patchHeaderRefs } from '../../src/classify/refs.js'
import { parseDep3, dep3Values, splitPatch } from '../../src/debian/dep3.js'
import { parseBugRefs } from '../../src/series/bug-refs.js'
import { renderCommitPatch, safeDescription } from '../../src/series/render.js'
import { slugify } from '../../src/series/names.js'
import { splitFileDiffs, unquoteGitPath } from '../../src/walk/diff.js'
import type { CommitInfo } from '../../src/walk/types.js'

const commit: CommitInfo = {
  sha: 'a'.repeat(40),
  parents: ['b'.repeat(40)],
  tree: 'c'.repeat(40),
  authorName: 'Jérôme',
  authorEmail: 'j@example.org',
  date: 'Tue, 14 Nov 2023 22:13:20 +0000',
  message:
    'kvm: fix irq\n\nBody line\n--- a/evil\n+++ b/evil\n@@ -1 +1 @@\n\ncommit ' +
    'd'.repeat(40) +
    ' upstream.\n',
  subject: 'kvm: fix irq',
  files: []
}

describe('patch rendering', () => {
  it('writes DEP-3 headers, quotes diff-like description lines, notes a reduction', () => {
    const out = renderCommitPatch(commit, backportRefs(commit.message), Buffer.from('diff --git a/x b/x\n'), {
      today: '2026-11-25',
      dropped: ['src/other.c']
    }).toString('utf8')
    expect(out.split('\n').slice(0, 7)).toEqual([
      'From: Jérôme <j@example.org>',
      'Date: Tue, 14 Nov 2023 22:13:20 +0000',
      'Subject: kvm: fix irq',
      `Origin: upstream, commit:${'a'.repeat(40)}`,
      `Applied-Upstream: commit:${'d'.repeat(40)}`,
      'Last-Update: 2026-11-25',
      ''
    ])
    expect(out).toContain('> --- a/evil\n> +++ b/evil\n> @@ -1 +1 @@')
    expect(out).toContain('left out the upstream changes to: src/other.c]')
    expect(out.endsWith('---\ndiff --git a/x b/x\n')).toBe(true)
    expect(safeDescription('Index: foo')).toBe('> Index: foo')
  })

  it('carries bug and CVE references into DEP-3 Bug, Bug-Debian, Bug-Ubuntu and CVE fields', () => {
    const message =
      'virtio-net: fix overflow\n\nResolves: https://gitlab.com/qemu-project/qemu/-/issues/2050\n' +
      'Closes: #1040000\nBuglink: https://bugs.launchpad.net/bugs/2051965\nFixes: CVE-2024-3446\n'
    const bugs = parseBugRefs(message, [
      { url: 'https://gitlab.com/qemu-project/qemu/-/issues/{id}', field: 'Bug' }
    ])
    const out = renderCommitPatch({ ...commit, message }, [], Buffer.from('diff --git a/x b/x\n'), {
      today: '2026-11-25',
      bugs
    }).toString('utf8')
    const dep3 = parseDep3(splitPatch(out).header)
    expect(dep3Values(dep3, 'Bug')).toEqual(['https://gitlab.com/qemu-project/qemu/-/issues/2050'])
    expect(dep3Values(dep3, 'Bug-Debian')).toEqual(['https://bugs.debian.org/1040000'])
    expect(dep3Values(dep3, 'Bug-Ubuntu')).toEqual(['https://launchpad.net/bugs/2051965'])
    expect(dep3Values(dep3, 'CVE')).toEqual(['CVE-2024-3446'])
    expect(out.split('\n').slice(5, 10)).toEqual([
      'Bug: https://gitlab.com/qemu-project/qemu/-/issues/2050',
      'Bug-Debian: https://bugs.debian.org/1040000',
      'Bug-Ubuntu: https://launchpad.net/bugs/2051965',
      'CVE: CVE-2024-3446',
      'Last-Update: 2026-11-25'
    ])
  })

  it('finds back-references in patches and commits', () => {
    const h = `Origin: upstream, https://x.example/commit/${'e'.repeat(40)}\n(cherry picked from commit 1234567abc)\n[ Upstream commit ${'f'.repeat(40)} ]`
    expect(patchHeaderRefs(h).refs.sort()).toEqual(['1234567abc', 'e'.repeat(40), 'f'.repeat(40)].sort())
  })

  it('strips context for the second patch-id and splits per-file diffs with spaces and quoting', () => {
    expect(withoutContext('diff --git a/x b/x\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n d\n')).toBe(
      'diff --git a/x b/x\n@@ -1,1 +1,1 @@\n-b\n+c\n'
    )
    const d = Buffer.from(
      'diff --git a/my notes.txt b/my notes.txt\nindex 1..2 100644\n--- a/my notes.txt\t\n+++ b/my notes.txt\t\n@@ -1 +1 @@\n-a\n+b\ndiff --git "a/t\\303\\244b" "b/t\\303\\244b"\nnew file mode 160000\nindex 0..3\n'
    )
    expect(splitFileDiffs(d).map(f => [f.path, f.submodule])).toEqual([
      ['my notes.txt', false],
      ['täb', true]
    ])
    expect(unquoteGitPath('"a\\tb"').toString()).toBe('a\tb')
    expect(slugify("Merge branch 'stable-0.9' into stable-1.0")).toBe(
      'merge-branch-stable-0-9-into-stable-1-0'
    )
  })
})
