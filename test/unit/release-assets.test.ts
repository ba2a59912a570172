import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { isReleaseAsset, releaseAssets } from '../../src/release/github-release.js'
import { makeTempDir } from '../helpers/tmp.js'

// Which downloaded build artifacts become release assets, and under which names.
const tmp = makeTempDir('release-assets-')
afterAll(() => tmp.cleanup())

test('only package files and build logs; same name + same bytes once, different bytes once per directory', () => {
  const files: Record<string, string> = {
    'noble-amd64/qemu_8.2.2+ds-0ubuntu2.dsc': 'dsc',
    'noble-arm64/qemu_8.2.2+ds-0ubuntu2.dsc': 'dsc',
    'noble-amd64/qemu_8.2.2+ds.orig.tar.xz': 'orig',
    'noble-amd64/qemu_8.2.2+ds.orig.tar.xz.asc': 'sig',
    'noble-amd64/qemu_8.2.2+ds-0ubuntu2.debian.tar.xz': 'debian',
    'noble-amd64/qemu-utils_8.2.2+ds-0ubuntu2_amd64.deb': 'deb',
    'noble-amd64/qemu-utils-dbgsym_8.2.2+ds-0ubuntu2_amd64.ddeb': 'ddeb',
    'noble-amd64/qemu-udeb_8.2.2+ds-0ubuntu2_amd64.udeb': 'udeb',
    'noble-amd64/qemu_8.2.2+ds-0ubuntu2_amd64.changes': 'changes',
    'noble-amd64/qemu_8.2.2+ds-0ubuntu2_amd64.buildinfo': 'buildinfo',
    'noble-amd64/qemu_8.2.2+ds-0ubuntu2_amd64.build': 'sbuild log',
    'noble-amd64/build.log': 'amd64 log',
    'noble-arm64/build.log': 'arm64 log',
    'noble-amd64/noble-amd64.build.json': '{}',
    'noble-amd64/Packages': '',
    'noble-amd64/notes.txt': 'scratch'
  }
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tmp.dir, rel)), { recursive: true })
    writeFileSync(join(tmp.dir, rel), text)
  }
  const { assets, skipped } = releaseAssets(tmp.dir)
  expect(assets.map(a => a.name)).toEqual([
    'noble-amd64_build.log',
    'noble-arm64_build.log',
    'qemu_8.2.2+ds-0ubuntu2_amd64.build',
    'qemu_8.2.2+ds-0ubuntu2_amd64.buildinfo',
    'qemu_8.2.2+ds-0ubuntu2_amd64.changes',
    'qemu_8.2.2+ds-0ubuntu2.debian.tar.xz',
    'qemu_8.2.2+ds-0ubuntu2.dsc',
    'qemu_8.2.2+ds.orig.tar.xz',
    'qemu_8.2.2+ds.orig.tar.xz.asc',
    'qemu-udeb_8.2.2+ds-0ubuntu2_amd64.udeb',
    'qemu-utils_8.2.2+ds-0ubuntu2_amd64.deb',
    'qemu-utils-dbgsym_8.2.2+ds-0ubuntu2_amd64.ddeb'
  ])
  expect(assets.find(a => a.name === 'noble-arm64_build.log')!.path).toBe(
    join(tmp.dir, 'noble-arm64/build.log')
  )
  expect(skipped.sort()).toEqual([
    'noble-amd64/Packages',
    'noble-amd64/noble-amd64.build.json',
    'noble-amd64/notes.txt'
  ])
  expect(isReleaseAsset('evil.sh')).toBe(false)
  expect(isReleaseAsset('x.tar.xz.asc')).toBe(false)
})
