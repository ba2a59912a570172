import { run } from './main.js'

// Entry point of the root action (dist/index.js): only calls run().
await run()
