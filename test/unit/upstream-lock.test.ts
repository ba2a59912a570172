import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
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
  expect(err).toBeInstanceOf(InputError)
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

test('the same process may take the lock again inside (fetch inside the engine)', async () => {
  const dir = `${tmp.dir}/not/yet/there/nested.git`
  const log = memoryLogger()
  const inner = await withDirLock(dir, { log, timeoutMs: 200 }, () =>
    withDirLock(dir, { log, timeoutMs: 200 }, async () => existsSync(`${dir}.lock`))
  )
  expect(inner).toBe(true)
  expect(existsSync(`${dir}.lock`)).toBe(false)
})
