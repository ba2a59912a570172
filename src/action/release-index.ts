import { run } from './release-main.js'

// Entry point of the release sub-action (dist/release/index.js): only calls run().
await run()
