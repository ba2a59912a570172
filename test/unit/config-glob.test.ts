import { globMatcher } from '../../src/config/glob.js'

const cases: [glob: string, matches: string[], misses: string[]][] = [
  [
    'arch/x86/kvm/**',
    ['arch/x86/kvm/x86.c', 'arch/x86/kvm/vmx/vmx.c'],
    ['arch/x86/kvmfoo.c', 'arch/x86/kernel/kvm.c']
  ],
  ['virt/kvm/**', ['virt/kvm/kvm_main.c'], ['virt/lib/irqbypass.c']],
  [
    'include/linux/kvm*',
    ['include/linux/kvm_host.h', 'include/linux/kvm_types.h', 'include/linux/kvm/extra.h'],
    ['include/linux/mm_kvm.h', 'include/uapi/linux/kvm.h', 'include/linux/mm.h']
  ],
  [
    'include/uapi/linux/kvm*',
    ['include/uapi/linux/kvm.h', 'include/uapi/linux/kvm_para.h'],
    ['include/linux/kvm.h']
  ],
  // `*` stays within one segment.
  ['arch/*/kvm.c', ['arch/x86/kvm.c'], ['arch/x86/sub/kvm.c', 'arch/kvm.c']],
  ['*.c', ['main.c'], ['src/main.c', 'main.h']],
  // `**` spans any number of segments, including none.
  ['**/Makefile', ['Makefile', 'arch/x86/kvm/Makefile'], ['Makefile.inc', 'arch/x86/Kbuild']],
  ['arch/**/kvm/*.c', ['arch/kvm/a.c', 'arch/x86/kvm/a.c', 'arch/x/y/kvm/a.c'], ['arch/x86/kvm/vmx/a.c']],
  ['**', ['anything', 'a/b/c'], []],
  // `?` is one character within a segment.
  ['tests/qtest/fuzz-?.c', ['tests/qtest/fuzz-a.c'], ['tests/qtest/fuzz-ab.c', 'tests/qtest/fuzz-/.c']],
  // A bare directory name and a trailing slash take everything below; the slash excludes a file of that name.
  ['virt/kvm', ['virt/kvm', 'virt/kvm/kvm_main.c', 'virt/kvm/a/b.c'], ['virt/kvm2/x.c', 'virt/kvmx']],
  ['docs/', ['docs/index.rst', 'docs/a/b.rst'], ['docs', 'docs2/x']],
  // Regex characters are literal; a leading ./ is ignored.
  ['./scripts/a+b(1).sh', ['scripts/a+b(1).sh', './scripts/a+b(1).sh'], ['scripts/aab1.sh']],
  ['.gitlab-ci.d/', ['.gitlab-ci.d/buildtest.yml'], ['xgitlab-ci.d/a', '.gitlab-ci.yml']]
]

describe.each(cases)('%s', (glob, matches, misses) => {
  const match = globMatcher([glob])
  test.each(matches)('matches %s', path => expect(match(path)).toBe(true))
  if (misses.length) test.each(misses)('does not match %s', path => expect(match(path)).toBe(false))
})

test('a list matches when any glob does; an empty list matches nothing', () => {
  const kvm = globMatcher(['arch/x86/kvm/**', 'virt/kvm/**', 'include/linux/kvm*'])
  expect(['arch/x86/kvm/mmu/mmu.c', 'virt/kvm/eventfd.c', 'include/linux/kvm_host.h'].every(kvm)).toBe(true)
  expect(['mm/memory.c', 'arch/arm64/kvm/arm.c'].some(kvm)).toBe(false)
  expect(globMatcher([])('anything')).toBe(false)
})
