import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseConfig } from '../../src/config/load.js'
import { gbpSettings, gbpTag, parseGbpConf } from '../../src/debian/gbp-conf.js'
import { guessVendor, resolveVendor, type KnownSeries } from '../../src/debian/vendor.js'
import { pinnedVersion } from '../../src/pin/resolve.js'
import { run } from '../../src/process/run.js'
import { releaseTag, releaseTagFor } from '../../src/release/release.js'
import { makeTempDir } from '../helpers/tmp.js'

const tmp = makeTempDir('stable-sync-gbp-vendor-')
afterAll(() => tmp.cleanup())

const entry = (version: string, dist: string): string =>
  `pkg (${version}) ${dist}; urgency=medium\n\n  * x\n\n -- J <j@example.org>  Tue, 14 Nov 2023 22:13:20 +0000\n`
const series: KnownSeries = { ubuntu: new Set(['noble', 'jammy']), debian: new Set(['bookworm']) }

describe('vendor', () => {
  test.each([
    ['an Ubuntu revision', entry('2.0-2ubuntu1', 'noble'), 'ubuntu'],
    [
      'a Debian version released to an Ubuntu series (and a pocket)',
      entry('2.0-2', 'jammy-proposed'),
      'ubuntu'
    ],
    ['a Debian version released to unstable', entry('2.0-2', 'unstable'), 'debian'],
    [
      'UNRELEASED is skipped for the newest released entry',
      entry('2.0-3', 'UNRELEASED') + '\n' + entry('2.0-2', 'noble'),
      'ubuntu'
    ],
    ['nothing released', entry('2.0-1', 'UNRELEASED'), 'debian']
  ])('auto: %s', (_name, text, vendor) => {
    expect(guessVendor(text, series).vendor).toBe(vendor)
  })

  test('an explicit vendor wins over the guess', () => {
    expect(resolveVendor('ubuntu', entry('2.0-2', 'unstable'), series)).toBe('ubuntu')
    expect(resolveVendor('debian', entry('2.0-2ubuntu1', 'noble'), series)).toBe('debian')
    expect(resolveVendor('auto', entry('2.0-2ubuntu1', 'noble'), series)).toBe('ubuntu')
  })

  test('the release tag prefix follows the vendor; gbp.conf debian-tag wins', () => {
    const dir = join(tmp.dir, 'release')
    mkdirSync(join(dir, 'debian'), { recursive: true })
    const text = entry('1:2.0~rc1-2', 'unstable')
    expect(releaseTag(dir, text)).toBe('debian/1%2.0_rc1-2')
    expect(releaseTag(dir, text, 'ubuntu')).toBe('ubuntu/1%2.0_rc1-2')
    // Before the release, an UNRELEASED entry is read as released to the target distribution.
    writeFileSync(
      join(dir, 'debian', 'changelog'),
      entry('2.0-3', 'UNRELEASED') + '\n' + entry('2.0-2', 'noble')
    )
    expect(releaseTagFor(dir)).toBe('ubuntu/2.0-3')
    expect(releaseTagFor(dir, 'auto', 'unstable')).toBe('debian/2.0-3')
    writeFileSync(join(dir, 'debian', 'gbp.conf'), '[DEFAULT]\ndebian-tag = v%(version)s\n')
    expect(releaseTag(dir, text, 'ubuntu')).toBe('v1%2.0_rc1-2')
  })
})

describe('debian/gbp.conf', () => {
  const conf = [
    '# packaging settings',
    '[DEFAULT]',
    'upstream-tag = upstream/%(version)s',
    'debian-branch = debian/latest',
    'pristine-tar = True',
    '',
    '[buildpackage]',
    'upstream_tag: v%(version%~%-)s',
    '',
    '[pq]',
    'patch-numbers = False',
    'ignore-new =',
    '  continued'
  ].join('\n')

  test('sections override [DEFAULT]; keys with _ or :', () => {
    const s = gbpSettings(parseGbpConf(conf))
    expect(s).toEqual({
      upstreamTag: { format: 'v%(version%~%-)s', template: 'v{version}', line: 8 },
      debianBranch: 'debian/latest',
      patchNumbers: false
    })
    expect(gbpSettings(parseGbpConf('[DEFAULT]\n')).patchNumbers).toBe(true)
    expect(() => parseGbpConf('upstream-tag = x\n')).toThrow(/gbp.conf.*line 1/)
  })

  test('tags are made exactly as gbp makes them (checked against gbp itself)', async () => {
    const cases: [string, string][] = [
      ['debian/%(version)s', '1:2.0~rc1-1'],
      ['v%(version%~%-)s', '2.0~rc1'],
      ['v%(version%.%_)s', '1.2.3'],
      ['libfoo-%(hversion)s', '1.8.1'],
      ['upstream/%(version)s', '1.0..2.lock'],
      ['%(version%-%\\%)s', '0-1.2.3']
    ]
    const script =
      'import sys, json\nfrom gbp.deb.git import DebianGitRepository as R\n' +
      'print(json.dumps([R.version_to_tag(f, v) for f, v in json.loads(sys.argv[1])]))'
    const r = await run('/usr/bin/python3', ['-c', script, JSON.stringify(cases)])
    const expected = JSON.parse(r.stdout.toString()) as string[]
    expect(cases.map(([f, v]) => gbpTag(f, v))).toEqual(expected)
  })

  test('a track without upstream.tag takes upstream-tag from the package gbp.conf', () => {
    const repo = join(tmp.dir, 'repo')
    mkdirSync(join(repo, 'debian'), { recursive: true })
    writeFileSync(join(repo, 'debian', 'gbp.conf'), conf)
    writeFileSync(join(repo, 'debian', 'changelog'), entry('2.0~rc1-1', 'unstable'))
    const yaml = 'tracks:\n  - name: demo\n    upstream:\n      url: ../up\n      branch: stable-2.0\n'
    const file = join(repo, '.github', 'stable-sync.yml')
    const gbpConf = (pkg: string): string | undefined => (pkg === '.' ? conf : undefined)
    const config = parseConfig(yaml, file, { repoDir: repo, gbpConf })
    expect(config.tracks[0].upstream).toMatchObject({ tag: 'v{version}', tagFormat: 'v%(version%~%-)s' })
    expect(pinnedVersion(config.tracks[0], repo)).toEqual({ version: '2.0~rc1', tag: 'v2.0-rc1' })
    // Without gbp.conf the key is missing, and the message says both ways to give it.
    expect(() => parseConfig(yaml, file, { repoDir: repo, gbpConf: () => undefined })).toThrow(
      /stable-sync.yml:4 \(tracks\[0\]\.upstream\.tag\): missing required key 'tag'.*or set upstream-tag in debian\/gbp.conf/
    )
    expect(() =>
      parseConfig(yaml, file, {
        repoDir: repo,
        gbpConf: () => '[DEFAULT]\nupstream-tag = %(version)s-%(version)s\n'
      })
    ).toThrow(/debian\/gbp.conf:2 upstream-tag '%\(version\)s-%\(version\)s' cannot be read/)
  })
})
