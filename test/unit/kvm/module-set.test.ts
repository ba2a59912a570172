import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { resolveModuleSet } from '../../../src/kvm/module-set.js'
import { makeTempDir } from '../../helpers/tmp.js'

/** Stand-in .ko files: only the .modinfo strings matter to the resolver. */
function ko(file: string, fields: Record<string, string>): string {
  mkdirSync(join(file, '..'), { recursive: true })
  const info = Object.entries(fields).map(([k, v]) => `${k}=${v}\0`)
  writeFileSync(file, Buffer.from(`\x7fELF\0${info.join('')}`, 'latin1'))
  return file
}

describe('resolveModuleSet', () => {
  const tmp = makeTempDir('stable-sync-kvm-modset-')
  afterAll(() => tmp.cleanup())
  const release = '6.1.0-56-cloud-amd64'
  const magic = `${release} SMP preempt mod_unload modversions `
  const built = join(tmp.dir, 'built')
  const kvm = {
    kvm: ko(join(built, 'kvm.ko'), { depends: 'irqbypass', name: 'kvm', vermagic: magic }),
    'kvm-amd': ko(join(built, 'kvm-amd.ko'), { depends: 'kvm', name: 'kvm_amd', vermagic: magic }),
    'kvm-intel': ko(join(built, 'kvm-intel.ko'), { depends: 'kvm', name: 'kvm_intel', vermagic: magic })
  }
  const tree = join(tmp.dir, 'lib/modules', release)
  ko(join(tree, 'kernel/virt/lib/irqbypass.ko'), { depends: '', name: 'irqbypass', vermagic: magic })

  it('loads dependencies from the kernel tree first, then kvm; vendor modules last', () => {
    const set = resolveModuleSet({ kvm, release, kernelModules: join(tmp.dir, 'lib/modules', release) })
    expect(set.base).toEqual([
      { name: 'irqbypass', file: join(tree, 'kernel/virt/lib/irqbypass.ko') },
      { name: 'kvm', file: kvm.kvm }
    ])
    expect(set.vendor.map(m => m.name)).toEqual(['kvm-amd', 'kvm-intel'])
  })

  it('takes an explicit --extra-module instead of searching', () => {
    const extra = ko(join(tmp.dir, 'extra/irqbypass.ko'), { name: 'irqbypass', vermagic: magic })
    expect(resolveModuleSet({ kvm, release, extraModules: [extra] }).base[0].file).toBe(extra)
  })

  it('says where to find a missing dependency', () => {
    expect(() => resolveModuleSet({ kvm, release })).toThrow(
      /module irqbypass \(a dependency of the kvm modules\) not found: pass --kernel-modules .*\/lib\/modules\/6\.1\.0-56-cloud-amd64 or --extra-module irqbypass\.ko/
    )
  })

  it('refuses modules built for another kernel', () => {
    expect(() => resolveModuleSet({ kvm, release: '6.1.0-57-cloud-amd64', kernelModules: tree })).toThrow(
      /kvm\.ko was built for kernel '6\.1\.0-56-cloud-amd64' but the guest kernel is '6\.1\.0-57-cloud-amd64': build against linux-headers-6\.1\.0-57-cloud-amd64/
    )
  })
})
