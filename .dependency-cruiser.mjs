/**
 * The layers of docs/ARCHITECTURE.md, enforced (`npm run lint` runs `depcruise src`).
 * - The core never imports the edges (src/action, src/cli, src/github) nor @actions/*.
 * - Data flows config → pin → upstream → walk → classify → series → verify → engine → publish: a
 *   folder never imports code from one later in that chain (types may point back).
 * - No import cycles, type-only imports included.
 * - Programs are started by the process gateway (src/process; src/boot owns QEMU's process group).
 */
const FLOW = ['config', 'pin', 'upstream', 'walk', 'classify', 'series', 'verify', 'engine', 'publish']
const EDGES = ['action', 'cli', 'github']

const flowRules = FLOW.slice(0, -1).map((layer, i) => ({
  name: `flow-${layer}`,
  comment: `src/${layer} comes before ${FLOW.slice(i + 1).join(', ')} in the data flow (docs/ARCHITECTURE.md)`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  // Types may be shared backwards (classify and verify describe their results in engine/types.ts).
  to: { path: `^src/(${FLOW.slice(i + 1).join('|')})/`, dependencyTypesNot: ['type-only'] }
}))

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make the layers meaningless and the bundle order fragile.',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'core-not-edges',
      comment:
        'The core is pure: only src/action, src/cli and src/github know GitHub Actions, Octokit or argv.',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${EDGES.join('|')})/` },
      to: { path: `^src/(${EDGES.join('|')})/` }
    },
    {
      name: 'core-not-actions-toolkit',
      comment: 'The core never imports @actions/* (a Logger is injected instead).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(action|github)/' },
      to: { path: 'node_modules/@actions/' }
    },
    {
      name: 'processes-through-the-gateway',
      comment: 'Programs start through src/process/run.ts (src/boot owns QEMU as a process-group leader).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(process|boot)/' },
      to: { path: '^child_process$|^node:child_process$' }
    },
    ...flowRules
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default']
    }
  }
}
