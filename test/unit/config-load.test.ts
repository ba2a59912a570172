import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { defaultConfigPath, loadConfig, parseConfig } from '../../src/config/load.js'
import { effectiveCalendar } from '../../src/config/normalize.js'
import { ConfigError } from '../../src/errors.js'
import { makeTempDir } from '../helpers/tmp.js'

const EXAMPLE = 'examples/stable-sync.yml'
const SCHEMA = 'schema/stable-sync.schema.json'

const minimal = [
  'tracks:',
  '  - name: hello',
  '    upstream:',
  '      url: ../upstream/hello',
  '      branch: stable-1.0',
  "      tag: 'v{version}'",
  ''
].join('\n')

test('defaults are filled in and keys become camelCase', () => {
  const config = parseConfig(minimal, '/repo/.github/stable-sync.yml')
  expect(config).toEqual({
    file: '/repo/.github/stable-sync.yml',
    distribution: 'UNRELEASED',
    vendor: 'auto',
    tracks: [
      {
        name: 'hello',
        // A relative local path is resolved against the repository (the directory above .github/).
        upstream: { url: resolve('/repo', '../upstream/hello'), branch: 'stable-1.0', tag: 'v{version}' },
        package: '.',
        pin: 'changelog',
        paths: [],
        exclude: { paths: [], subjects: [] },
        patchDir: 'debian/patches/stable',
        versionFiles: ['VERSION', 'Changelog']
      }
    ]
  })
})

test('upstream urls: remote ones stay, local ones resolve against repoDir', () => {
  const urls = [
    'https://example.org/x.git',
    'file:///srv/x.git',
    'git@example.org:x.git',
    '/srv/x',
    'x',
    './y/../x'
  ]
  const yaml = urls
    .map((url, i) => `  - { name: t${i}, upstream: { url: "${url}", branch: b, tag: "{version}" } }`)
    .join('\n')
  const config = parseConfig(`tracks:\n${yaml}\n`, 'cfg.yml', { repoDir: '/work/pkg' })
  expect(config.tracks.map(t => t.upstream.url)).toEqual([
    'https://example.org/x.git',
    'file:///srv/x.git',
    'git@example.org:x.git',
    '/srv/x',
    '/work/pkg/x',
    '/work/pkg/x'
  ])
})

test('every key maps to its field; directories are normalized', () => {
  const config = parseConfig(
    [
      'maintainer: { name: Jane Doe, email: jane@example.org }',
      'distribution: noble',
      'calendar:',
      '  feature-freeze: 2026-02-19',
      '  milestones: { beta-freeze: Beta Freeze, release: "26.04" }',
      'build: { releases: ["ubuntu:noble", "debian:trixie"] }',
      'tracks:',
      '  - name: kvm',
      '    upstream:',
      '      url: https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git',
      '      branch: linux-6.1.y',
      '      tag: v{version}',
      '      commit-url: https://git.kernel.org/stable/c/{sha}',
      '    package: ./kvm/',
      '    pin: "6.1.55"',
      '    paths: [virt/kvm/]',
      '    exclude: { subjects: ["^Revert "] }',
      '    patch-dir: debian/patches/stable/kvm/',
      '    version-files: [Makefile]',
      '    calendar:',
      '      beta-freeze: 2026-03-30',
      ''
    ].join('\n'),
    'cfg.yml',
    { repoDir: '/r' }
  )
  expect(config.maintainer).toEqual({ name: 'Jane Doe', email: 'jane@example.org' })
  expect(config.distribution).toBe('noble')
  expect(config.build).toEqual({ releases: ['ubuntu:noble', 'debian:trixie'], arches: ['amd64'] })
  expect(config.calendar).toEqual({
    featureFreeze: '2026-02-19',
    milestones: { betaFreeze: 'Beta Freeze', release: '26.04' }
  })
  const [kvm] = config.tracks
  expect(kvm).toEqual({
    name: 'kvm',
    upstream: {
      url: 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git',
      branch: 'linux-6.1.y',
      tag: 'v{version}',
      commitUrl: 'https://git.kernel.org/stable/c/{sha}'
    },
    package: 'kvm',
    pin: '6.1.55',
    paths: ['virt/kvm/'],
    exclude: { paths: [], subjects: ['^Revert '] },
    patchDir: 'debian/patches/stable/kvm',
    versionFiles: ['Makefile'],
    calendar: { betaFreeze: '2026-03-30' }
  })
  // The track's beta-freeze date replaces the top-level milestone for that event only.
  expect(effectiveCalendar(config.calendar, kvm.calendar)).toEqual({
    featureFreeze: '2026-02-19',
    betaFreeze: '2026-03-30',
    milestones: { release: '26.04' }
  })
  expect(effectiveCalendar(config.calendar, undefined)).toEqual(config.calendar)
  expect(effectiveCalendar(undefined, undefined)).toBeUndefined()
})

