import { ConfigError } from '../../src/errors.js'
import { parseConfig } from '../../src/config/load.js'
import { ConfigErrors } from '../../src/config/problems.js'

// Each test writes a small config, expects parseConfig to reject it, and checks that the message
// names the file, the 1-based line, the key path and says how to fix it.
const FILE = '/repo/.github/stable-sync.yml'

function rejection(yaml: string): ConfigError {
  try {
    parseConfig(yaml, FILE)
  } catch (e) {
    if (e instanceof ConfigError) return e
    throw e
  }
  throw new Error('expected the configuration to be rejected')
}

/** A one-track config (lines 1-6) followed by `extra` lines inside the track and `top` lines after. */
function qemu(extra: string[] = [], top: string[] = []): string {
  return [
    'tracks:',
    '  - name: qemu',
    '    upstream:',
    '      url: https://gitlab.com/qemu-project/qemu.git',
    '      branch: stable-8.2',
    "      tag: 'v{version}'",
    ...extra,
    ...top,
    ''
  ].join('\n')
}

function expectError(e: ConfigError, line: number, key: string | undefined, ...parts: string[]): void {
  expect(e.location).toEqual(key === undefined ? { file: FILE, line } : { file: FILE, line, key })
  expect(e.message).toContain(key === undefined ? `${FILE}:${line}: ` : `${FILE}:${line} (${key}): `)
  for (const part of parts) expect(e.message).toContain(part)
  expect(e.exitCode).toBe(2)
}

describe('YAML syntax errors', () => {
  test('an unclosed quote names its line', () => {
    const e = rejection(qemu(['    pin: "8.2.2']))
    expect(e.location.file).toBe(FILE)
    expect(e.location.line).toBeGreaterThanOrEqual(7)
    expect(e.message).toMatch(/stable-sync\.yml:\d+.*YAML syntax error/)
    expect(e.message).toContain('quote')
  })

  test('a duplicate key points at the second one', () => {
    const e = rejection(qemu(['    pin: changelog', '    pin: 8.2.2']))
    expectError(
      e,
      8,
      'tracks[0].pin',
      'YAML syntax error',
      'Map keys must be unique',
      'remove or merge the second one'
    )
  })

  test('tab indentation is explained', () => {
    const e = rejection('tracks:\n\t- name: qemu\n')
    expect(e.location.line).toBe(2)
    expect(e.message).toContain('Indent with spaces, not tabs')
  })
})

describe('unknown keys', () => {
  test('a typo gets a "did you mean"', () => {
    const e = rejection(qemu(['    pacakge: kvm']))
    expectError(e, 7, 'tracks[0].pacakge', "unknown key 'pacakge'", "Did you mean 'package'?")
  })

  test('camelCase spelling of a kebab-case key', () => {
    const e = rejection(qemu(['    patchDir: debian/patches/stable']))
    expectError(e, 7, 'tracks[0].patchDir', "unknown key 'patchDir'", "Did you mean 'patch-dir'?")
  })

  test('a typo inside upstream', () => {
    const e = rejection(qemu(['      comit-url: https://example.org/{sha}']))
    expectError(e, 7, 'tracks[0].upstream.comit-url', "Did you mean 'commit-url'?")
  })

  test('a key at the wrong level says where it belongs', () => {
    const e = rejection(qemu(['    subjects: [foo]']))
    expectError(
      e,
      7,
      'tracks[0].subjects',
      "unknown key 'subjects'",
      "'subjects' belongs under tracks[].exclude"
    )
  })

  test('an unrelated key lists the keys allowed there', () => {
    const e = rejection(qemu([], ['colour: blue']))
    expectError(
      e,
      7,
      'colour',
      "unknown key 'colour'",
      'tracks, maintainer, distribution, vendor, calendar, build'
    )
  })
})

