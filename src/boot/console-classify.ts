/**
 * What one serial-console line means for a boot test. Pure: the runner feeds lines, the verdict
 * state machine (verdict.ts) decides. The patterns are the ones kernel test harnesses (LAVA, the
 * kernel's own selftests) treat as trouble; see docs/boot-test.md.
 */
export type WarningKind = 'oops' | 'bug' | 'warning' | 'invalid-opcode' | 'unhandled-fault' | 'cut-here'

export type LineClass =
  | { kind: 'marker' }
  | { kind: 'panic' }
  | { kind: 'guest-failure' }
  | { kind: 'warning'; warning: WarningKind }
  | { kind: 'text' }

/** Kernel messages recorded as warnings: the boot may still pass, but a person should look. */
export const WARNING_PATTERNS: readonly (readonly [WarningKind, RegExp])[] = [
  ['oops', /\bOops\b/],
  ['bug', /\bBUG:/],
  ['warning', /\bWARNING:/],
  ['invalid-opcode', /\binvalid opcode:/],
  ['unhandled-fault', /\bUnhandled fault\b/],
  ['cut-here', /-\[ cut here \]/]
]

export const PANIC_PATTERN = /Kernel panic - not syncing/

/** printk's `[    2.551955] ` prefix; stripped so an anchored `--expect '^marker'` still matches. */
const PRINTK_PREFIX = /^\[\s*\d+\.\d+\]\s?/

/** Lines printed by a running kernel (not by firmware or the real-mode setup code): the KVM probe's proof of life. */
export const KERNEL_LINE = /^\[\s*\d+\.\d+\]|Linux version \d/

export function stripPrintkPrefix(line: string): string {
  return line.replace(PRINTK_PREFIX, '')
}

/** The kernel echoes its command line early; a marker passed through `--append` must not pass there. */
const COMMAND_LINE_ECHO = /Kernel command line:/

/** Does the marker regex match this (possibly partial) console line? */
export function matchesMarker(line: string, expect: RegExp): boolean {
  if (COMMAND_LINE_ECHO.test(line)) return false
  return expect.test(line) || expect.test(stripPrintkPrefix(line))
}

/** What the busybox initramfs (initramfs.ts) prints when its test fails: the default `failOn`. */
export const BOOT_MARKER = 'STABLE-SYNC-BOOT-OK'
export const BOOT_FAILED = 'STABLE-SYNC-BOOT-FAILED:'
export const DEFAULT_EXPECT = new RegExp(BOOT_MARKER)
export const DEFAULT_FAIL_ON = new RegExp(BOOT_FAILED)

/**
 * Classify one complete console line. The panic check comes first: a panic line is never a pass,
 * even when it happens to contain the marker text (e.g. a panic message quoting the command line).
 */
export function classifyLine(line: string, expect: RegExp, failOn?: RegExp): LineClass {
  if (PANIC_PATTERN.test(line)) return { kind: 'panic' }
  if (failOn && matchesMarker(line, failOn)) return { kind: 'guest-failure' }
  for (const [warning, re] of WARNING_PATTERNS) if (re.test(line)) return { kind: 'warning', warning }
  if (matchesMarker(line, expect)) return { kind: 'marker' }
  return { kind: 'text' }
}
