import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join, resolve } from 'node:path'
import { readKernelRelease } from '../../src/kvm/kernel-release.js'
import { run } from '../../src/process/run.js'
import { FixtureRepo } from '../helpers/git-fixture.js'

/**
 * Fixtures of the KVM module track's end-to-end test (issue 7): the boot kernel and matching
 * headers that scripts/install-kvm-deps.sh fetched, the KVM subset of Debian's linux-source as an
 * upstream git repo with a linux-6.1.y-style stable branch, and the kvm-source packaging repo.
 */
export const KVM_EXAMPLE = resolve('examples/kvm-source')
const VMLINUZ = resolve('.cache/kernel/vmlinuz')

export interface KvmPrereqs {
  vmlinuz: string
  release: string
  /** .cache/kvm/<release>: the fetched debs, headers, and the module build cache. */
  cacheDir: string
  headersDir: string
  sourceDeb: string
  /** The boot kernel's /lib/modules/<release> (irqbypass.ko comes from here). */
  kernelModules: string
}

function locate(): KvmPrereqs | string {
  if (!existsSync(VMLINUZ)) return `${VMLINUZ} is missing: run scripts/install-deps.sh`
  const { release } = readKernelRelease(VMLINUZ)
  const cacheDir = resolve('.cache/kvm', release)
  const headersDir = join(cacheDir, 'headers/usr/src', `linux-headers-${release}`)
  if (!existsSync(join(headersDir, 'include/config/kernel.release')))
    return `no kernel headers for ${release} in ${cacheDir}`
  const debs = existsSync(join(cacheDir, 'deb')) ? readdirSync(join(cacheDir, 'deb')) : []
  const source = debs.find(d => d.startsWith('linux-source-'))
  if (!source) return `no linux-source .deb in ${join(cacheDir, 'deb')}`
  const kernelModules = [
    resolve('.cache/kernel/root/lib/modules', release),
    join(cacheDir, 'image/lib/modules', release)
  ].find(d => existsSync(d))
  if (!kernelModules) return `no module tree of ${release} (.cache/kernel/root or ${cacheDir}/image)`
  return {
    vmlinuz: VMLINUZ,
    release,
    cacheDir,
    headersDir,
    sourceDeb: join(cacheDir, 'deb', source),
    kernelModules
  }
}

/**
 * What the test needs, fetching it with scripts/install-kvm-deps.sh when missing. A string is the
 * reason to skip: only when the Debian packages cannot be had (CI runs install-deps.sh first).
 */
export async function kvmPrereqs(): Promise<KvmPrereqs | string> {
  const found = locate()
  if (typeof found !== 'string') return found
  const r = await run('bash', ['scripts/install-kvm-deps.sh'], { allowFailure: true })
  const again = locate()
  if (typeof again !== 'string') return again
  return `${again}; scripts/install-kvm-deps.sh said: ${r.stderr.trim() || `exit ${r.code}`}`
}

/** The paths of linux-source the upstream fixture holds: the package's paths plus two others. */
const SUBSET = [
  'Makefile',
  'arch/x86/kvm/*',
  'virt/kvm/*',
  'include/linux/kvm*',
  'include/uapi/linux/kvm*',
  'arch/x86/include/asm/kvm*',
  'arch/x86/include/uapi/asm/kvm*',
  'include/trace/events/kvm*',
  // Not KVM-package files: the guest side of KVM, touched by the "mixed" stable fix.
  'arch/x86/kernel/kvm.c'
]

/**
 * The KVM subset of Debian's linux-source tarball, extracted once per source package version into
 * the cache (the 140 MB tarball takes ~10 s to scan; reruns take nothing).
 */
