import { memoryLogger } from '../../src/log.js'
import { fetchProgress } from '../../src/upstream/progress.js'

// git's --progress stream as a fetch writes it: phases updated in place with \r, ended with \n.
test('git fetch progress becomes throttled lines: each phase once at its start, then every 2 s, and its end', () => {
  const log = memoryLogger()
  let clock = 0
  const p = fetchProgress(log, 'linux: fetching linux-6.6.y', () => clock)
  const feed = (text: string, at: number): void => {
    clock = at
    p.onStderr(Buffer.from(text))
  }
  feed('remote: Enumerating objects: 1000, done.\nremote: Counting objects:   1% (10/1000)\r', 0)
  feed('remote: Counting objects:  50% (500/1000)\rremote: Counting objects: 100% (1000/1000), done.\n', 100)
  feed('Receiving objects:   1% (10/1000)\rReceiving obj', 200)
  feed('ects:  10% (100/1000), 1.00 MiB | 1.00 MiB/s\r', 1000)
  feed('Receiving objects:  60% (600/1000), 6.00 MiB | 2.00 MiB/s\r', 2300)
  feed('Receiving objects:  70% (700/1000), 7.00 MiB | 2.00 MiB/s\r', 2400)
  feed('fatal: not a progress line\n', 2500)
  feed('Resolving deltas:  40% (40/100)\r', 2600)
  feed('Resolving deltas:  90% (90/100)\r', 2700)
  p.done()
  expect(log.lines).toEqual([
    'progress: linux: fetching linux-6.6.y: Enumerating objects: 1000, done.',
    'progress: linux: fetching linux-6.6.y: Counting objects:   1% (10/1000)',
    'progress: linux: fetching linux-6.6.y: Counting objects: 100% (1000/1000), done.',
    'progress: linux: fetching linux-6.6.y: Receiving objects:   1% (10/1000)',
    'progress: linux: fetching linux-6.6.y: Receiving objects:  60% (600/1000), 6.00 MiB | 2.00 MiB/s',
    'progress: linux: fetching linux-6.6.y: Resolving deltas:  40% (40/100)',
    'progress: linux: fetching linux-6.6.y: Resolving deltas:  90% (90/100)'
  ])
})
