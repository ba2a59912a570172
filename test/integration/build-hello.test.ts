import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildBinaryPackages } from '../../src/build/binary-package.js'
import { MissingBuildDepsError } from '../../src/build/build-deps.js'
import { FindingError } from '../../src/errors.js'
import { createOrigTarball } from '../../src/build/orig-tarball.js'
import { buildSourcePackage } from '../../src/build/source-package.js'
import { memoryLogger } from '../../src/log.js'
import { run } from '../../src/process/run.js'
import { makeHelloFixture, type HelloFixture } from '../helpers/hello-fixture.js'
import { makeTempDir } from '../helpers/tmp.js'

// The example package built for real: git archive → dpkg-source -b → dpkg-source -x →
// dpkg-buildpackage (debhelper from apt) → dpkg -x into a temp root → the binary runs.
describe('build-source and build on examples/hello', () => {
  const tmp = makeTempDir('stable-sync-build-')
  let fx: HelloFixture
  beforeAll(async () => {
    fx = await makeHelloFixture(tmp.dir)
  })
  afterAll(() => tmp.cleanup())

  test('the source package is 3.0 (quilt) from the pinned tag, accepted by dpkg-source -x', async () => {
    const out = join(tmp.dir, 'out-source')
    const log = memoryLogger()
    const r = await buildSourcePackage({
      packageDir: fx.packaging.dir,
      upstream: fx.upstream.git,
      pin: { sha: fx.tagSha, tag: 'v1.0' },
      outDir: out,
      log
    })
    expect(r.source).toBe('hello-stable')
    expect(r.version).toBe('1.0-1')
    expect(r.dsc).toBe(join(out, 'hello-stable_1.0-1.dsc'))
    expect(r.orig).toBe(join(out, 'hello-stable_1.0.orig.tar.xz'))
    expect(r.files.map(f => f.slice(out.length + 1)).sort()).toEqual([
      'hello-stable_1.0-1.debian.tar.xz',
      'hello-stable_1.0-1.dsc',
      'hello-stable_1.0.orig.tar.xz'
    ])
    expect(readFileSync(r.dsc, 'utf8')).toMatch(/^Format: 3\.0 \(quilt\)$/m)
    // The unpacked tree is gone, only the source package stays.
    expect(readdirSync(out).sort()).toEqual(r.files.map(f => f.slice(out.length + 1)).sort())

    // The orig tarball is the tagged tree (not the stable tip, not main) under <source>-<version>/.
    const listing = (await run('tar', ['-tJf', r.orig])).stdout.toString('utf8').trim().split('\n').sort()
    expect(listing).toEqual([
      'hello-stable-1.0/',
      'hello-stable-1.0/Makefile',
      'hello-stable-1.0/README',
      'hello-stable-1.0/VERSION',
      'hello-stable-1.0/hello.c',
      'hello-stable-1.0/version.h'
    ])

    const x = join(tmp.dir, 'extracted')
    const ex = await run('dpkg-source', ['-x', r.dsc, x])
    expect(ex.code).toBe(0)
    expect(readFileSync(join(x, 'Makefile'), 'utf8')).toContain('CFLAGS += -Wall -Wextra') // the Debian patch
    expect(readFileSync(join(x, 'VERSION'), 'utf8')).toBe('1.0\n')
    expect(existsSync(join(x, 'debian', 'rules'))).toBe(true)
  })

  test('the orig tarball is the same bytes on every run (one orig per upstream version)', async () => {
    const a = await createOrigTarball({
      git: fx.upstream.git,
      commit: 'v1.0',
      source: 'hello-stable',
      upstreamVersion: '1.0',
      outDir: join(tmp.dir, 'o1')
    })
    const b = await createOrigTarball({
      git: fx.upstream.git,
      commit: fx.tagSha,
      source: 'hello-stable',
      upstreamVersion: '1.0',
      outDir: join(tmp.dir, 'o2')
    })
    expect(readFileSync(a.file).equals(readFileSync(b.file))).toBe(true)
    const gz = await createOrigTarball({
      git: fx.upstream.git,
      commit: 'v1.0',
      source: 'hello-stable',
      upstreamVersion: '1.0',
      outDir: join(tmp.dir, 'o3'),
      compression: 'gz'
    })
    expect(gz.file.endsWith('hello-stable_1.0.orig.tar.gz')).toBe(true)
    expect(gz.files).toBe(5)
  })

  test('a track with paths gets a tarball of only those files', async () => {
    const r = await createOrigTarball({
      git: fx.upstream.git,
      commit: fx.stable.bump,
      source: 'hello-subset',
      upstreamVersion: '1.0.1',
      outDir: join(tmp.dir, 'subset'),
      paths: ['*.c', 'version.h']
    })
    expect(r.files).toBe(2)
    const listing = (await run('tar', ['-tJf', r.file])).stdout.toString('utf8').trim().split('\n').sort()
    expect(listing).toEqual([
      'hello-subset-1.0.1/',
      'hello-subset-1.0.1/hello.c',
      'hello-subset-1.0.1/version.h'
    ])
    await expect(
      createOrigTarball({
        git: fx.upstream.git,
        commit: 'v1.0',
        source: 'x',
        upstreamVersion: '1',
        outDir: join(tmp.dir, 'none'),
        paths: ['arch/x86/kvm/**']
      })
    ).rejects.toThrow(/none of the track's paths \(arch\/x86\/kvm\/\*\*\) matches a file/)
  })

  test('build: dpkg-buildpackage makes the .deb; unpacked with dpkg -x, the program runs', async () => {
    const out = join(tmp.dir, 'out-binary')
    const log = memoryLogger()
    await buildSourcePackage({
      packageDir: fx.packaging.dir,
      upstream: fx.upstream.git,
      pin: { sha: fx.tagSha },
      outDir: out,
      log
    })
    const r = await buildBinaryPackages({ outDir: out, log })
    expect(r.source).toBe('hello-stable')
    expect(r.debs.map(d => [d.package, d.version])).toEqual(
      expect.arrayContaining([['hello-stable', '1.0-1']])
    )
    const deb = r.debs.find(d => d.package === 'hello-stable')!
    expect(deb.file).toMatch(/hello-stable_1\.0-1_[a-z0-9]+\.deb$/)
    expect(readFileSync(r.buildLog, 'utf8')).toContain('dpkg-buildpackage')

    const root = join(tmp.dir, 'root')
    await run('dpkg', ['-x', deb.file, root])
    const hello = join(root, 'usr', 'bin', 'hello-stable')
    expect((await run(hello, [])).stdout.toString()).toBe('Hello, world!\n')
    expect((await run(hello, ['--version'])).stdout.toString()).toBe('hello-stable 1.0\n')
  })

  test('missing build dependencies stop the build with the apt command to run', async () => {
    const pkg = join(tmp.dir, 'needs-more')
    cpSync(join(fx.packaging.dir, 'debian'), join(pkg, 'debian'), { recursive: true })
    const control = join(pkg, 'debian', 'control')
    writeFileSync(
      control,
      readFileSync(control, 'utf8').replace(
        'Build-Depends: debhelper-compat (= 13)',
        'Build-Depends: debhelper-compat (= 13), libstable-sync-absent-dev (>= 2) | libother-dev'
      )
    )
    const out = join(tmp.dir, 'out-deps')
    const log = memoryLogger()
    await buildSourcePackage({
      packageDir: pkg,
      upstream: fx.upstream.git,
      pin: { sha: fx.tagSha },
      outDir: out,
      log
    })
    const err = await buildBinaryPackages({ outDir: out, log }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MissingBuildDepsError)
    expect((err as MissingBuildDepsError).exitCode).toBe(2)
    expect((err as Error).message).toMatch(
      /Unmet build dependencies: libstable-sync-absent-dev \(>= 2\) \| libother-dev/
    )
    expect((err as Error).message).toContain(`sudo apt-get build-dep -y "${join(out, 'hello-stable-1.0')}"`)
    expect((err as Error).message).toContain(
      'sudo apt-get install -y --no-install-recommends libstable-sync-absent-dev'
    )
  })

  test('a series that does not apply at fuzz 0 fails build-source, naming the patch', async () => {
    const pkg = join(tmp.dir, 'broken-patch')
    cpSync(join(fx.packaging.dir, 'debian'), join(pkg, 'debian'), { recursive: true })
    const patch = join(pkg, 'debian', 'patches', 'build-with-wextra.patch')
    writeFileSync(patch, readFileSync(patch, 'utf8').replace(' CFLAGS ?= -O2 -g', ' CFLAGS ?= -O3'))
    await expect(
      buildSourcePackage({
        packageDir: pkg,
        upstream: fx.upstream.git,
        pin: { sha: fx.tagSha },
        outDir: join(tmp.dir, 'out-broken'),
        log: memoryLogger()
      })
    ).rejects.toThrow(/dpkg-source -b failed for hello-stable-1\.0:[\s\S]*build-with-wextra\.patch/)
  })

  test('a failing build is a finding with the end of the log, which was written as the build went', async () => {
    const pkg = join(tmp.dir, 'fails')
    cpSync(join(fx.packaging.dir, 'debian'), join(pkg, 'debian'), { recursive: true })
    const rules = join(pkg, 'debian', 'rules')
    writeFileSync(
      rules,
      `${readFileSync(rules, 'utf8')}\noverride_dh_auto_build:\n\techo STABLE-SYNC-BROKEN-BUILD\n\tfalse\n`
    )
    const out = join(tmp.dir, 'out-fails')
    const log = memoryLogger()
    await buildSourcePackage({
      packageDir: pkg,
      upstream: fx.upstream.git,
      pin: { sha: fx.tagSha },
      outDir: out,
      log
    })
    const buildLog = join(tmp.dir, 'fails.log')
    const err = await buildBinaryPackages({ outDir: out, log, buildLog }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FindingError)
    expect((err as Error).message).toMatch(
      /^dpkg-buildpackage failed \(exit 2\) for hello-stable 1\.0-1; full log: .*fails\.log\n/
    )
    expect((err as Error).message).toContain('STABLE-SYNC-BROKEN-BUILD')
    expect(readFileSync(buildLog, 'utf8')).toContain('dh_auto_clean')
  })

  test('--orig: a given orig tarball (e.g. a repacked +dfsg one) is used as is, and replaces the other compression', async () => {
    const given = await createOrigTarball({
      git: fx.upstream.git,
      commit: 'v1.0',
      source: 'hello-stable',
      upstreamVersion: '1.0',
      outDir: join(tmp.dir, 'given'),
      compression: 'gz'
    })
    const out = join(tmp.dir, 'out-orig')
    const log = memoryLogger()
    await buildSourcePackage({
      packageDir: fx.packaging.dir,
      upstream: fx.upstream.git,
      pin: { sha: fx.tagSha },
      outDir: out,
      log
    })
    expect(existsSync(join(out, 'hello-stable_1.0.orig.tar.xz'))).toBe(true)
    // The given tarball may already sit in the output directory (as after a download).
    const inOut = join(out, 'hello-stable_1.0.orig.tar.gz')
    cpSync(given.file, inOut)
    const r = await buildSourcePackage({
      packageDir: fx.packaging.dir,
      upstream: fx.upstream.git,
      pin: { sha: fx.tagSha },
      outDir: out,
      log,
      origTarball: inOut
    })
    expect(r.orig).toBe(join(out, 'hello-stable_1.0.orig.tar.gz'))
    expect(readFileSync(r.orig).equals(readFileSync(given.file))).toBe(true)
    expect(existsSync(join(out, 'hello-stable_1.0.orig.tar.xz'))).toBe(false)
    expect(readFileSync(r.dsc, 'utf8')).toMatch(/ hello-stable_1\.0\.orig\.tar\.gz$/m)
    await expect(
      buildSourcePackage({
        packageDir: fx.packaging.dir,
        upstream: fx.upstream.git,
        pin: { sha: fx.tagSha },
        outDir: out,
        log,
        origTarball: join(tmp.dir, 'given', 'other.tar.gz')
      })
    ).rejects.toThrow(/dpkg-source needs it named hello-stable_1\.0\.orig\.tar\.\{gz,xz,bz2\}/)
  })

  test('an epoch and an Ubuntu revision: files are named without the epoch, the .deb carries it', async () => {
    const pkg = join(tmp.dir, 'ubuntu')
    cpSync(join(fx.packaging.dir, 'debian'), join(pkg, 'debian'), { recursive: true })
    const changelog = join(pkg, 'debian', 'changelog')
    writeFileSync(
      changelog,
      readFileSync(changelog, 'utf8').replace('(1.0-1) unstable', '(1:1.0-0ubuntu1) noble')
    )
    const out = join(tmp.dir, 'out-ubuntu')
    const log = memoryLogger()
    const src = await buildSourcePackage({
      packageDir: pkg,
      upstream: fx.upstream.git,
      pin: { sha: fx.tagSha },
      outDir: out,
      log
    })
    expect([src.version, src.upstreamVersion, src.fileVersion]).toEqual([
      '1:1.0-0ubuntu1',
      '1.0',
      '1.0-0ubuntu1'
    ])
    expect(src.dsc).toBe(join(out, 'hello-stable_1.0-0ubuntu1.dsc'))
    const bin = await buildBinaryPackages({ outDir: out, log })
    expect(bin.changes).toMatch(/hello-stable_1\.0-0ubuntu1_[a-z0-9]+\.changes$/)
    expect(
      bin.debs.map(d => [d.package, d.version, d.file.slice(out.length + 1).replace(/_[a-z0-9]+\.deb$/, '')])
    ).toEqual([
      // debhelper's automatic debug symbols package comes along.
      ['hello-stable-dbgsym', '1:1.0-0ubuntu1', 'hello-stable-dbgsym_1.0-0ubuntu1'],
      ['hello-stable', '1:1.0-0ubuntu1', 'hello-stable_1.0-0ubuntu1']
    ])
  })
})
