// The layers of the code base, checked by `npm run lint:deps` (part of `npm test`). Each rule names the
// reason it exists; the README's "How it is built" describes the same layers.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'renderer-not-to-main',
      comment: 'The page knows main only through shared/ipc.ts (the channel map and the PreloadApi type).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'shared-stands-alone',
      comment: 'shared/ runs in both processes, so it imports nothing from either.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(main|renderer)/' },
    },
    {
      name: 'electron-only-in-shells',
      comment: 'Electron stays at the edge: only the *-shell.ts files, main/index.ts (the wiring) and main/preload.ts import it.',
      severity: 'error',
      from: { pathNot: '(^main/[^/]+-shell\\.ts$)|(^main/index\\.ts$)|(^main/preload\\.ts$)' },
      to: { path: '(^|/)node_modules/electron/|^electron$' },
    },
    {
      name: 'no-circular-at-run-time',
      comment: 'A cycle of imports makes load order matter; type-only imports are erased and may go both ways.',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    // Type-only imports are part of the graph, so `import type` from main in the renderer is caught too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
