// What the app's asar must and must not contain. Used by the unit test on the asar electron-builder packs here
// and by scripts/check-package.mjs on the real packaged app in the workflow, so both hold it to the same rules.

/** Paths (as @electron/asar lists them, with a leading /) that must be present. */
export const REQUIRED = [
  '/package.json',
  '/dist/main/index.js',
  '/dist/main/preload.js',
  // The import worker requires wink-nlp's English model from here on its first merge job (scripts/build.mjs).
  '/dist/main/wink-model.js',
  '/dist/renderer/index.html',
  '/data/tass-2024-05-15-taliban/document.json',
];

/** Anything matching one of these is a development file, a source file or a test, and must not ship. */
export const FORBIDDEN = [
  [/\.map$/, 'source map'],
  [/\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
  [/(^|\/)(test|tests|__tests__|fixtures|e2e|bench|coverage)(\/|$)/, 'test or bench files'],
  [/(^|\/)node_modules(\/|$)/, 'node_modules (everything is bundled)'],
  [/^\/(main|renderer|shared|scripts|build|release|\.github|\.ci|\.git)(\/|$)/, 'source or tooling folder'],
  [/(^|\/)(tsconfig[^/]*\.json|vite\.config\.[^/]+|vitest\.config\.[^/]+|electron-builder\.ya?ml|package-lock\.json)$/, 'build configuration'],
  [/(^|\/)\.(env|npmrc|gitignore|eslintrc[^/]*|prettierrc[^/]*)$/, 'dotfile'],
  [/\.log$/, 'log file'],
];

/** Returns the rule breaches of an asar listing; empty when it is fit to ship. */
export function checkAsarListing(entries) {
  const problems = [];
  const set = new Set(entries.map((e) => e.replaceAll('\\', '/')));
  for (const path of REQUIRED) if (!set.has(path)) problems.push(`missing ${path}`);
  if (![...set].some((p) => /^\/dist\/renderer\/assets\/[^/]+\.js$/.test(p))) problems.push('missing the renderer bundle (dist/renderer/assets/*.js)');
  for (const path of set) {
    for (const [pattern, why] of FORBIDDEN) if (pattern.test(path)) problems.push(`${path}: ${why} must not ship`);
  }
  return problems;
}

/** The fuse states electron-builder.yml asks for, by @electron/fuses' FuseV1Options index. */
export const EXPECTED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};
