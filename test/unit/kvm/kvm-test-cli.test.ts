import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { captureCli, type CliRun } from '../../helpers/cli.js'
import { makeTempDir } from '../../helpers/tmp.js'

const cli = (args: string[]): Promise<CliRun> => captureCli(args)

describe('stable-sync kvm-test: bad input is exit 2 with what to do', () => {
  const tmp = makeTempDir('stable-sync-kvm-cli-')
  afterAll(() => tmp.cleanup())
  const notKernel = join(tmp.dir, 'vmlinuz')
  writeFileSync(notKernel, 'not a kernel\n'.repeat(100))

  it('lists the verdicts in --help', async () => {
    const r = await cli(['kvm-test', '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/modules failed to load \| no \/dev\/kvm \| L2 guest failed/)
  })

  it('needs --kernel and --smoke', async () => {
    expect(await cli(['kvm-test', '--smoke', 'x'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--kernel VMLINUZ is required/)
    })
    expect(await cli(['kvm-test', '--kernel', notKernel])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--smoke FILE is required/)
    })
  })

  it('says when the kernel is not a bzImage', async () => {
    const r = await cli(['kvm-test', '--kernel', notKernel, '--smoke', notKernel, '--modules', tmp.dir])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/is not an x86 bzImage \(no setup header\); pass the vmlinuz the guest boots/)
  })

  it('rejects a bad --accel', async () => {
    const r = await cli(['kvm-test', '--kernel', notKernel, '--smoke', notKernel, '--accel', 'fast'])
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/--accel must be auto, kvm or tcg/) })
  })
})
