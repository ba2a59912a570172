// ESM + ts-jest, as in actions/typescript-action: `npm test` sets
// NODE_OPTIONS=--experimental-vm-modules so jest can load our ESM sources.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Integration tests start git, quilt and qemu processes; two workers match the 2-core machines.
  maxWorkers: 2,
  verbose: false
}