export async function kvmSubset(pre: KvmPrereqs): Promise<string> {
  const version = /_([^_]+)_all\.deb$/.exec(pre.sourceDeb)?.[1] ?? 'unknown'
  const series = /linux-source-([\d.]+)_/.exec(pre.sourceDeb)?.[1] ?? '6.1'
  const dest = join(pre.cacheDir, `subset-${version}`)
  if (existsSync(join(dest, 'Makefile'))) return dest
  const work = `${dest}.tmp-${process.pid}`
  rmSync(work, { recursive: true, force: true })
  mkdirSync(join(work, 'deb'), { recursive: true })
  try {
    await run('dpkg-deb', ['-x', pre.sourceDeb, join(work, 'deb')])
    const tarball = join(work, 'deb/usr/src', `linux-source-${series}.tar.xz`)
    mkdirSync(join(work, 'out'))
    const top = `linux-source-${series}`
    await run('tar', [
      '-xJf',
      tarball,
      '-C',
      join(work, 'out'),
      '--wildcards',
      ...SUBSET.map(p => `${top}/${p}`)
    ])
    rmSync(dest, { recursive: true, force: true })
    renameSync(join(work, 'out', top), dest)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return dest
}

/** Build test/kvm/kvm-l2-smoke.c statically (the L1 initramfs has no libc). */
export async function buildSmoke(outDir: string): Promise<string> {
  const out = join(outDir, 'kvm-l2-smoke')
  await run('gcc', [
    '-static',
    '-O2',
    '-Wall',
    '-Wextra',
    '-Werror',
    '-o',
    out,
    resolve('test/kvm/kvm-l2-smoke.c')
  ])
  return out
}

function edit(repo: FixtureRepo, path: string, from: string, to: string): void {
  const file = join(repo.dir, path)
  const text = readFileSync(file, 'utf8')
  if (!text.includes(from))
    throw new Error(`fixture: ${path} no longer contains ${JSON.stringify(from)}; update kvm-fixture.ts`)
  writeFileSync(file, text.replace(from, to))
}

const SIGNED =
  'Signed-off-by: A U Thor <author@example.org>\nSigned-off-by: Greg Kroah-Hartman <gregkh@linuxfoundation.org>'
/** Mainline shas the stable backports name (`commit <sha> upstream.`). */
export const MAINLINE = {
  mixed: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
  virt: '2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e',
  guest: '3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f'
}

export interface KvmUpstream {
  repo: FixtureRepo
  version: string
  tag: string
  tagSha: string
  stable: { mixed: string; virt: string; guest: string; bump: string }
  /** Branches with one more fix each, built on linux-6.1.y's tip. */
  brokenBuild: string
  brokenLoad: string
}

/**
 * `linux-stable/`: the subset committed as "Linux 6.1.<n>", tagged v6.1.<n>; `linux-6.1.y` then
 * carries a KVM fix that also touches the guest-side arch/x86/kernel/kvm.c (reduced by the engine),
 * a virt/kvm fix, a guest-only fix (outside the paths) and the next release's version bump. Two
 * more branches add a fix that breaks the module build and one that makes kvm.ko refuse to load.
 */
export async function makeKvmUpstream(root: string, subset: string): Promise<KvmUpstream> {
  const repo = await FixtureRepo.init(join(root, 'linux-stable'), root, 'master')
  cpSync(subset, repo.dir, { recursive: true })
  const mk = readFileSync(join(repo.dir, 'Makefile'), 'utf8')
  const num = (k: string): string => new RegExp(`^${k} = (\\d+)`, 'm').exec(mk)![1]
  const version = `${num('VERSION')}.${num('PATCHLEVEL')}.${num('SUBLEVEL')}`
  const tag = `v${version}`
  const tagSha = await repo.commit(`Linux ${version}`)
  await repo.git.exec(['tag', '-a', tag, '-m', `Linux ${version}`, tagSha], { env: repo.identityEnv() })
  const branch = `linux-${num('VERSION')}.${num('PATCHLEVEL')}.y`
  await repo.git.exec(['checkout', '-q', '-b', branch])

  edit(
    repo,
    'arch/x86/kvm/x86.c',
    'static int __init kvm_x86_init(void)\n{\n',
    'static int __init kvm_x86_init(void)\n{\n\t/* Vendor modules (kvm-amd, kvm-intel) initialize after this. */\n'
  )
  edit(
    repo,
    'arch/x86/kernel/kvm.c',
    '#include <linux/context_tracking.h>\n',
    '#include <linux/context_tracking.h>\n/* The host side lives in arch/x86/kvm. */\n'
  )
  const mixed = await repo.commit(
    `KVM: x86: Document the init order of the vendor modules\n\ncommit ${MAINLINE.mixed} upstream.\n\nSay which module initializes first, here and in the guest code.\n\n${SIGNED}`
  )
  edit(
    repo,
    'virt/kvm/kvm_main.c',
    'static int kvm_usage_count;\n',
    'static int kvm_usage_count; /* under kvm_lock */\n'
  )
  const virt = await repo.commit(
    `KVM: Note the lock that protects kvm_usage_count\n\n[ Upstream commit ${MAINLINE.virt} ]\n\n${SIGNED}`
  )
  edit(
    repo,
    'arch/x86/kernel/kvm.c',
    '/* The host side lives in arch/x86/kvm. */\n',
    '/* The host side (the hypervisor) lives in arch/x86/kvm. */\n'
  )
  const guest = await repo.commit(
    `x86/kvm: Clarify a comment in the guest code\n\ncommit ${MAINLINE.guest} upstream.\n\n${SIGNED}`
  )
  const next = `${num('VERSION')}.${num('PATCHLEVEL')}.${Number(num('SUBLEVEL')) + 1}`
  edit(repo, 'Makefile', `SUBLEVEL = ${num('SUBLEVEL')}\n`, `SUBLEVEL = ${Number(num('SUBLEVEL')) + 1}\n`)
  const bump = await repo.commit(`Linux ${next}`)
  await repo.git.exec(['tag', '-a', `v${next}`, '-m', `Linux ${next}`, bump], { env: repo.identityEnv() })

  const brokenBuild = `${branch}-broken-build`
  await repo.git.exec(['checkout', '-q', '-b', brokenBuild, branch])
  edit(
    repo,
    'arch/x86/kvm/x86.c',
    '\tkvm_init_xstate_sizes();\n',
    '\tkvm_init_xstate_sizes();\n\tkvm_x86_check_init_order();\n'
  )
  await repo.commit(
    `KVM: x86: Check the vendor module init order\n\ncommit 4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70 upstream.\n\n${SIGNED}`
  )

  const brokenLoad = `${branch}-broken-load`
  await repo.git.exec(['checkout', '-q', '-b', brokenLoad, branch])
  edit(
    repo,
    'arch/x86/kvm/x86.c',
    '\treturn 0;\n}\nmodule_init(kvm_x86_init);',
    '\treturn -EINVAL;\n}\nmodule_init(kvm_x86_init);'
  )
  await repo.commit(
    `KVM: x86: Refuse to load on hosts without the needed features\n\ncommit 5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081 upstream.\n\n${SIGNED}`
  )
  await repo.git.exec(['checkout', '-q', branch])
  return { repo, version, tag, tagSha, stable: { mixed, virt, guest, bump }, brokenBuild, brokenLoad }
}

/** A kvm-source packaging repo (examples/kvm-source's debian/ and .github/) following `branch` of `upstream`, pinned to `version`. */
export async function makeKvmPackaging(
  dir: string,
  home: string,
  upstream: string,
  branch: string,
  version: string
): Promise<FixtureRepo> {
  const repo = await FixtureRepo.init(dir, home, 'main')
  cpSync(join(KVM_EXAMPLE, 'debian'), join(repo.dir, 'debian'), { recursive: true })
  cpSync(join(KVM_EXAMPLE, '.github'), join(repo.dir, '.github'), { recursive: true })
  const config = join(repo.dir, '.github/stable-sync.yml')
  writeFileSync(
    config,
    readFileSync(config, 'utf8')
      .replace(/^(\s+url: ).*$/m, `$1${upstream}`)
      .replace(/^(\s+branch: ).*$/m, `$1${branch}`)
  )
  // The example pins 6.1.192; follow whatever linux-source version the test set-up found.
  const changelog = join(repo.dir, 'debian/changelog')
  writeFileSync(changelog, readFileSync(changelog, 'utf8').replace(/6\.1\.192/g, version))
  await repo.commit(`kvm-source ${version}-1`)
  return repo
}
