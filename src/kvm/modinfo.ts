import { readFileSync } from 'node:fs'

/**
 * Reads `key=value` strings from a kernel module's `.modinfo` section without modinfo(8) (kmod is not
 * always installed where the boot test runs). The section is NUL-separated strings; scanning the
 * file for `\0key=` finds them, and the first hit is the module's own entry.
 */
export function modinfoField(ko: Buffer, key: string): string | undefined {
  const needle = Buffer.from(`\0${key}=`, 'latin1')
  const at = ko.indexOf(needle)
  if (at < 0) return undefined
  const start = at + needle.length
  const end = ko.indexOf(0, start)
  return ko.toString('utf8', start, end < 0 ? undefined : end)
}

/** Names of the modules a .ko depends on (its `depends=` field), e.g. kvm.ko → ['irqbypass']. */
export function moduleDepends(file: string): string[] {
  const value = modinfoField(readFileSync(file), 'depends') ?? ''
  return value.split(',').filter(Boolean)
}

export function moduleVermagic(file: string): string | undefined {
  return modinfoField(readFileSync(file), 'vermagic')
}
