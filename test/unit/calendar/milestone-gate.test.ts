import type { Config } from '../../../src/config/types.js'
import { releaseMilestoneGate } from '../../../src/release/milestone-gate.js'

const config = (release?: string, trackRelease?: string): Config => ({
  file: '.github/stable-sync.yml',
  distribution: 'UNRELEASED',
  ...(release ? { calendar: { milestones: { release } } } : {}),
  tracks: [
    {
      name: 'qemu',
      upstream: { url: '/u', branch: 'stable-8.2', tag: 'v{version}' },
      package: '.',
      pin: 'changelog',
      paths: [],
      exclude: { paths: [], subjects: [] },
      patchDir: 'debian/patches/stable',
      versionFiles: ['VERSION'],
      ...(trackRelease ? { calendar: { milestones: { release: trackRelease } } } : {})
    }
  ]
})
const closed = (title: string) => ({ name: 'milestone', payload: { action: 'closed', milestone: { title } } })

test('only the closing of the release milestone releases', () => {
  expect(releaseMilestoneGate(closed('Noble Release'), config('Noble Release')).release).toBe(true)
  expect(releaseMilestoneGate(closed('Beta Freeze'), config('Noble Release'))).toEqual({
    release: false,
    reason: "milestone 'Beta Freeze' is not the release milestone (Noble Release)"
  })
  expect(
    releaseMilestoneGate(closed('Track Release'), config(undefined, 'Track Release'), ['qemu']).release
  ).toBe(true)
  expect(releaseMilestoneGate(closed('Anything'), config()).reason).toContain(
    'no release milestone is configured'
  )
  expect(
    releaseMilestoneGate(
      { name: 'milestone', payload: { action: 'edited', milestone: { title: 'Noble Release' } } },
      config('Noble Release')
    ).release
  ).toBe(false)
})

test('a manual or dispatched run always releases', () => {
  expect(releaseMilestoneGate({ name: 'workflow_dispatch' }, config('Noble Release')).release).toBe(true)
  expect(releaseMilestoneGate({}, undefined).release).toBe(true)
})
