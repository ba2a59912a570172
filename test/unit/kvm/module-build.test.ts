import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { kvmCacheDir } from '../../../src/kvm/cache-dir.js'
import { memoryLogger } from '../../../src/log.js'
import { buildKvmModules, headersRelease, ModuleBuildError } from '../../../src/kvm/module-build.js'
import { syncSourceTree } from '../../../src/kvm/sync-tree.js'
import { makeTempDir } from '../../helpers/tmp.js'

/**
 * The module build's cache and work tree, with a stand-in "headers" Makefile (the real build against
 * Debian's headers runs in test/integration/kvm-track.test.ts): it copies the source into the three
 * .ko files, fails when a BROKEN file exists, and counts its runs.
 */
describe('buildKvmModules', () => {
  const tmp = makeTempDir('stable-sync-kvm-build-')
  afterAll(() => tmp.cleanup())
  const headers = join(tmp.dir, 'headers')
  const source = join(tmp.dir, 'source')
  const cacheDir = join(tmp.dir, 'cache')
  const runs = (): number => readFileSync(join(headers, 'runs'), 'utf8').split('\n').filter(Boolean).length

  beforeAll(() => {
    mkdirSync(join(headers, 'include/generated'), { recursive: true })
    writeFileSync(join(headers, 'include/generated/utsrelease.h'), '#define UTS_RELEASE "9.9.9-test"\n')
    writeFileSync(join(headers, 'runs'), '')
    writeFileSync(
      join(headers, 'Makefile'),
      [
        'modules:',
        '\t@echo run >> $(CURDIR)/runs',
        '\t@if [ -e $(M)/BROKEN ]; then echo "$(M)/x86.c:1:1: error: expected expression" >&2; exit 2; fi',
        '\t@for m in kvm kvm-amd kvm-intel; do cp $(M)/x86.c $(M)/$$m.ko; done',
        ''
      ].join('\n')
    )
    mkdirSync(join(source, 'arch/x86/kvm'), { recursive: true })
    mkdirSync(join(source, 'virt/kvm'), { recursive: true })
    mkdirSync(join(source, 'debian'), { recursive: true })
    writeFileSync(join(source, 'arch/x86/kvm/Makefile'), 'obj-m += kvm.o\n')
    writeFileSync(join(source, 'arch/x86/kvm/x86.c'), 'v1\n')
    writeFileSync(join(source, 'virt/kvm/kvm_main.c'), 'main\n')
    writeFileSync(join(source, 'debian/changelog'), 'not part of the build\n')
  })

  const build = () =>
    buildKvmModules({ sourceDir: source, headersDir: headers, cacheDir, log: memoryLogger(), jobs: 1 })

  it('reads the release from utsrelease.h', () => {
    expect(headersRelease(headers)).toBe('9.9.9-test')
  })

  it('builds once, then answers from the cache for the same sources', async () => {
    const first = await build()
    expect(first).toMatchObject({ release: '9.9.9-test', cached: false })
    expect(readFileSync(first.modules['kvm-amd'], 'utf8')).toBe('v1\n')
    const again = await build()
    expect(again).toMatchObject({ cached: true, key: first.key })
    expect(runs()).toBe(1)
    // debian/ is not a source of the modules: changing it changes nothing.
    writeFileSync(join(source, 'debian/changelog'), 'a new entry\n')
    expect((await build()).cached).toBe(true)
  })

  it('rebuilds after a source change, in the same work tree', async () => {
    writeFileSync(join(source, 'arch/x86/kvm/x86.c'), 'v2\n')
    const b = await build()
    expect(b.cached).toBe(false)
    expect(readFileSync(b.modules.kvm, 'utf8')).toBe('v2\n')
    expect(runs()).toBe(2)
  })

  it('drops a cache entry whose modules changed after it was written, and rebuilds', async () => {
    const good = await build()
    expect(good.cached).toBe(true)
    const before = runs()
    // What a later job on a shared runner could do: swap a module inside a valid-looking entry.
    writeFileSync(good.modules['kvm-intel'], 'planted\n')
    const log = memoryLogger()
    const again = await buildKvmModules({ sourceDir: source, headersDir: headers, cacheDir, log, jobs: 1 })
    expect(again).toMatchObject({ cached: false, key: good.key })
    expect(readFileSync(again.modules['kvm-intel'], 'utf8')).toBe('v2\n')
    expect(runs()).toBe(before + 1)
    expect(log.lines.join('\n')).toMatch(/kvm-intel\.ko does not match its recorded sha256; rebuilding/)
    // An entry with no manifest (an old format, or one written by hand) is not trusted either.
    writeFileSync(join(cacheDir, 'modules', good.key, 'ok'), 'cached\n')
    expect((await build()).cached).toBe(false)
    expect((await build()).cached).toBe(true)
  })

  it('keys the cache by the headers content, not only their release string', async () => {
    const first = await build()
    writeFileSync(join(headers, 'Module.symvers'), '0x1234\tkvm_symbol\tvmlinux\tEXPORT_SYMBOL\n')
    const rebuilt = await build()
    expect(rebuilt.release).toBe(first.release)
    expect(rebuilt.key).not.toBe(first.key)
    expect(rebuilt.cached).toBe(false)
  })

  it('reports and caches a failing build with the compiler error', async () => {
    writeFileSync(join(source, 'arch/x86/kvm/BROKEN'), '')
    await expect(build()).rejects.toThrow(ModuleBuildError)
    const err = (await build().catch(e => e)) as ModuleBuildError
    expect(err.errors).toEqual([expect.stringMatching(/x86\.c:1:1: error: expected expression$/)])
    expect(runs()).toBe(6)
  })
})

describe('kvmCacheDir', () => {
  it('is the job-private RUNNER_TEMP in GitHub Actions, never the tool cache a runner keeps', () => {
    expect(
      kvmCacheDir({
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: '/r/_temp',
        RUNNER_TOOL_CACHE: '/r/tool',
        HOME: '/h'
      })
    ).toBe('/r/_temp/stable-sync-kvm')
    expect(kvmCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/stable-sync/kvm')
  })
})

describe('syncSourceTree', () => {
  const tmp = makeTempDir('stable-sync-kvm-sync-')
  afterAll(() => tmp.cleanup())

  it('writes only changed files, removes deleted sources and keeps build output', () => {
    const src = join(tmp.dir, 'src')
    const dest = join(tmp.dir, 'dest')
    mkdirSync(join(src, 'a'), { recursive: true })
    writeFileSync(join(src, 'a/same.c'), 'same\n')
    writeFileSync(join(src, 'a/changed.c'), 'new\n')
    mkdirSync(join(dest, 'a'), { recursive: true })
    writeFileSync(join(dest, 'a/same.c'), 'same\n')
    writeFileSync(join(dest, 'a/changed.c'), 'old\n')
    writeFileSync(join(dest, 'a/gone.c'), 'deleted upstream\n')
    writeFileSync(join(dest, 'a/same.o'), 'object\n')
    const old = new Date('2020-01-01T00:00:00Z')
    utimesSync(join(dest, 'a/same.c'), old, old)
    expect(syncSourceTree(src, dest)).toBe(2)
    expect(statSync(join(dest, 'a/same.c')).mtime).toEqual(old)
    expect(readFileSync(join(dest, 'a/changed.c'), 'utf8')).toBe('new\n')
    expect(() => statSync(join(dest, 'a/gone.c'))).toThrow()
    expect(readFileSync(join(dest, 'a/same.o'), 'utf8')).toBe('object\n')
  })
})