test('the bundled example validates, with both tracks of the seed', async () => {
  const config = await loadConfig(EXAMPLE, { repoDir: '.' })
  expect(config.tracks.map(t => [t.name, t.upstream.branch, t.package])).toEqual([
    ['qemu', 'stable-8.2', '.'],
    ['kvm', 'linux-6.8.y', 'kvm']
  ])
  const [qemu, kvm] = config.tracks
  expect(qemu.upstream.url).toBe('https://gitlab.com/qemu-project/qemu.git')
  expect(qemu.upstream.commitUrl).toBe('https://gitlab.com/qemu-project/qemu/-/commit/{sha}')
  expect(kvm.paths).toEqual(
    expect.arrayContaining([
      'arch/x86/kvm/**',
      'virt/kvm/**',
      'include/linux/kvm*',
      'include/uapi/linux/kvm*'
    ])
  )
  expect(config.calendar?.featureFreeze).toBeDefined()
  expect(effectiveCalendar(config.calendar, kvm.calendar)?.betaFreeze).toBe(kvm.calendar?.betaFreeze)
})

test('the example points editors at the shipped schema, which is valid draft-07 and accepts it', () => {
  const text = readFileSync(EXAMPLE, 'utf8')
  const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text.split('\n')[0])?.[1]
  expect(ref).toBeDefined()
  expect(resolve(dirname(EXAMPLE), ref as string)).toBe(resolve(SCHEMA))
  // What an editor does: validate the raw YAML data against the JSON file, strict draft-07.
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
  const validate = new Ajv({ strict: true }).compile(schema)
  expect(validate(parse(text))).toBe(true)
  expect(validate(parse('tracks: [{ name: x, upstream: { url: u, branch: b, tag: t } }]'))).toBe(false)
})

describe('loadConfig on files', () => {
  const tmp = makeTempDir()
  afterAll(() => tmp.cleanup())

  test('reads <repo>/.github/stable-sync.yml', async () => {
    const repo = join(tmp.dir, 'pkg')
    mkdirSync(join(repo, '.github'), { recursive: true })
    expect(defaultConfigPath(repo)).toBe(join(repo, '.github', 'stable-sync.yml'))
    writeFileSync(defaultConfigPath(repo), minimal)
    const config = await loadConfig(defaultConfigPath(repo))
    expect(config.file).toBe(defaultConfigPath(repo))
    expect(config.tracks[0].upstream.url).toBe(join(tmp.dir, 'upstream', 'hello'))
  })

  test('a missing file says how to create one', async () => {
    const file = join(tmp.dir, 'nope', '.github', 'stable-sync.yml')
    const e = await loadConfig(file).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ConfigError)
    expect((e as ConfigError).message).toBe(
      `${file}: configuration file not found. Create it (start from examples/stable-sync.yml, see docs/configuration.md) or pass --config FILE`
    )
  })

  test('YAML anchors and aliases are followed', async () => {
    const file = join(tmp.dir, 'anchors.yml')
    writeFileSync(
      file,
      [
        'tracks:',
        '  - name: a',
        '    upstream: &up { url: https://example.org/x.git, branch: stable, tag: "v{version}" }',
        '  - name: b',
        '    upstream: *up',
        '    package: b',
        ''
      ].join('\n')
    )
    const config = await loadConfig(file)
    expect(config.tracks[1].upstream).toEqual(config.tracks[0].upstream)
  })
})

test('the precompiled validator is current with the schema file', () => {
  // Fails after an edit of schema/stable-sync.schema.json: run `npm run build:config-validator`.
  const r = spawnSync(process.execPath, ['scripts/build-config-validator.mjs', '--check'], {
    encoding: 'utf8'
  })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
})
