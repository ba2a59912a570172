import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  autopkgtestVerdict,
  runAutopkgtest,
  gateFailure,
  parseAutopkgtestSummary,
  parseLintian
} from '../../src/build/gate.js'
import { parseRecord, renderReport } from '../../src/build/report.js'
import { memoryLogger } from '../../src/log.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir('stable-sync-gate-')
afterAll(() => tmp.cleanup())

test('lintian tag lines are read; explanations, info and pedantic tags are not', () => {
  const text = [
    'E: hello-stable source: source-is-missing [hello.min.js]',
    'W: hello-stable: no-manual-page [usr/bin/hello-stable]',
    'N:',
    'N:   Each binary in /usr/bin … should have a manual page',
    'I: hello-stable: hardening-no-bindnow [usr/bin/hello-stable]',
    'P: hello-stable source: silent-on-rules-requiring-root',
    'W: hello-stable: initial-upload-closes-no-bugs'
  ].join('\n')
  expect(parseLintian(text)).toEqual([
    {
      severity: 'error',
      package: 'hello-stable source',
      tag: 'source-is-missing',
      context: '[hello.min.js]'
    },
    {
      severity: 'warning',
      package: 'hello-stable',
      tag: 'no-manual-page',
      context: '[usr/bin/hello-stable]'
    },
    { severity: 'warning', package: 'hello-stable', tag: 'initial-upload-closes-no-bugs' }
  ])
})

test("autopkgtest's summary and exit code give the verdict (2 skipped, 4 failed, 8 none ran, 12+ errors)", () => {
  expect(
    parseAutopkgtestSummary('greets               PASS\nfails                FAIL non-zero exit status 1\n')
  ).toEqual([
    { name: 'greets', result: 'PASS' },
    { name: 'fails', result: 'FAIL', detail: 'non-zero exit status 1' }
  ])
  expect([0, 2, 4, 6, 8, 12, 16, 20].map(autopkgtestVerdict)).toEqual([
    'pass',
    'pass',
    'fail',
    'fail',
    'skip',
    'fail',
    'fail',
    'fail'
  ])
  expect(gateFailure({ lintian: { status: 'pass', errors: 0, warnings: 1, tags: [] } })).toBeUndefined()
  expect(
    gateFailure({
      autopkgtest: { status: 'fail', exitCode: 4, tests: [{ name: 't', result: 'FAIL' }], outputDir: '/o' }
    })
  ).toBe('autopkgtest failed (exit 4): t FAIL; logs in /o')
})

test('the sticky report shows the gate per build, errors first, tag text escaped', () => {
  const gate = {
    lintian: {
      status: 'fail',
      errors: 1,
      warnings: 1,
      tags: [
        { severity: 'warning', package: 'p', tag: 'no-manual-page', context: '[usr/bin/p]' },
        { severity: 'error', package: 'p source', tag: 'source-is-missing', context: '[a|b <x>.js]' }
      ]
    },
    autopkgtest: { status: 'skip', tests: [{ name: 'smoke', result: 'SKIP', detail: 'needs-root' }] }
  }
  const record = parseRecord(
    {
      kind: 'build',
      id: 'p-debian-bookworm-amd64',
      release: 'debian:bookworm',
      arch: 'amd64',
      status: 'failure',
      source: 'p',
      gate
    },
    'r.json'
  )
  const md = renderReport({ track: 't', records: [record] }).markdown
  expect(md).toContain('| p | debian:bookworm | amd64 | ❌ errors 1, warnings 1 | ⏭️ smoke SKIP |')
  const e = md.indexOf('| E | p source | source-is-missing |')
  const w = md.indexOf('| W | p | no-manual-page |')
  expect(e).toBeGreaterThan(0)
  expect(w).toBeGreaterThan(e)
  expect(md).not.toContain('a|b <x>')
  expect(() =>
    parseRecord({ kind: 'build', id: 'x', status: 'success', gate: { lintian: { tags: 'no' } } }, 'r.json')
  ).toThrow(/r\.json: 'gate' is not a build gate record/)
  // A build without a gate (an older record) renders no gate table.
  expect(renderReport({ track: 't', records: [{ ...record, gate: undefined }] }).markdown).not.toContain(
    'Build gate'
  )
})

test('autopkgtest: none without a Testsuite; a reported skip (not a failure) when not root', async () => {
  const plain = join(tmp.dir, 'plain.dsc')
  writeFileSync(plain, 'Format: 3.0 (quilt)\nSource: p\nVersion: 1.0-1\n')
  expect(await runAutopkgtest({ dsc: plain, debs: [] }, join(tmp.dir, 'a1'), memoryLogger(), 0)).toEqual({
    status: 'none',
    tests: []
  })
  const tested = join(tmp.dir, 'tested.dsc')
  writeFileSync(tested, 'Format: 3.0 (quilt)\nSource: p\nVersion: 1.0-1\nTestsuite: autopkgtest\n')
  const log = memoryLogger()
  const r = await runAutopkgtest({ dsc: tested, debs: [] }, join(tmp.dir, 'a2'), log, 1000)
  expect(r.status).toBe('skip')
  expect(r.tests[0].detail).toMatch(/^the null server needs root/)
  expect(gateFailure({ autopkgtest: r })).toBeUndefined()
})
