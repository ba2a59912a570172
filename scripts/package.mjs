// Rebuild every committed bundle in dist/ with ncc (one bundle per entry point, as actions/cache does).
// `npm run package`; CI runs it and fails when dist/ differs from what is committed.
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'

const entries = [
  ['src/action/index.ts', 'dist'], // root action.yml: the sync action
  ['src/action/boot-test-index.ts', 'dist/boot-test'], // boot-test/action.yml
  ['src/action/release-index.ts', 'dist/release'], // release/action.yml
  ['src/cli/index.ts', 'dist/cli'] // package.json bin: stable-sync
]

rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of entries) {
  if (!existsSync(entry)) continue
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })
}