describe('wrong types', () => {
  test('a number where text is expected: quote it, as written', () => {
    const e = rejection(qemu(['    pin: 8.10']))
    expectError(e, 7, 'tracks[0].pin', 'must be text, not a number (8.1)', 'pin: "8.10"')
  })

  test('a single string where a list is expected', () => {
    const e = rejection(qemu(['    paths: virt/kvm/**']))
    expectError(e, 7, 'tracks[0].paths', 'must be a list, not text', 'paths: ["virt/kvm/**"]')
  })

  test('tracks written as a mapping', () => {
    const e = rejection('tracks:\n  qemu:\n    name: qemu\n')
    expectError(e, 2, 'tracks', 'must be a list, not a mapping', 'One entry per upstream stable tree')
  })

  test('an empty value', () => {
    const e = rejection(qemu(['    exclude:']))
    expectError(e, 7, 'tracks[0].exclude', 'must be a mapping of keys, not empty')
  })
})

describe('missing required keys', () => {
  test('upstream.tag', () => {
    const e = rejection(
      'tracks:\n  - name: qemu\n    upstream:\n      url: ../qemu\n      branch: stable-8.2\n'
    )
    expectError(
      e,
      4,
      'tracks[0].upstream.tag',
      "missing required key 'tag'",
      `Add 'tag: "v{version}"' to tracks[0].upstream`
    )
  })

  test('tracks in a file without them', () => {
    const e = rejection('distribution: noble\n')
    expectError(e, 1, 'tracks', "missing required key 'tracks'", 'examples/stable-sync.yml')
  })

  test('an empty file', () => {
    const e = rejection('# nothing yet\n')
    expectError(e, 1, 'tracks', 'the configuration is empty', 'Add a tracks: list')
  })

  test('an empty tracks list', () => {
    const e = rejection('tracks: []\n')
    expectError(e, 1, 'tracks', 'must not be an empty list', 'Add at least one entry')
  })
})

test('duplicate track names point at the second and name the first', () => {
  const e = rejection(
    qemu(
      [],
      [
        '  - name: qemu',
        '    upstream: { url: ../q, branch: stable-9.0, tag: "v{version}" }',
        '    package: qemu9'
      ]
    )
  )
  expectError(
    e,
    7,
    'tracks[1].name',
    "duplicate track name 'qemu': tracks[0] (line 2) already uses it",
    'Rename one of them',
    'stable-sync/<name>'
  )
})

describe('templates', () => {
  test('a tag without {version} suggests the template', () => {
    const e = rejection(qemu().replace("'v{version}'", 'v8.2.2'))
    expectError(
      e,
      6,
      'tracks[0].upstream.tag',
      "tag template 'v8.2.2' does not contain {version}",
      'tag: "v{version}"'
    )
  })

  test('a placeholder in capitals', () => {
    const e = rejection(qemu().replace("'v{version}'", "'v{VERSION}'"))
    expectError(e, 6, 'tracks[0].upstream.tag', 'does not contain {version}', 'tag: "v{version}"')
  })

  test('an unknown placeholder', () => {
    const e = rejection(qemu().replace("'v{version}'", "'qemu-{ver}'"))
    expectError(e, 6, 'tracks[0].upstream.tag', 'uses the unknown placeholder {ver}', 'tag: "qemu-{version}"')
  })

  test('a commit-url without {sha}', () => {
    const e = rejection(qemu(['      commit-url: https://gitlab.com/qemu-project/qemu/-/commit/']))
    expectError(
      e,
      7,
      'tracks[0].upstream.commit-url',
      'does not contain {sha}',
      'https://gitlab.com/qemu-project/qemu/-/commit/{sha}'
    )
  })

  test('a commit-url with a concrete sha', () => {
    const e = rejection(
      qemu(['      commit-url: https://example.org/c/0123456789abcdef0123456789abcdef01234567'])
    )
    expectError(e, 7, 'tracks[0].upstream.commit-url', 'Write commit-url: https://example.org/c/{sha}')
  })
})

