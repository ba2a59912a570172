import { run } from './boot-test-main.js'

// Entry point of the boot-test sub-action (dist/boot-test/index.js, boot-test/action.yml): only calls run().
await run()
