// Rebuild every committed bundle in dist/ with ncc (one bundle per entry point, as actions/cache does).
// `npm run package`; CI runs it and fails when dist/ differs from what is committed.
// TypeScript is compiled (and type-checked) once, by tsc into build/ as ES modules; ncc then only
// bundles JavaScript (type-checking inside ncc, once per bundle, took twice as long). The bundles
// are independent, so the sub-bundles build concurrently (ncc is mostly single-threaded).
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, rmSync } from 'node:fs'

const entries = [
  ['build/action/index.js', 'dist'], // root action.yml: the sync action
  ['build/action/boot-test-index.js', 'dist/boot-test'], // boot-test/action.yml
  ['build/action/release-index.js', 'dist/release'], // release/action.yml
  ['build/cli/index.js', 'dist/cli'] // package.json bin: stable-sync
]

function npx(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { stdio: 'inherit' })
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`npx ${args.join(' ')} failed (exit ${code})`))
    )
  })
}

const ncc = (entry, out) => npx(['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'])

rmSync('build', { recursive: true, force: true })
await npx(['tsc', '-p', 'tsconfig.build.json'])
// Generated JavaScript that src imports as is (tsc emits only what it compiles).
copyFileSync('src/config/schema-validate.generated.js', 'build/config/schema-validate.generated.js')

// The root bundle writes dist/index.js next to the sub-bundles' folders: clear only what we rebuild.
rmSync('dist', { recursive: true, force: true })
// ncc first deletes every *.js below its output folder: the root bundle (-o dist) would delete the
// sub-bundles built beside it (dist/cli/index.js…), so it is built first, then the others together.
const [root, ...subs] = entries.filter(([entry]) => existsSync(entry))
await ncc(...root)
await Promise.all(subs.map(([entry, out]) => ncc(entry, out)))