describe('dates', () => {
  test('an impossible day', () => {
    const e = rejection(qemu([], ['calendar:', '  beta-freeze: 2026-02-30']))
    expectError(e, 8, 'calendar.beta-freeze', "'2026-02-30' is not a valid date", 'YYYY-MM-DD')
  })

  test('a date without leading zeros gets its fixed form', () => {
    const e = rejection(qemu(['    calendar:', '      feature-freeze: 2026-2-9']))
    expectError(
      e,
      8,
      'tracks[0].calendar.feature-freeze',
      'not a valid date',
      'Write it as YYYY-MM-DD: 2026-02-09'
    )
  })

  test('freezes out of order, also after a track overrides one', () => {
    const e = rejection(
      qemu(['    calendar:', '      beta-freeze: 2026-01-05'], ['calendar:', '  feature-freeze: 2026-02-19'])
    )
    expectError(
      e,
      8,
      'tracks[0].calendar.beta-freeze',
      'beta-freeze 2026-01-05 comes before feature-freeze 2026-02-19',
      'feature-freeze, then beta-freeze, then release'
    )
  })

  test('a date and a milestone for the same event', () => {
    const e = rejection(
      qemu([], ['calendar:', '  release: 2026-04-23', '  milestones:', '    release: "26.04"'])
    )
    expectError(
      e,
      10,
      'calendar.milestones.release',
      'both release and milestones.release are set',
      'Keep one'
    )
  })
})

test('a bad regular expression in exclude.subjects', () => {
  const e = rejection(qemu(['    exclude:', "      subjects: ['^Revert (']"]))
  expectError(
    e,
    8,
    'tracks[0].exclude.subjects[0]',
    'invalid regular expression "^Revert ("',
    'Unterminated group',
    'escape special characters with a backslash'
  )
})

describe('track names', () => {
  test.each([
    ['qemu stable', 'contains a space', 'name: qemu-stable'],
    ['qemu/8.2', "contains '/'", 'name: qemu-8.2'],
    ['-qemu', "starts with '-'", 'name: qemu'],
    ['qemu..8', "contains '..'", 'name: qemu.8'],
    ['qemu.lock', "ends with '.lock'", 'name: qemu']
  ])('%s cannot name a branch', (name, why, fix) => {
    const e = rejection(qemu().replace('name: qemu', `name: '${name}'`))
    expectError(
      e,
      2,
      'tracks[0].name',
      `cannot be used in the git branch name 'stable-sync/${name}' (it ${why})`,
      fix
    )
  })
})

describe('pin', () => {
  test.each([
    ['latest', 'Write pin: changelog'],
    ['v8.2.2', `Drop the 'v': pin is the upstream version ("8.2.2")`],
    ['1:8.2.2', 'Drop the epoch: pin: "8.2.2"'],
    ['Changelog', 'Write it in lower case: pin: changelog']
  ])('%s', (pin, hint) => {
    const e = rejection(qemu([`    pin: '${pin}'`]))
    expectError(e, 7, 'tracks[0].pin', `pin '${pin}' is neither 'changelog' nor an upstream version`, hint)
  })
})

describe('directories and identity', () => {
  test('package pointing at debian/ itself', () => {
    const e = rejection(qemu(['    package: kvm/debian']))
    expectError(e, 7, 'tracks[0].package', 'is the debian/ directory itself', 'package: kvm')
  })

  test('package outside the repository', () => {
    const e = rejection(qemu(['    package: ../elsewhere']))
    expectError(e, 7, 'tracks[0].package', 'points outside the repository')
  })

  test('patch-dir outside debian/patches', () => {
    const e = rejection(qemu(['    patch-dir: patches/stable']))
    expectError(
      e,
      7,
      'tracks[0].patch-dir',
      'is not inside debian/patches',
      'patch-dir: debian/patches/stable'
    )
  })

  test('maintainer email with the name in it', () => {
    const e = rejection(qemu([], ['maintainer:', '  name: Jane', '  email: Jane <jane@example.org>']))
    expectError(e, 9, 'maintainer.email', 'is not an email address', 'email: jane@example.org')
  })

  test('a build arch spelt the kernel way', () => {
    const e = rejection(qemu([], ['build:', '  releases: [ubuntu:noble]', '  arches: [x86_64]']))
    expectError(
      e,
      9,
      'build.arches[0]',
      "'x86_64' is not a Debian architecture name",
      'Debian calls it amd64'
    )
  })
})

