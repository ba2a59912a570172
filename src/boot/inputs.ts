import { InputError } from '../errors.js'
import type { AccelMode } from './accel.js'
import type { GuestNetwork } from './qemu-args.js'

/** Option parsing shared by the CLI command and the sub-action; each error names the option. */
export function regexInput(name: string, value: unknown): RegExp | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  try {
    return new RegExp(value)
  } catch (e) {
    throw new InputError(
      `--${name} ${JSON.stringify(value)} is not a valid regular expression: ${(e as Error).message}`
    )
  }
}

export function accelInput(value: unknown): AccelMode {
  if (value === undefined || value === '') return 'auto'
  if (value === 'auto' || value === 'kvm' || value === 'tcg') return value
  throw new InputError(`--accel must be auto, kvm or tcg, got ${JSON.stringify(value)}`)
}

export function positiveInput(name: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined
  const n = Number(value)
  if (typeof value !== 'string' || !Number.isFinite(n) || n <= 0) {
    throw new InputError(`--${name} must be a positive number, got ${JSON.stringify(value)}`)
  }
  return n
}

export function networkInput(value: unknown): GuestNetwork | undefined {
  if (value === undefined || value === '') return undefined
  if (value === 'restricted' || value === 'open') return value
  throw new InputError(
    `--network must be restricted (default: the guest reaches neither the host nor the internet) or open, got ${JSON.stringify(value)}`
  )
}
