import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Shared by the boot-test harness tests and the KVM module track: where the Debian kernel that
 * scripts/install-deps.sh unpacks lives, and a /proc scan that proves no QEMU outlived a test.
 */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export function testKernel(): string {
  const kernel = join(REPO_ROOT, '.cache', 'kernel', 'vmlinuz')
  if (!existsSync(kernel)) {
    throw new Error(
      `${kernel} is missing: run 'bash scripts/install-deps.sh' (it downloads a Debian cloud kernel)`
    )
  }
  return kernel
}

/** Pids of running processes whose command line contains `token` (e.g. a test's temp directory). */
export function processesMatching(token: string): { pid: number; cmdline: string }[] {
  const found: { pid: number; cmdline: string }[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    let cmdline: string
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ')
    } catch {
      continue // exited meanwhile
    }
    if (cmdline.includes(token)) found.push({ pid: Number(entry), cmdline })
  }
  return found
}

/**
 * Signal tests need the harness in a process of its own (jest's sandboxed `process` does not see
 * real signals). Transpile the boot module and what it imports to plain ESM in `outDir` (no type
 * check: tsc --noEmit does that), so a child `node` can load `<outDir>/boot/boot-test.js`.
 */
export async function transpileBootModule(outDir: string): Promise<string> {
  const ts = (await import('typescript')).default
  const src = join(REPO_ROOT, 'src')
  const files = [
    ...readdirSync(join(src, 'boot'))
      .filter(f => f.endsWith('.ts'))
      .map(f => `boot/${f}`),
    'errors.ts',
    'log.ts',
    'process/run.ts'
  ]
  for (const f of files) {
    const out = ts.transpileModule(readFileSync(join(src, f), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    })
    const dest = join(outDir, f.replace(/\.ts$/, '.js'))
    mkdirSync(dirname(dest), { recursive: true })
    writeFileSync(dest, out.outputText)
  }
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}\n')
  return join(outDir, 'boot', 'boot-test.js')
}
