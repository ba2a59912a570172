import { KVM_MARKER, SMOKE_EXIT } from './markers.js'

/**
 * The KVM track's verdict, from the L1 console and the boot harness's own result. Pure: the console
 * lines in, one answer out, so every path is unit-tested without booting anything.
 *
 *   build-failed            the modules did not compile (decided before any boot, see module-build.ts)
 *   modules-failed-to-load  insmod refused irqbypass / kvm / kvm-amd / kvm-intel
 *   no-dev-kvm              the modules loaded but /dev/kvm is missing or cannot be opened
 *   l2-guest-failed         the nested (L2) guest did not run or did not print its marker
 *   no-virtualization       L1 sees neither SVM nor VMX: L0 has no nested virtualization (skip, 77)
 *   boot-failed             the L1 guest never got that far (panic, timeout, QEMU error)
 *   pass                    the new modules ran an L2 guest that printed its marker
 */
export type KvmVerdictKind =
  | 'pass'
  | 'build-failed'
  | 'modules-failed-to-load'
  | 'no-dev-kvm'
  | 'l2-guest-failed'
  | 'no-virtualization'
  | 'boot-failed'

/** The words a person reads (job summary, PR comment, docs). */
export const VERDICT_LABELS: Record<KvmVerdictKind, string> = {
  pass: 'pass',
  'build-failed': 'module build failed',
  'modules-failed-to-load': 'modules failed to load',
  'no-dev-kvm': 'no /dev/kvm',
  'l2-guest-failed': 'L2 guest failed',
  'no-virtualization': 'no nested virtualization in L1 (skipped)',
  'boot-failed': 'L1 boot failed'
}

export interface KvmVerdict {
  verdict: KvmVerdictKind
  label: string
  /** One line: why. */
  reason: string
  /** CLI exit code: 0 pass, 77 skip, 1 every failure. */
  exitCode: number
  modulesLoaded: string[]
  failedModule?: string
  /** `svm` or `vmx` when L1 saw one. */
  cpu?: string
  l2Exit?: number
  /** The smoke program's own `kvm-l2-smoke: …` line, when it printed one. */
  l2Message?: string
}

/** What the boot harness decided about the L1 boot as a whole. */
export interface BootOutcome {
  result: 'pass' | 'fail' | 'skip'
  reason: string
}

interface Event {
  event: string
  text: string
}

const MARKER_RE = new RegExp(`${KVM_MARKER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\S+)(?: (.*))?$`)
const SMOKE_RE = /kvm-l2-smoke: (.*)$/

function events(lines: readonly string[]): Event[] {
  const out: Event[] = []
  for (const raw of lines) {
    const m = MARKER_RE.exec(raw.replace(/\r$/, ''))
    if (m) out.push({ event: m[1], text: (m[2] ?? '').trim() })
  }
  return out
}

function make(
  verdict: KvmVerdictKind,
  reason: string,
  extra: Omit<KvmVerdict, 'verdict' | 'label' | 'reason' | 'exitCode'>
): KvmVerdict {
  const exitCode = verdict === 'pass' ? 0 : verdict === 'no-virtualization' ? 77 : 1
  return { verdict, label: VERDICT_LABELS[verdict], reason, exitCode, ...extra }
}

/** Judge an L1 boot from its console lines (raw or from the timestamped console log) and the harness result. */
export function kvmVerdict(consoleLines: readonly string[], boot: BootOutcome): KvmVerdict {
  const seen = events(consoleLines)
  const modulesLoaded = seen.filter(e => e.event === 'module-loaded').map(e => e.text.split(' ')[0])
  const cpu = seen.find(e => e.event === 'cpu')?.text
  const smokeLine = consoleLines.map(l => SMOKE_RE.exec(l)?.[1]).filter((l): l is string => Boolean(l))
  const l2Message = smokeLine.length ? smokeLine[smokeLine.length - 1].trim() : undefined
  const base = { modulesLoaded, ...(cpu ? { cpu } : {}), ...(l2Message ? { l2Message } : {}) }

  // The harness did not boot at all (--accel kvm without KVM): nothing was tested, a skip.
  if (boot.result === 'skip' && seen.length === 0) return make('no-virtualization', boot.reason, base)
  const failed = seen.find(e => e.event === 'module-failed')
  if (failed) {
    const [name, ...rest] = failed.text.split(' ')
    const why = rest.join(' ').trim()
    return make('modules-failed-to-load', `module ${name} failed to load${why ? `: ${why}` : ''}`, {
      ...base,
      failedModule: name
    })
  }
  const noVirt = seen.find(e => e.event === 'no-virtualization')
  if (noVirt) return make('no-virtualization', noVirt.text || 'L1 sees neither svm nor vmx', base)
  if (seen.some(e => e.event === 'dev-kvm' && e.text === 'missing')) {
    return make('no-dev-kvm', `/dev/kvm does not exist after loading ${modulesLoaded.join(', ')}`, base)
  }
  const l2 = seen.find(e => e.event === 'l2-exit')
  if (l2) {
    const code = Number.parseInt(l2.text, 10)
    const extra = { ...base, l2Exit: code }
    if (code === SMOKE_EXIT.noDevKvm)
      return make('no-dev-kvm', l2Message ?? '/dev/kvm cannot be opened', extra)
    if (code !== SMOKE_EXIT.ok) {
      return make('l2-guest-failed', l2Message ?? `the L2 smoke program exited with status ${l2.text}`, extra)
    }
  }
  const done = seen.some(e => e.event === 'done')
  if (done && boot.result === 'pass') {
    return make(
      'pass',
      `the new modules (${modulesLoaded.join(', ')}) ran an L2 guest: ${l2Message ?? 'marker seen'}`,
      {
        ...base,
        ...(l2 ? { l2Exit: Number.parseInt(l2.text, 10) } : {})
      }
    )
  }
  const last = seen.length ? `${seen[seen.length - 1].event} ${seen[seen.length - 1].text}`.trim() : 'none'
  // /dev/kvm was there, so the L2 program was running (or had just run) when L1 died or hung.
  if (seen.some(e => e.event === 'dev-kvm' && e.text === 'present')) {
    return make('l2-guest-failed', `the L1 guest failed while running the L2 guest: ${boot.reason}`, {
      ...base,
      ...(l2 ? { l2Exit: Number.parseInt(l2.text, 10) } : {})
    })
  }
  return make('boot-failed', `${boot.reason} (last KVM step seen: ${last})`, base)
}
