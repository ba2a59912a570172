import { cpSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildMatrix } from '../../src/build/matrix.js'
import { buildExclusiveKernel, checkKernelSeries } from '../../src/build/kernel-series.js'
import { frozenWarnings } from '../../src/cli/commands/validate.js'
import { loadConfig } from '../../src/config/load.js'
import { InputError } from '../../src/errors.js'
import { makeTempDir } from '../helpers/tmp.js'

// The bundled examples must build on the releases their config names, and the seed example's
// calendar must not be frozen the day a user copies it, or `validate` says so.
const tmp = makeTempDir('stable-sync-examples-')
afterAll(() => tmp.cleanup())

describe.each(['hello', 'kvm-source'])('examples/%s', name => {
  test('its build matrix is buildable (a dkms package only on releases with its kernel series)', async () => {
    const dir = resolve('examples', name)
    const config = await loadConfig(join(dir, '.github', 'stable-sync.yml'), { repoDir: dir })
    const m = buildMatrix(config, dir)
    expect(m.length).toBeGreaterThan(0)
  })
})

test("examples/kvm-source's BUILD_EXCLUSIVE_KERNEL matches its build release and no other kernel", () => {
  const dir = resolve('examples/kvm-source')
  expect(buildExclusiveKernel(dir)?.pattern).toBe('^6\\.1\\.')
  expect(() => checkKernelSeries('kvm', dir, 'debian:bookworm')).not.toThrow()
  expect(() => checkKernelSeries('kvm', dir, 'ubuntu:unknown-codename')).not.toThrow() // not checked
  expect(() => checkKernelSeries('kvm', dir, 'ubuntu:noble')).toThrow(
    new InputError(
      `track 'kvm': ${join(dir, 'debian', 'dkms.conf')} builds only for kernels matching BUILD_EXCLUSIVE_KERNEL="^6\\.1\\.", ` +
        'but ubuntu:noble ships Linux 6.8: dkms would skip the module. Build it for debian:bookworm (build.releases or ' +
        "the build-matrix input), or follow the stable branch of ubuntu:noble's kernel (linux-6.8.y) and set BUILD_EXCLUSIVE_KERNEL to match"
    )
  )
})

test('build-matrix refuses a dkms package for a release with another kernel series', async () => {
  const dir = join(tmp.dir, 'kvm-noble')
  cpSync(resolve('examples/kvm-source'), dir, { recursive: true })
  const file = join(dir, '.github', 'stable-sync.yml')
  writeFileSync(
    file,
    `${'tracks:\n'}  - name: kvm\n    upstream: { url: /u/linux, branch: linux-6.1.y, tag: 'v{version}' }\n    package: .\nbuild: { releases: ['debian:bookworm', 'ubuntu:noble'] }\n`
  )
  const config = await loadConfig(file, { repoDir: dir })
  expect(() => buildMatrix(config, dir)).toThrow(/ubuntu:noble ships Linux 6\.8: dkms would skip the module/)
})

test("validate says when the seed example's calendar is frozen on the day it is copied", async () => {
  const config = await loadConfig('examples/stable-sync.yml', { repoDir: '.' })
  // A day before the example's feature freeze: no warning; a day after its beta freeze: a warning that
  // names the track and says how to fix it. (Fixed days, so the test does not depend on the clock.)
  const before = new Date(`${config.calendar!.featureFreeze}T00:00:00Z`)
  before.setUTCDate(before.getUTCDate() - 1)
  expect(await frozenWarnings(config, before)).toEqual([])
  const after = new Date(`${config.calendar!.betaFreeze}T00:00:00Z`)
  after.setUTCDate(after.getUTCDate() + 1)
  const warnings = await frozenWarnings(config, after)
  // (The kvm track has a calendar of its own; the qemu track follows the top-level one.)
  expect(warnings).toContainEqual(
    expect.stringMatching(/track 'qemu' is frozen on .*set calendar: to your release's freeze dates/)
  )
})
