import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { globMatcher } from '../../../src/config/glob.js'
import { loadConfig } from '../../../src/config/load.js'
import { KVM_MODULES } from '../../../src/kvm/module-build.js'
import { parseKernelBanner } from '../../../src/kvm/kernel-release.js'
import { modinfoField } from '../../../src/kvm/modinfo.js'

const EXAMPLE = resolve('examples/kvm-source')

describe('examples/kvm-source', () => {
  it('has a valid config whose paths are the KVM sources and headers, not the rest of Linux', async () => {
    const config = await loadConfig(resolve(EXAMPLE, '.github/stable-sync.yml'), { repoDir: EXAMPLE })
    expect(config.tracks.map(t => t.name)).toEqual(['kvm'])
    const [track] = config.tracks
    expect(track.upstream).toMatchObject({ branch: 'linux-6.1.y', tag: 'v{version}' })
    const inPaths = globMatcher(track.paths)
    for (const p of [
      'arch/x86/kvm/x86.c',
      'arch/x86/kvm/svm/nested.c',
      'virt/kvm/kvm_main.c',
      'include/linux/kvm_host.h',
      'include/uapi/linux/kvm.h',
      'arch/x86/include/asm/kvm_host.h',
      'arch/x86/include/uapi/asm/kvm.h',
      'include/trace/events/kvm.h'
    ])
      expect([p, inPaths(p)]).toEqual([p, true])
    for (const p of ['Makefile', 'arch/x86/kernel/kvm.c', 'mm/memory.c', 'include/linux/mm.h'])
      expect([p, inPaths(p)]).toEqual([p, false])
  })

  it('dkms.conf builds arch/x86/kvm against the target kernel and installs the three modules', () => {
    const conf = readFileSync(resolve(EXAMPLE, 'debian/dkms.conf'), 'utf8')
    expect(conf).toContain('PACKAGE_VERSION="#MODULE_VERSION#"')
    expect(conf).toMatch(
      /^MAKE\[0\]="make -C \$\{kernel_source_dir\} M=\$\{dkms_tree\}\/\$\{PACKAGE_NAME\}\/\$\{PACKAGE_VERSION\}\/build\/arch\/x86\/kvm modules"$/m
    )
    const names = [...conf.matchAll(/^BUILT_MODULE_NAME\[\d\]="([^"]+)"/gm)].map(m => m[1])
    expect(names).toEqual([...KVM_MODULES])
  })

  it('the out-of-tree patch points the Makefile at the package, not $(srctree)', () => {
    const patch = readFileSync(resolve(EXAMPLE, 'debian/patches/debian/kvm-out-of-tree-build.patch'), 'utf8')
    const added = patch
      .split('\n')
      .filter(l => l.startsWith('+') && !l.startsWith('+++') && !l.startsWith('+#'))
    expect(added.join('\n')).not.toContain('$(srctree)')
    expect(added).toContain('+include $(KVM_ROOT)/virt/kvm/Makefile.kvm')
    expect(readFileSync(resolve(EXAMPLE, 'debian/patches/series'), 'utf8')).toContain(
      'debian/kvm-out-of-tree-build.patch\n'
    )
  })
})

describe('kernel release and modinfo helpers', () => {
  it('reads the release and Debian version from a kernel banner', () => {
    expect(
      parseKernelBanner(
        '6.1.0-56-cloud-amd64 (debian-kernel@lists.debian.org) #1 SMP PREEMPT_DYNAMIC Debian 6.1.192-2 (2026-11-16)'
      )
    ).toMatchObject({ release: '6.1.0-56-cloud-amd64', packageVersion: '6.1.192-2' })
    expect(parseKernelBanner('6.8.0-31-generic (buildd@lcy02) #31-Ubuntu SMP').packageVersion).toBeUndefined()
  })

  it('reads .modinfo fields', () => {
    const ko = Buffer.from(
      '\x7fELF junk\0license=GPL\0depends=irqbypass\0name=kvm\0vermagic=6.1.0-56-cloud-amd64 SMP\0',
      'latin1'
    )
    expect(modinfoField(ko, 'depends')).toBe('irqbypass')
    expect(modinfoField(ko, 'vermagic')).toBe('6.1.0-56-cloud-amd64 SMP')
    expect(modinfoField(ko, 'alias')).toBeUndefined()
  })
})
