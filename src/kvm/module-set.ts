import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { InputError } from '../errors.js'
import { moduleDepends, moduleVermagic } from './modinfo.js'

/**
 * The .ko files the L1 guest loads: the three kvm modules under test plus what they depend on from
 * the distribution kernel (kvm.ko needs irqbypass.ko), in load order. Dependencies are read from
 * each module's `depends=` and looked up among explicitly given files, then under the kernel's
 * module tree (`/lib/modules/<release>` of the unpacked linux-image package).
 */
export interface ModuleSet {
  /** Loaded first, in order, without parameters: the dependencies, then kvm. */
  base: { name: string; file: string }[]
  /** kvm-amd and kvm-intel; the guest loads the one its CPU supports. */
  vendor: { name: string; file: string }[]
}

/** Module names treat `-` and `_` alike (kvm_amd is kvm-amd.ko). */
const norm = (n: string): string => n.replace(/-/g, '_')

function findKo(dir: string, name: string, depth = 0): string | undefined {
  if (depth > 8 || !existsSync(dir)) return undefined
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry)
    const st = statSync(full)
    if (st.isDirectory()) {
      const hit = findKo(full, name, depth + 1)
      if (hit) return hit
    } else if (entry.endsWith('.ko') && norm(entry.slice(0, -3)) === norm(name)) return full
  }
  return undefined
}

export function resolveModuleSet(o: {
  kvm: Record<'kvm' | 'kvm-amd' | 'kvm-intel', string>
  release: string
  extraModules?: string[]
  kernelModules?: string
}): ModuleSet {
  for (const [name, file] of Object.entries(o.kvm)) {
    if (!existsSync(file)) throw new InputError(`${name}.ko not found at ${file}`)
    const vermagic = moduleVermagic(file) ?? ''
    if (vermagic.split(' ')[0] !== o.release) {
      throw new InputError(
        `${file} was built for kernel '${vermagic.split(' ')[0] || 'unknown'}' but the guest kernel is '${o.release}': build against linux-headers-${o.release}`
      )
    }
  }
  const given = new Map((o.extraModules ?? []).map(f => [norm(basename(f).replace(/\.ko$/, '')), f]))
  const ours = new Map(Object.entries(o.kvm).map(([n, f]) => [norm(n), f]))
  const order: { name: string; file: string }[] = []
  const visiting = new Set<string>()
  const locate = (name: string): string => {
    const file =
      ours.get(norm(name)) ??
      given.get(norm(name)) ??
      (o.kernelModules ? findKo(o.kernelModules, name) : undefined)
    if (!file) {
      throw new InputError(
        `module ${name} (a dependency of the kvm modules) not found: pass --kernel-modules <unpacked linux-image>/lib/modules/${o.release} or --extra-module ${name}.ko`
      )
    }
    return file
  }
  const visit = (name: string): void => {
    if (order.some(m => norm(m.name) === norm(name)) || visiting.has(norm(name))) return
    visiting.add(norm(name))
    const file = locate(name)
    for (const dep of moduleDepends(file)) visit(dep)
    order.push({ name: basename(file).replace(/\.ko$/, ''), file })
  }
  visit('kvm')
  for (const v of ['kvm-amd', 'kvm-intel'] as const) for (const dep of moduleDepends(o.kvm[v])) visit(dep)
  return {
    base: order,
    vendor: (['kvm-amd', 'kvm-intel'] as const).map(name => ({ name, file: o.kvm[name] }))
  }
}
