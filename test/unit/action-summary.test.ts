import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeSummary } from '../../src/action/summary.js'
import { makeTempDir } from '../helpers/tmp.js'

// The job summary is rendered HTML: GitHub links `#N` and pings `@name` in its text nodes too.
const tmp = makeTempDir('stable-sync-summary-')
afterAll(() => tmp.cleanup())

test('the job summary note is inert: no #N link, no mention, no github.com issue URL, no HTML', async () => {
  const file = join(tmp.dir, 'summary.md')
  writeFileSync(file, '')
  process.env.GITHUB_STEP_SUMMARY = file
  try {
    await writeSummary(
      [
        {
          track: 'qemu',
          operation: 'none',
          reason: 'the same fixes were declined in #12 by @alice, see https://github.com/up/qemu/issues/9',
          branch: 'stable-sync/qemu',
          patches: 2,
          pushed: false,
          dryRun: false,
          paused: false,
          error: undefined
        },
        {
          track: 'kvm',
          operation: 'none',
          reason: '',
          branch: 'stable-sync/kvm',
          patches: 0,
          pushed: false,
          dryRun: false,
          paused: false,
          error: 'upstream says <img src=x> GH-3'
        }
      ],
      false
    )
  } finally {
    delete process.env.GITHUB_STEP_SUMMARY
  }
  const html = readFileSync(file, 'utf8')
  expect(html).toContain('declined in #\u200d12 by @\u200dalice')
  expect(html).not.toMatch(/#12|@alice|github\.com\/up|<img|GH-3/)
  expect(html).toContain('https://github\u200d.com/up/qemu/issues/9')
  expect(html).toContain('&lt;img src=x&gt;')
})
