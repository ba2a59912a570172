import type { BootReport } from './report-types.js'

/**
 * JUnit XML for one boot test (one <testcase>), in the shape CI test reporters read: pass = empty
 * test case, fail = <failure>, error = <error>, skip = <skipped>. Console text is untrusted: it is
 * escaped, and characters XML 1.0 forbids (most control characters) are dropped.
 */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export function renderJunit(r: BootReport, timestamp = new Date()): string {
  const n = (kind: BootReport['result']): number => (r.result === kind ? 1 : 0)
  const time = r.seconds.toFixed(3)
  const props: [string, string][] = [
    ['accel', r.accel.used ?? 'none'],
    ['accel.why', r.accel.why],
    ['nested', r.accel.nested.text],
    ['console-log', r.consoleLog],
    ['qemu', r.qemuCommandLine ?? ''],
    ['seconds-to-marker', r.secondsToMarker === null ? '' : r.secondsToMarker.toFixed(3)]
  ]
  const outcome =
    r.result === 'fail'
      ? `      <failure message="${xmlEscape(r.reason)}" type="boot-failure">${xmlEscape(r.reason)}</failure>\n`
      : r.result === 'error'
        ? `      <error message="${xmlEscape(r.reason)}" type="boot-error">${xmlEscape(r.reason)}</error>\n`
        : r.result === 'skip'
          ? `      <skipped message="${xmlEscape(r.reason)}"/>\n`
          : ''
  const warnings = r.warnings.map(w => `warning (${w.kind}) at ${w.seconds.toFixed(3)} s: ${w.line}`)
  const out = [`result: ${r.result}: ${r.reason}`, `console log: ${r.consoleLog}`, ...warnings].join('\n')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="stable-sync boot-test" tests="1" failures="${n('fail')}" errors="${n('error')}" skipped="${n('skip')}" time="${time}">`,
    `  <testsuite name="boot-test" tests="1" failures="${n('fail')}" errors="${n('error')}" skipped="${n('skip')}" time="${time}" timestamp="${timestamp.toISOString().replace(/\.\d{3}Z$/, '')}">`,
    '    <properties>',
    ...props.map(([k, v]) => `      <property name="${xmlEscape(k)}" value="${xmlEscape(v)}"/>`),
    '    </properties>',
    `    <testcase classname="stable-sync.boot-test" name="${xmlEscape(r.name)}" time="${time}">`,
    outcome + `      <system-out>${xmlEscape(out)}</system-out>`,
    '    </testcase>',
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}
