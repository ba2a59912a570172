// Rebuild every committed bundle in dist/ with ncc (one bundle per entry point, as actions/cache does).
// `npm run package`; CI runs it and fails when dist/ differs from what is committed.
// The bundles are independent, so they build concurrently (ncc is mostly single-threaded).
import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'

const entries = [
  ['src/action/index.ts', 'dist'], // root action.yml: the sync action
  ['src/action/boot-test-index.ts', 'dist/boot-test'], // boot-test/action.yml
  ['src/action/release-index.ts', 'dist/release'], // release/action.yml
  ['src/cli/index.ts', 'dist/cli'] // package.json bin: stable-sync
]

function ncc(entry, out) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
      stdio: 'inherit'
    })
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`ncc ${entry} failed (exit ${code})`))
    )
  })
}

// The root bundle writes dist/index.js next to the sub-bundles' folders: clear only what we rebuild.
rmSync('dist', { recursive: true, force: true })
// ncc first deletes every *.js below its output folder: the root bundle (-o dist) would delete the
// sub-bundles built beside it (dist/cli/index.js…), so it is built first, then the others together.
const [root, ...subs] = entries.filter(([entry]) => existsSync(entry))
await ncc(...root)
await Promise.all(subs.map(([entry, out]) => ncc(entry, out)))
