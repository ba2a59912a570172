import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { parseRecord, renderReport } from '../../src/build/report.js'
import { makeTempDir } from '../helpers/tmp.js'

// `stable-sync job-record` (the boot job's result record, formerly `node -e` in the YAML) and the
// report's line for a run without a KVM runner.
const tmp = makeTempDir('stable-sync-job-record-')
afterAll(() => tmp.cleanup())

async function record(args: string[]) {
  let err = ''
  const code = await runCli(
    [
      'job-record',
      '--release',
      'debian:bookworm',
      '--arch',
      'amd64',
      '--out',
      join(tmp.dir, 'result'),
      ...args
    ],
    { out: () => {}, err: t => void (err += t), cwd: tmp.dir, env: {} }
  )
  const [kind, id] = [args[args.indexOf('--kind') + 1], args[args.indexOf('--id') + 1]]
  const file = join(tmp.dir, 'result', `${id}.${kind}.json`)
  return {
    code,
    err,
    rec: code === 0 ? parseRecord(JSON.parse(readFileSync(file, 'utf8')), file) : undefined
  }
}

describe('job-record', () => {
  test('a deb boot: the boot-test outputs decide verdict, reason and accel; a skip is skipped', async () => {
    const pass = await record([
      '--kind',
      'boot',
      '--id',
      'q1',
      '--outcome',
      'success',
      '--job-status',
      'success',
      '--boot-result',
      'pass',
      '--boot-reason',
      'marker\nseen',
      '--boot-accel',
      'kvm'
    ])
    expect(pass.rec).toEqual({
      kind: 'boot',
      id: 'q1',
      release: 'debian:bookworm',
      arch: 'amd64',
      status: 'success',
      verdict: 'pass',
      reason: 'marker seen',
      accel: 'kvm'
    })
    const skip = await record([
      '--kind',
      'boot',
      '--id',
      'q2',
      '--outcome',
      'success',
      '--job-status',
      'success',
      '--boot-result',
      'skip'
    ])
    expect(skip.rec?.status).toBe('skipped')
    const failed = await record([
      '--kind',
      'boot',
      '--id',
      'q3',
      '--outcome',
      'failure',
      '--job-status',
      'failure',
      '--boot-result',
      'fail'
    ])
    expect(failed.rec?.status).toBe('failure')
  })

  test('a dkms boot: kvm-test --json decides (77 is a skip), a missing file is a failure', async () => {
    const json = join(tmp.dir, 'kvm-test.json')
    writeFileSync(
      json,
      JSON.stringify({
        exitCode: 77,
        verdict: 'no-virt',
        label: 'no virtualization',
        reason: 'L1 sees no svm/vmx',
        boot: { accel: { used: 'tcg' } }
      })
    )
    const skip = await record([
      '--kind',
      'boot',
      '--id',
      'k1',
      '--outcome',
      'success',
      '--job-status',
      'success',
      '--kvm-json',
      json
    ])
    expect(skip.rec).toMatchObject({
      status: 'skipped',
      verdict: 'no virtualization',
      reason: 'L1 sees no svm/vmx',
      accel: 'tcg'
    })
    writeFileSync(
      json,
      JSON.stringify({ exitCode: 1, verdict: 'l2-failed', label: 'L2 guest failed', reason: 'exit 3' })
    )
    const fail = await record([
      '--kind',
      'boot',
      '--id',
      'k2',
      '--outcome',
      'failure',
      '--job-status',
      'failure',
      '--kvm-json',
      json
    ])
    expect(fail.rec).toMatchObject({ status: 'failure', verdict: 'L2 guest failed' })
    const missing = await record([
      '--kind',
      'boot',
      '--id',
      'k3',
      '--outcome',
      '',
      '--job-status',
      'cancelled',
      '--kvm-json',
      join(tmp.dir, 'none.json')
    ])
    expect(missing.rec?.status).toBe('cancelled')
  })

  test('bad kind or id is an error', async () => {
    expect((await record(['--kind', 'test', '--id', 'x'])).code).toBe(2)
    expect((await record(['--kind', 'build', '--id', '../x'])).code).toBe(2)
  })
})

test('without a KVM runner the report says boot was not run, and why', () => {
  const r = renderReport({
    track: 'qemu',
    records: [{ kind: 'build', id: 'q', release: 'ubuntu:noble', arch: 'amd64', status: 'success' }],
    bootNotRun: 'no KVM runner configured'
  })
  expect(r.markdown).toContain('| – | – | – | boot: not run (no KVM runner configured) | | |')
  expect(r.description).toBe('builds 1/1 ok, boot: not run (no KVM runner configured)')
  expect(r.state).toBe('success')
})
