import type { Command } from '../command.js'

/**
 * Every subcommand, in the order `--help` lists them: its name and a loader. Each lives in its own
 * file and is imported only when it runs (or for `--help`), so `stable-sync plan` does not parse the
 * GitHub, boot and build code (the bundle splits each into its own chunk).
 */
export const commandLoaders: [name: string, load: () => Promise<Command>][] = [
  ['validate', async () => (await import('./validate.js')).validateCommand],
  ['plan', async () => (await import('./plan.js')).planCommand],
  ['apply', async () => (await import('./apply.js')).applyCommand],
  ['verify', async () => (await import('./verify.js')).verifyCommand],
  ['status', async () => (await import('./status.js')).statusCommand],
  ['release', async () => (await import('./release.js')).releaseCommand],
  ['upload', async () => (await import('./upload.js')).uploadCommand],
  ['boot-test', async () => (await import('./boot-test.js')).bootTestCommand],
  ['kvm-test', async () => (await import('./kvm-test.js')).kvmTestCommand],
  ['build-source', async () => (await import('./build-source.js')).buildSourceCommand],
  ['build', async () => (await import('./build.js')).buildCommand],
  ['build-matrix', async () => (await import('./build-matrix.js')).buildMatrixCommand],
  ['report', async () => (await import('./report.js')).reportCommand],
  ['job-record', async () => (await import('./job-record.js')).jobRecordCommand],
  ['release-gate', async () => (await import('./release-gate.js')).releaseGateCommand],
  ['workflow-plan', async () => (await import('./workflow-plan.js')).workflowPlanCommand]
]

/** All subcommands, loaded (for `--help`). */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(commandLoaders.map(([, load]) => load()))
}

/** The subcommand called `name`, loaded; undefined when there is none. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return commandLoaders.find(([n]) => n === name)?.[1]()
}
