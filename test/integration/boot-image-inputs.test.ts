import { jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { bootTest, type BootTestOptions } from '../../src/boot/boot-test.js'
import { downloadImage } from '../../src/boot/image-download.js'
import { FindingError, InputError } from '../../src/errors.js'
import { memoryLogger } from '../../src/log.js'
import { makeTempDir } from '../helpers/tmp.js'

// Boot images are checked before QEMU opens them, with the real qemu-img and a download from a local
// HTTP server on 127.0.0.1: a URL needs a sha256 that matches, a qcow2 naming a backing or data file
// is refused, and the guest's user-mode network is restricted.
jest.setTimeout(60_000)

const tmp = makeTempDir('stable-sync-bootinputs-')
let server: Server
let base: string
const requests: string[] = []

const img = (name: string): string => join(tmp.dir, 'www', name)
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

beforeAll(async () => {
  execFileSync('mkdir', ['-p', join(tmp.dir, 'www')])
  execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', img('flat.qcow2'), '1M'])
  execFileSync('qemu-img', [
    'create',
    '-q',
    '-f',
    'qcow2',
    '-b',
    '/etc/hostname',
    '-F',
    'raw',
    img('backed.qcow2')
  ])
  execFileSync('qemu-img', [
    'create',
    '-q',
    '-f',
    'qcow2',
    '-o',
    `data_file=${join(tmp.dir, 'data.raw')}`,
    img('datafile.qcow2'),
    '1M'
  ])
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const file = img((req.url ?? '/').slice(1))
    if (!existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>(resolve => server.close(() => resolve()))
  tmp.cleanup()
})

function options(o: Partial<BootTestOptions>): BootTestOptions {
  return {
    qemu: 'qemu-system-x86_64',
    accel: 'tcg',
    timeoutSeconds: 2,
    consoleLog: join(tmp.dir, `console-${Math.random().toString(36).slice(2)}.log`),
    kvmCacheFile: join(tmp.dir, 'kvm-cache.json'),
    log: memoryLogger(),
    ...o
  }
}

async function rejection(o: Partial<BootTestOptions>): Promise<Error> {
  try {
    await bootTest(options(o))
  } catch (e) {
    return e as Error
  }
  throw new Error('expected the boot test to be refused')
}

test('a downloaded image needs a sha256: refused before any request', async () => {
  requests.length = 0
  const e = await rejection({ imageUrl: `${base}/flat.qcow2` })
  expect(e).toBeInstanceOf(InputError)
  expect(e.message).toContain(`--image-url ${base}/flat.qcow2 needs --image-sha256`)
  expect(requests).toEqual([])
})

test('a download whose sha256 differs is not used (and not kept)', async () => {
  const e = await rejection({ imageUrl: `${base}/flat.qcow2`, imageSha256: '0'.repeat(64) })
  expect(e).toBeInstanceOf(FindingError)
  expect(e.message).toContain(`has sha256 ${sha256(img('flat.qcow2'))}, not ${'0'.repeat(64)}: not used`)
  const dest = join(tmp.dir, 'mismatch.qcow2')
  await expect(downloadImage({ url: `${base}/flat.qcow2`, sha256: '0'.repeat(64), dest })).rejects.toThrow(
    FindingError
  )
  expect(existsSync(dest)).toBe(false)
})

test('qcow2 images that name a backing file or a data file are refused, downloaded or local', async () => {
  const downloaded = await rejection({
    imageUrl: `${base}/backed.qcow2`,
    imageSha256: sha256(img('backed.qcow2'))
  })
  expect(downloaded).toBeInstanceOf(InputError)
  expect(downloaded.message).toMatch(
    /names a backing file \(\/etc\/hostname\); a boot image must be self-contained/
  )
  const local = await rejection({ image: img('backed.qcow2') })
  expect(local.message).toContain(`${img('backed.qcow2')} names a backing file (/etc/hostname)`)
  expect(local.message).toContain('qemu-img convert -O qcow2')
  const data = await rejection({ image: img('datafile.qcow2') })
  expect(data.message).toContain(`names an external data file (${join(tmp.dir, 'data.raw')})`)
  // A local image checked against a given sha256 too.
  const wrong = await rejection({ image: img('flat.qcow2'), imageSha256: 'f'.repeat(64) })
  expect(wrong).toBeInstanceOf(FindingError)
})

test('a verified, self-contained download boots with a restricted guest network', async () => {
  const report = await bootTest(
    options({ imageUrl: `${base}/flat.qcow2`, imageSha256: sha256(img('flat.qcow2')), name: 'flat' })
  )
  // An empty disk never prints the marker: cut at the timeout. What matters is how it was started.
  expect(report.result).toBe('fail')
  expect(report.qemuCommandLine).toMatch(/format=qcow2,if=virtio,snapshot=on/)
  expect(report.qemuCommandLine).toContain('-nic user,model=virtio-net-pci,restrict=on')
  const open = await bootTest(options({ image: img('flat.qcow2'), network: 'open' }))
  expect(open.qemuCommandLine).toMatch(/-nic user,model=virtio-net-pci$/)
  expect(open.qemuCommandLine).not.toContain('restrict=on')
})

test('downloadImage writes the verified bytes; a 404 is a clear error', async () => {
  const dest = join(tmp.dir, 'got.qcow2')
  expect(await downloadImage({ url: `${base}/flat.qcow2`, sha256: sha256(img('flat.qcow2')), dest })).toBe(
    dest
  )
  expect(readFileSync(dest)).toEqual(readFileSync(img('flat.qcow2')))
  await expect(
    downloadImage({ url: `${base}/missing.qcow2`, sha256: '0'.repeat(64), dest: join(tmp.dir, 'x') })
  ).rejects.toThrow(`cannot download ${base}/missing.qcow2: HTTP 404`)
})