test('several problems are reported together, in file order, the first as location', () => {
  const e = rejection(
    [
      'tracks:',
      '  - name: qemu',
      '    upstream: { url: ../qemu, branch: stable-8.2, tag: v8.2 }',
      '    pin: latest',
      '  - name: qemu',
      '    upstream: { url: ../qemu, branch: 9, tag: "v{version}" }',
      'distrbution: noble',
      ''
    ].join('\n')
  )
  expect(e).toBeInstanceOf(ConfigErrors)
  const errors = (e as ConfigErrors).errors
  expect(errors.map(x => `${x.location.line} ${x.location.key}`)).toEqual([
    '3 tracks[0].upstream.tag',
    '4 tracks[0].pin',
    '5 tracks[1].name',
    '6 tracks[1].upstream.branch',
    '7 distrbution'
  ])
  expect(e.location).toEqual(errors[0].location)
  expect(e.message.split('\n')[0]).toBe(`5 problems in ${FILE}:`)
  for (const x of errors) expect(e.message).toContain(`  - ${x.message}`)
  expect(e.message).toContain("Did you mean 'distribution'?")
})

test('a misspelt required key is one problem, not also a missing key', () => {
  const e = rejection(qemu().replace('    upstream:', '    upstrem:'))
  expect(e).not.toBeInstanceOf(ConfigErrors)
  expectError(e, 3, 'tracks[0].upstrem', "unknown key 'upstrem'", "Did you mean 'upstream'?")
})

test('a second YAML document', () => {
  const e = rejection(qemu([], ['---', 'tracks: []']))
  expectError(e, 7, undefined, 'the file holds more than one YAML document', "remove the extra '---'")
})

test('YAML merge keys share settings between tracks', () => {
  const config = parseConfig(
    [
      'tracks:',
      '  - &linux',
      '    name: kvm',
      '    upstream: { url: ../linux, branch: linux-6.1.y, tag: "v{version}" }',
      '    version-files: [Makefile]',
      '  - <<: *linux',
      '    name: kvm-next',
      '    package: kvm-next',
      ''
    ].join('\n'),
    FILE
  )
  expect(config.tracks[1]).toMatchObject({
    name: 'kvm-next',
    package: 'kvm-next',
    versionFiles: ['Makefile']
  })
})

describe('exclude.commits', () => {
  const full = '0123456789abcdef0123456789abcdef01234567'
  test('an abbreviated sha names its line and how to get the full one', () => {
    const e = rejection(
      qemu([
        '    exclude:',
        '      commits:',
        '        - sha: 0123456789ab',
        '          reason: breaks our ABI'
      ])
    )
    expectError(
      e,
      9,
      'tracks[0].exclude.commits[0].sha',
      "'0123456789ab' is not a full commit id",
      'git rev-parse 0123456789ab'
    )
  })

  test('a commit declined twice names the earlier entry', () => {
    const e = rejection(
      qemu([
        '    exclude:',
        '      commits:',
        `        - sha: ${full}`,
        '          reason: one',
        `        - sha: ${full.toUpperCase()}`,
        '          reason: two'
      ])
    )
    expectError(
      e,
      11,
      'tracks[0].exclude.commits[1].sha',
      'declined twice',
      'entry 0 (line 9)',
      'Keep one entry'
    )
  })

  test('a reason is required', () => {
    const e = rejection(qemu(['    exclude:', '      commits:', `        - sha: ${full}`]))
    expectError(e, 9, 'tracks[0].exclude.commits[0].reason', 'reason')
  })

  test('a valid entry is read, sha in lower case', () => {
    const c = parseConfig(
      qemu([
        '    exclude:',
        '      commits:',
        `        - { sha: ${full.toUpperCase()}, reason: breaks our ABI, by: '@jane' }`
      ]),
      FILE
    )
    expect(c.tracks[0].exclude.commits).toEqual([{ sha: full, reason: 'breaks our ABI', by: '@jane' }])
  })
})
