import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../../src/action/release-main.js'
import { createGit } from '../../../src/git/gateway.js'
import { FixtureRepo } from '../../helpers/git-fixture.js'
import { GitHubServer } from '../../helpers/github-server/index.js'
import { makeTempDir } from '../../helpers/tmp.js'

// The release sub-action in-process against the local GitHub server and a bare `origin`: tag pushed,
// GitHub release with the changelog notes and the built packages; a second run writes nothing.
const tmp = makeTempDir()
let server: GitHubServer
let bare: string
const saved = { ...process.env }

beforeAll(async () => {
  const seed = await FixtureRepo.init(join(tmp.dir, 'seed'), tmp.dir)
  seed.write(
    'debian/changelog',
    [
      'qemu (1:8.2.2+ds-0ubuntu2) UNRELEASED; urgency=medium',
      '',
      '  * d/p/stable/*: cherry-pick 2 fixes from upstream stable-8.2.',
      '',
      ' -- Jane Packager <jane@example.org>  Mon, 02 Nov 2026 10:00:00 +0000',
      '',
      'qemu (1:8.2.2+ds-0ubuntu1) noble; urgency=medium',
      '',
      '  * New upstream stable release.',
      '',
      ' -- Jane Packager <jane@example.org>  Mon, 05 Oct 2026 10:00:00 +0000',
      ''
    ].join('\n')
  )
  await seed.commit('packaging')
  bare = join(tmp.dir, 'origin.git')
  await seed.git.exec(['clone', '-q', '--bare', seed.dir, bare])
  server = await GitHubServer.start({ bareRepo: bare })
})

afterAll(async () => {
  await server.stop()
  tmp.cleanup()
})

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
  process.exitCode = undefined
  expect(server.violations.splice(0)).toEqual([])
})

/** A fresh checkout of origin, as actions/checkout leaves it (no tags fetched with depth 1). */
async function checkout(name: string): Promise<FixtureRepo> {
  const dir = join(tmp.dir, name)
  const repo = new FixtureRepo(dir, (await FixtureRepo.init(join(tmp.dir, `${name}-home`), tmp.dir)).env)
  await createGit(tmp.dir, repo.env).exec(['clone', '-q', '--depth', '1', '--no-tags', `file://${bare}`, dir])
  return repo
}

async function runAction(repo: FixtureRepo, assets: string): Promise<Record<string, string>> {
  const outputFile = join(tmp.dir, `output-${Math.random().toString(36).slice(2)}`)
  writeFileSync(outputFile, '')
  Object.assign(process.env, repo.env, {
    INPUT_TOKEN: server.token,
    INPUT_PATH: repo.dir,
    INPUT_CONFIG: '',
    INPUT_TRACK: '',
    INPUT_DISTRIBUTION: '',
    INPUT_ASSETS: assets,
    INPUT_PUSH: 'true',
    INPUT_BRANCH: '',
    INPUT_NOW: '2026-12-10',
    'INPUT_DRY-RUN': 'false',
    GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
    GITHUB_API_URL: server.url,
    GITHUB_OUTPUT: outputFile,
    STABLE_SYNC_TIME_UNIT_MS: '1',
    DEBFULLNAME: 'Rel Ease',
    DEBEMAIL: 'release@example.org'
  })
  await run(process.env)
  expect(process.exitCode).toBeUndefined()
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(outputFile, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]] = m[3]
  return outputs
}

test('release: tag and commit pushed, GitHub release with notes and assets; a rerun writes nothing', async () => {
  const assets = join(tmp.dir, 'artifacts')
  mkdirSync(join(assets, 'noble-amd64'), { recursive: true })
  mkdirSync(join(assets, 'noble-arm64'), { recursive: true })
  writeFileSync(join(assets, 'noble-amd64', 'qemu-system-x86_8.2.2+ds-0ubuntu2_amd64.deb'), 'deb amd64')
  writeFileSync(join(assets, 'noble-arm64', 'qemu-system-x86_8.2.2+ds-0ubuntu2_arm64.deb'), 'deb arm64')
  writeFileSync(join(assets, 'noble-amd64', 'qemu_8.2.2+ds-0ubuntu2.dsc'), 'dsc')
  writeFileSync(join(assets, 'noble-arm64', 'qemu_8.2.2+ds-0ubuntu2.dsc'), 'dsc')

  const first = await runAction(await checkout('ci1'), assets)
  expect(first).toMatchObject({
    tag: 'ubuntu/1%8.2.2+ds-0ubuntu2',
    distribution: 'noble',
    operation: 'released',
    'release-operation': 'created'
  })
  const origin = createGit(bare)
  expect(await origin.text(['rev-parse', 'refs/tags/ubuntu/1%8.2.2+ds-0ubuntu2^{commit}'])).toBe(first.commit)
  expect(await origin.text(['rev-parse', 'refs/heads/main'])).toBe(first.commit)
  const [rel] = server.state.releases
  expect(rel.tagName).toBe('ubuntu/1%8.2.2+ds-0ubuntu2')
  expect(rel.body).toContain('cherry-pick 2 fixes from upstream stable-8.2.')
  expect(rel.assets.map(a => a.name).sort()).toEqual([
    'qemu-system-x86_8.2.2+ds-0ubuntu2_amd64.deb',
    'qemu-system-x86_8.2.2+ds-0ubuntu2_arm64.deb',
    'qemu_8.2.2+ds-0ubuntu2.dsc'
  ])

  const writes = server.requests.filter(r => r.method !== 'GET').length
  const again = await runAction(await checkout('ci2'), assets)
  expect(again).toMatchObject({
    operation: 'unchanged',
    'release-operation': 'unchanged',
    commit: first.commit
  })
  expect(server.requests.filter(r => r.method !== 'GET').length).toBe(writes)
  expect(server.state.releases).toHaveLength(1)
  expect(await origin.text(['rev-parse', 'refs/heads/main'])).toBe(first.commit)
})
