import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

// The reusable workflow downloads no boot image itself: the boot-test action does, with the sha256
// the caller gives (tested in test/integration/boot-image-inputs.test.ts).
interface Step {
  uses?: string
  run?: string
  with?: Record<string, string>
}
const wf = parse(readFileSync('.github/workflows/stable-sync.yml', 'utf8')) as {
  on: { workflow_call: { inputs: Record<string, { type: string; default?: string }> } }
  jobs: Record<string, { steps?: Step[] }>
}

test('boot-image reaches the boot-test action with its sha256; no step downloads it unchecked', () => {
  expect(wf.on.workflow_call.inputs['boot-image-sha256']).toMatchObject({ type: 'string', default: '' })
  const steps = Object.values(wf.jobs).flatMap(j => j.steps ?? [])
  const boot = steps.find(s => s.uses?.endsWith('/boot-test'))!
  expect(boot.with).toMatchObject({
    'image-url': '${{ inputs.boot-image }}',
    'image-sha256': '${{ inputs.boot-image-sha256 }}'
  })
  expect(boot.with?.image).toBeUndefined()
  for (const s of steps) expect(s.run ?? '').not.toMatch(/curl[^\n]*BOOT_IMAGE|wget[^\n]*BOOT_IMAGE/)
})
