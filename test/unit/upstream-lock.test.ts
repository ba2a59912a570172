import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { InputError } from '../../src/errors.js'
import { memoryLogger } from '../../src/log.js'
import { withDirLock } from '../../src/upstream/lock.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir()
afterAll(() => tmp.cleanup())

/** A lock directory as another stable-sync process leaves it while it holds the lock. */
function holdAs(dir: string, pid: number): string {
  const lockDir = `${dir}.lock`
  mkdirSync(lockDir)
  writeFileSync(`${lockDir}/owner`, JSON.stringify({ host: hostname(), pid, since: Date.now() }))
  return lockDir
}

/** A real other process, alive until killed. */
function otherProcess(): { pid: number; stop(): Promise<void> } {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' })
  const exited = new Promise<void>(resolve => child.on('exit', () => resolve()))
  return {
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGKILL')
      await exited
    }
  }
}

test('a run waits while another live process holds the clone, then goes on; the lock is gone after', async () => {
  const other = otherProcess()
  const dir = `${tmp.dir}/wait.git`
  const lockDir = holdAs(dir, other.pid)
  const log = memoryLogger()
  let ran = false
  const run = withDirLock(dir, { log, pollMs: 20 }, async () => {
    ran = true
  })
  await new Promise(resolve => setTimeout(resolve, 150))
  expect(ran).toBe(false)
  expect(log.lines.join('\n')).toContain(`waiting for ${lockDir} (held by pid ${other.pid}`)
  rmSync(lockDir, { recursive: true }) // the other run ends
  await run
  expect(ran).toBe(true)
  expect(existsSync(lockDir)).toBe(false)
  await other.stop()
})

test('a lock left by a process that died is taken over, with a warning', async () => {
  const gone = otherProcess()
  await gone.stop()
  const dir = `${tmp.dir}/stale.git`
  holdAs(dir, gone.pid)
  const log = memoryLogger()
  expect(await withDirLock(dir, { log, pollMs: 20 }, async () => 'done')).toBe('done')
  expect(log.lines.join('\n')).toContain(`its owner (pid ${gone.pid} on ${hostname()}) is gone`)
})

test('waiting too long is a clear error naming the holder; a failing run releases the lock', async () => {
  const other = otherProcess()
  const dir = `${tmp.dir}/busy.git`
  const lockDir = holdAs(dir, other.pid)
  const err = await withDirLock(
    dir,
    { log: memoryLogger(), pollMs: 20, timeoutMs: 100 },
    async () => 0
  ).catch(e => e)
  // Not an input error: the other tracks of an action run go on.
  expect(err).toBeInstanceOf(Error)
  expect(err).not.toBeInstanceOf(InputError)
  expect(err.message).toMatch(
    new RegExp(`held by another stable-sync run \\(pid ${other.pid} on .*remove the directory`)
  )
  rmSync(lockDir, { recursive: true })
  await other.stop()

  await expect(
    withDirLock(dir, { log: memoryLogger() }, async () => {
      throw new Error('fetch failed')
    })
  ).rejects.toThrow('fetch failed')
  expect(existsSync(lockDir)).toBe(false)
})

test('a lock its holder stopped touching (another host, a container that is gone) is taken over', async () => {
  const dir = `${tmp.dir}/abandoned.git`
  const lockDir = `${dir}.lock`
  mkdirSync(lockDir)
  writeFileSync(
    `${lockDir}/owner`,
    JSON.stringify({ host: 'runner-container-1', pid: 1, since: Date.now() - 600_000 })
  )
  const old = new Date(Date.now() - 180_000)
  utimesSync(`${lockDir}/owner`, old, old)
  const log = memoryLogger()
  expect(await withDirLock(dir, { log, pollMs: 20, timeoutMs: 1000 }, async () => 'mine')).toBe('mine')
  expect(log.lines.join('\n')).toContain('its owner (pid 1 on runner-container-1) is gone')
})

test('two independent tasks of one process take turns', async () => {
  const dir = `${tmp.dir}/turns.git`
  const order: string[] = []
  const log = memoryLogger()
  await Promise.all([
    withDirLock(dir, { log, pollMs: 10 }, async () => {
      order.push('first starts')
      await new Promise(resolve => setTimeout(resolve, 100))
      order.push('first ends')
    }),
    withDirLock(dir, { log, pollMs: 10 }, async () => {
      order.push('second')
    })
  ])
  expect(order).toEqual(['first starts', 'first ends', 'second'])
})

test('the same call chain may take the lock again inside (fetch inside the engine)', async () => {
  const dir = `${tmp.dir}/not/yet/there/nested.git`
  const log = memoryLogger()
  const inner = await withDirLock(dir, { log, timeoutMs: 200 }, () =>
    withDirLock(dir, { log, timeoutMs: 200 }, async () => existsSync(`${dir}.lock`))
  )
  expect(inner).toBe(true)
  expect(existsSync(`${dir}.lock`)).toBe(false)
})
