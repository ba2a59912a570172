import { ConfigError } from '../../src/errors.js'
import { parseConfig } from '../../src/config/load.js'
import { describeConfig } from '../../src/cli/commands/validate.js'

const FILE = '/repo/.github/stable-sync.yml'

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

function rejection(yaml: string): ConfigError {
  try {
    parseConfig(yaml, FILE)
  } catch (e) {
    if (e instanceof ConfigError) return e
    throw e
  }
  throw new Error('expected the configuration to be rejected')
}

test('bug trackers and the vendor are read and normalized', () => {
  const c = parseConfig(
    qemu(
      [
        '    bugs:',
        "      - url: 'https://gitlab.com/qemu-project/qemu/-/issues/{id}'",
        '        field: Bug',
        "      - url: 'https://bugs.launchpad.net/qemu/+bug/{id}'",
        '        field: Bug-Ubuntu'
      ],
      ['vendor: ubuntu']
    ),
    FILE
  )
  expect(c.vendor).toBe('ubuntu')
  expect(c.tracks[0].bugs).toEqual([
    { url: 'https://gitlab.com/qemu-project/qemu/-/issues/{id}', field: 'Bug' },
    { url: 'https://bugs.launchpad.net/qemu/+bug/{id}', field: 'Bug-Ubuntu' }
  ])
  const plain = parseConfig(qemu(), FILE)
  expect(plain.vendor).toBe('auto')
  expect(plain.tracks[0].bugs).toBeUndefined()
})

test('a wrong vendor names its line and the allowed values', () => {
  const e = rejection(qemu([], ['vendor: Ubuntu']))
  expect(e.location).toMatchObject({ file: FILE, line: 7, key: 'vendor' })
  expect(e.message).toContain('auto, debian, ubuntu')
})

test('a bug tracker with a wrong field or placeholder names file, line and key', () => {
  const field = rejection(
    qemu(['    bugs:', "      - url: 'https://gitlab.com/x/-/issues/{id}'", '        field: bug-debian'])
  )
  expect(field.location).toMatchObject({ file: FILE, line: 9, key: 'tracks[0].bugs[0].field' })
  expect(field.message).toContain('Bug, Bug-Debian, Bug-Ubuntu')
  const placeholder = rejection(
    qemu(['    bugs:', "      - url: 'https://gitlab.com/x/-/issues/{number}'", '        field: Bug'])
  )
  expect(placeholder.location).toMatchObject({ file: FILE, line: 8, key: 'tracks[0].bugs[0].url' })
  expect(placeholder.message).toContain(
    'Write {id} where the bug number goes: https://gitlab.com/x/-/issues/{id}'
  )
  const bare = rejection(
    qemu(['    bugs:', "      - url: 'https://gitlab.com/x/-/issues/12'", '        field: Bug'])
  )
  expect(bare.message).toContain('Write url: https://gitlab.com/x/-/issues/{id}')
})

test('validate shows the vendor, the trackers and where the tag template came from', () => {
  const c = parseConfig(
    'vendor: ubuntu\ntracks:\n  - name: demo\n    upstream: { url: ../up, branch: b }\n' +
      "    bugs: [{ url: 'https://bugs.example.org/{id}', field: Bug }]\n    patch-format: gbp\n",
    FILE,
    { repoDir: '/repo', gbpConf: () => '[DEFAULT]\nupstream-tag = v%(version)s\n' }
  )
  const text = describeConfig(c)
  expect(text).toContain('vendor: ubuntu')
  expect(text).toContain('v{version} (debian/gbp.conf upstream-tag v%(version)s)')
  expect(text).toContain('https://bugs.example.org/{id} → Bug')
  expect(text).toMatch(/patch format: +gbp/)
})
