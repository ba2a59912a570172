import { InputError } from '../errors.js'
import { run } from '../process/run.js'

/** Build dependencies missing on this machine, as dpkg-checkbuilddeps reports them. */
export class MissingBuildDepsError extends InputError {
  constructor(
    readonly tree: string,
    readonly unmet: string,
    readonly report: string
  ) {
    super(
      `build dependencies missing for ${tree}:\n${report.trim()}\n` +
        `Install them with:\n  sudo apt-get build-dep -y ${JSON.stringify(tree)}\n` +
        `or, naming the packages: sudo apt-get install -y --no-install-recommends ${unmet}`
    )
  }
}

/**
 * Run dpkg-checkbuilddeps in an unpacked source tree. It is the same check dpkg-buildpackage
 * makes, but failing here lets us print the apt command instead of a build log.
 */
export async function checkBuildDeps(tree: string): Promise<void> {
  const r = await run('dpkg-checkbuilddeps', [], { cwd: tree, allowFailure: true })
  if (r.code === 0) return
  const text = `${r.stderr}${r.stdout.toString('utf8')}`
  const unmet = /Unmet build dependencies:\s*(.*)/.exec(text)?.[1]?.trim()
  if (!unmet) throw new InputError(`dpkg-checkbuilddeps failed in ${tree}: ${text.trim()}`)
  throw new MissingBuildDepsError(tree, aptPackageList(unmet), text)
}

/**
 * `debhelper-compat (= 13), libfoo-dev (>= 2) | libbar-dev` → `debhelper libfoo-dev`: one name per
 * dependency (the first alternative), versions dropped; `*-compat` virtual names map to their package.
 */
export function aptPackageList(unmet: string): string {
  return unmet
    .split(/,\s*/)
    .map(
      dep =>
        dep
          .split('|')[0]
          .trim()
          .split(/[\s(:[<]/)[0]
    )
    .filter(Boolean)
    .map(name => (name === 'debhelper-compat' ? 'debhelper' : name))
    .join(' ')
}
