import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { bootTest } from '../../src/boot/boot-test.js'
import { buildNoCloudSeed, DEFAULT_USER_DATA } from '../../src/boot/cloud-init-seed.js'
import { buildInitramfs } from '../../src/boot/initramfs.js'
import { memoryLogger } from '../../src/log.js'
import { processesMatching, REPO_ROOT, testKernel } from '../helpers/boot-guest.js'
import { makeTempDir } from '../helpers/tmp.js'

// The disk-image path with the real tools: a raw FAT disk made bootable with syslinux (no root, no
// loop device: mtools writes into the image file), the NoCloud seed built by genisoimage, and a
// guest that loads the Debian kernel's own virtio/isofs modules through the initramfs helper and
// reads its user-data back from the seed.
jest.setTimeout(120_000)

const tmp = makeTempDir('stable-sync-bootimg-')
afterAll(() => tmp.cleanup())

function moduleFile(name: string): string {
  const base = join(REPO_ROOT, '.cache', 'kernel', 'root', 'lib', 'modules')
  const version = readdirSync(base)[0]
  const found = execFileSync('find', [join(base, version), '-name', `${name}.ko`], {
    encoding: 'utf8'
  }).trim()
  if (!found) throw new Error(`${name}.ko not found under ${base}: run 'bash scripts/install-deps.sh'`)
  return found.split('\n')[0]
}

test('the seed is an ISO 9660 volume labelled cidata with user-data and a generated meta-data', async () => {
  const dir = join(tmp.dir, 'ci-defaults')
  mkdirSync(dir)
  const iso = await buildNoCloudSeed({ dir, output: join(tmp.dir, 'defaults.iso') })
  const pvd = execFileSync('isoinfo', ['-d', '-i', iso], { encoding: 'utf8' })
  expect(pvd).toMatch(/^Volume id: cidata$/m)
  const files = execFileSync('isoinfo', ['-f', '-R', '-i', iso], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .sort()
  expect(files).toEqual(['/meta-data', '/user-data'])
  expect(execFileSync('isoinfo', ['-R', '-x', '/user-data', '-i', iso], { encoding: 'utf8' })).toBe(
    DEFAULT_USER_DATA
  )
  expect(execFileSync('isoinfo', ['-R', '-x', '/meta-data', '-i', iso], { encoding: 'utf8' })).toMatch(
    /^instance-id: stable-sync-[0-9a-f]{12}\nlocal-hostname: stable-sync-guest\n$/
  )
})

test('--image boots a raw disk with the seed attached; the image file is not modified', async () => {
  const kernel = testKernel()
  const modules = [
    'virtio_ring',
    'virtio',
    'virtio_pci_modern_dev',
    'virtio_pci_legacy_dev',
    'virtio_pci',
    'virtio_blk',
    'cdrom',
    'isofs'
  ]
  const initrd = await buildInitramfs({
    output: join(tmp.dir, 'image-initrd.gz'),
    modules: modules.map(moduleFile),
    script: [
      // The ISO 9660 volume id sits at byte 32808 (primary volume descriptor, sector 16).
      'echo "seed volume id: $(dd if=/dev/vdb bs=1 skip=32808 count=6 2>/dev/null)"',
      'mkdir -p /seed',
      'mount -t iso9660 -o ro /dev/vdb /seed || exit 4',
      'grep -q "^#cloud-config" /seed/user-data || exit 5',
      'echo "seed says: $(grep runcmd-marker /seed/user-data)"',
      ''
    ].join('\n')
  })
  const disk = join(tmp.dir, 'disk.img')
  execFileSync('truncate', ['-s', '40M', disk])
  execFileSync('mkfs.vfat', ['-n', 'STABLESYNC', disk])
  execFileSync('syslinux', ['--install', disk])
  const cfg = join(tmp.dir, 'syslinux.cfg')
  writeFileSync(
    cfg,
    'SERIAL 0 115200\nDEFAULT linux\nPROMPT 0\nTIMEOUT 0\nLABEL linux\n  KERNEL vmlinuz\n  APPEND initrd=initrd.gz console=ttyS0\n'
  )
  for (const [from, to] of [
    [kernel, 'vmlinuz'],
    [initrd, 'initrd.gz'],
    [cfg, 'syslinux.cfg']
  ]) {
    execFileSync('mcopy', ['-i', disk, from, `::${to}`])
  }
  const ci = join(tmp.dir, 'ci')
  mkdirSync(ci)
  writeFileSync(join(ci, 'user-data'), '#cloud-config\n# runcmd-marker 42\n')
  const before = statSync(disk).mtimeMs
  const r = await bootTest({
    image: disk,
    cloudInit: ci,
    accel: 'tcg',
    memoryMb: 256,
    timeoutSeconds: 90,
    consoleLog: join(tmp.dir, 'image.log'),
    env: { ...process.env, XDG_CACHE_HOME: join(tmp.dir, 'xdg') },
    log: memoryLogger()
  })
  expect(r.reason).toMatch(/marker/)
  expect(r.result).toBe('pass')
  expect(r.qemuCommandLine).toContain(`file=${disk},format=raw,if=virtio,snapshot=on`)
  expect(r.qemuCommandLine).toMatch(/seed\.iso,format=raw,if=virtio,readonly=on/)
  const log = readFileSync(r.consoleLog, 'utf8')
  expect(log).toContain('SYSLINUX')
  expect(log).toContain('seed volume id: cidata')
  expect(log).toContain('seed says: # runcmd-marker 42')
  expect(statSync(disk).mtimeMs).toBe(before)
  expect(processesMatching(tmp.dir)).toEqual([])
})
