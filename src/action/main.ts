import * as core from '@actions/core'

export async function run(): Promise<void> {
  core.setFailed('stable-sync: the sync action is not implemented yet')
}
