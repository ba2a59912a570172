import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { FixtureRepo } from './git-fixture.js'

/** A seeded PRNG (mulberry32): a failing seed reproduces. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface RandomHistory {
  repo: FixtureRepo
  pin: string
  tip: string
  /** An own patch of the package (changes one line of a file upstream keeps changing), or none. */
  ownPatch?: { file: string; diff: string }
}

/** Subjects the test's track leaves out (exclude.subjects), so later commits lose their context. */
export const LEFT_OUT = '[left-out]'

/**
 * A random real history after a tagged pin, with what makes a proof hard: edits next to earlier ones
 * (which then depend on them), commits left out by subject, reverts, binary changes, renames,
 * deletions, new files, and merges of branches forked earlier (with conflict resolutions).
 */
export async function randomHistory(dir: string, seed: number, steps = 36): Promise<RandomHistory> {
  const rnd = prng(seed)
  const pick = (n: number): number => Math.floor(rnd() * n)
  const home = join(dir, 'home')
  mkdirSync(home, { recursive: true })
  const repo = await FixtureRepo.init(join(dir, 'up'), home)
  const files = new Map<string, string[]>()
  const put = (path: string, lines: string[]): void => {
    files.set(path, lines)
    repo.write(path, lines.join('\n') + '\n')
  }
  for (let f = 0; f < 5; f++)
    put(
      `src/f${f}.c`,
      Array.from({ length: 16 }, (_, l) => `f${f} line ${l}`)
    )
  repo.write('data.bin', Buffer.from([1, 0, 2, 0, 3]))
  await repo.commit('start')
  const pin = await repo.commit('release 1.0')
  await repo.git.exec(['tag', 'v1.0.0'])
  const env = repo.identityEnv()
  const git = (args: string[]): Promise<{ code: number }> => repo.git.exec(args, { env, allowFailure: true })
  // The text files as the work tree has them (after a checkout, revert or merge).
  const reload = async (): Promise<void> => {
    files.clear()
    for (const p of (await repo.git.text(['ls-files', 'src'])).split('\n').filter(Boolean))
      files.set(p, readFileSync(join(repo.dir, p), 'utf8').replace(/\n$/, '').split('\n'))
  }
  const textFiles = (): string[] => [...files.keys()].sort()
  let lastEdit: [string, number] | undefined
  const history: string[] = [pin]
  const edit = async (path: string, line: number, subject: string): Promise<void> => {
    const lines = [...files.get(path)!]
    lines[line] = `${path} line ${line} changed by step ${history.length}`
    put(path, lines)
    lastEdit = [path, line]
    history.push(await repo.commit(subject))
  }

  for (let i = 0; i < steps; i++) {
    const op = pick(20)
    const left = pick(7) === 0 ? ` ${LEFT_OUT}` : ''
    const paths = textFiles()
    if (op < 7 || paths.length === 0) {
      const p = paths[pick(paths.length)]
      await edit(p, pick(files.get(p)!.length), `edit ${i}${left}`)
    } else if (op < 10 && lastEdit && files.has(lastEdit[0])) {
      // Right next to the last change: its context is that change.
      const [p, l] = lastEdit
      await edit(p, Math.min(l + 1, files.get(p)!.length - 1), `next to ${i}${left}`)
    } else if (op < 12 && history.length > 2) {
      const target = history[1 + pick(history.length - 1)]
      if ((await git(['revert', '--no-edit', target])).code === 0) {
        history.push(await repo.git.text(['rev-parse', 'HEAD']))
        await reload()
      } else {
        await git(['revert', '--abort'])
        await reload()
      }
    } else if (op === 12) {
      repo.write('data.bin', Buffer.from([pick(256), 0, pick(256), 0, i]))
      history.push(await repo.commit(`binary ${i}`))
    } else if (op === 13) {
      const p = paths[pick(paths.length)]
      const to = p.replace('/f', '/g')
      if (to !== p && !files.has(to)) {
        await git(['mv', p, to])
        files.set(to, files.get(p)!)
        files.delete(p)
        history.push(await repo.commit(`move ${p} to ${to}${left}`))
      }
    } else if (op === 14 && paths.length > 3) {
      const p = paths[pick(paths.length)]
      rmSync(join(repo.dir, p))
      files.delete(p)
      history.push(await repo.commit(`remove ${p}${left}`))
    } else if (op === 15) {
      const p = `src/f${5 + pick(5)}.c`
      if (!files.has(p)) {
        put(
          p,
          Array.from({ length: 12 }, (_, l) => `${p} new line ${l}`)
        )
        history.push(await repo.commit(`add ${p}${left}`))
      }
    } else {
      // A branch forked a few commits back, merged with --no-ff; a conflict is resolved by hand.
      const base = history[Math.max(0, history.length - 1 - pick(6))]
      await git(['checkout', '-q', '-b', `side${i}`, base])
      await reload()
      const count = 1 + pick(3)
      for (let k = 0; k < count; k++) {
        const ps = textFiles()
        const p = ps[pick(ps.length)]
        const lines = [...files.get(p)!]
        const l = pick(lines.length)
        lines[l] = `${p} line ${l} side ${i}.${k}`
        put(p, lines)
        await repo.commit(`side ${i}.${k}${pick(6) === 0 ? ` ${LEFT_OUT}` : ''}`)
      }
      await git(['checkout', '-q', 'main'])
      if ((await git(['merge', '-q', '--no-ff', '-m', `Merge side${i}`, `side${i}`])).code !== 0) {
        const conflicted = (await repo.git.text(['diff', '--name-only', '--diff-filter=U']))
          .split('\n')
          .filter(Boolean)
        for (const p of conflicted) {
          await git(['checkout', '--ours', '--', p])
          const lines = readFileSync(join(repo.dir, p), 'utf8').replace(/\n$/, '').split('\n')
          lines[pick(lines.length)] = `${p} resolved in merge ${i}`
          repo.write(p, lines.join('\n') + '\n')
        }
        await repo.git.exec(['add', '-A'])
        await git(['commit', '-q', '--no-edit'])
      }
      history.push(await repo.git.text(['rev-parse', 'HEAD']))
      await reload()
    }
  }
  const tip = await repo.git.text(['rev-parse', 'HEAD'])
  await repo.git.exec(['branch', '-f', 'stable-1.0', tip])
  // Half the histories: the package changes a line of a file upstream keeps changing.
  let ownPatch: RandomHistory['ownPatch']
  if (seed % 2 === 0) {
    const pinned = (await repo.git.text(['show', `${pin}:src/f0.c`])).split('\n')
    ownPatch = {
      file: 'src/f0.c',
      diff: [
        'diff --git a/src/f0.c b/src/f0.c',
        '--- a/src/f0.c',
        '+++ b/src/f0.c',
        '@@ -8,3 +8,3 @@',
        ` ${pinned[7]}`,
        `-${pinned[8]}`,
        '+f0 line 8 (debian)',
        ` ${pinned[9]}`,
        ''
      ].join('\n')
    }
  }
  return { repo, pin, tip, ownPatch }
}
