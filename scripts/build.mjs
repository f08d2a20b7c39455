// Builds everything the app runs: main and preload bundled by esbuild (CommonJS, electron left external),
// the renderer by Vite. Output goes to dist/, which electron-builder packs.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLicences } from './licences.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = process.argv.includes('--quiet');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  external: ['electron'],
  absWorkingDir: root,
  logLevel: quiet ? 'warning' : 'info',
};

/** Every source file that went into the app's bundles: the licence list is made from their packages. */
const bundledFiles = new Set();

/**
 * wink-nlp's English model is 4 MB, about as much as the import worker's own code. It is built as a file of its
 * own beside the bundles (dist/main/wink-model.js, dist/cli/wink-model.js) and required from there, so that the
 * bundles stay small to read. Extraction's titles (shared/extract/title-syntax.ts) and merge proposals both tag with it, through the one
 * loader in shared/nlp.ts: a worker reads it when it starts, and the warm job the app runs once its window is shown
 * builds the tagger before the user's first file.
 */
const WINK_MODEL_FILE = 'wink-model';
const winkModelApart = {
  name: 'newsline-wink-model-apart',
  setup(b) {
    b.onResolve({ filter: /^wink-eng-lite-web-model$/ }, () => ({ path: `./${WINK_MODEL_FILE}.js`, external: true }));
  },
};

async function buildMain() {
  await rm(`${root}/dist/main`, { recursive: true, force: true });
  const { metafile } = await esbuild({
    ...node,
    entryPoints: { index: 'main/index.ts', preload: 'main/preload.ts', 'import-worker': 'main/import-worker.ts' },
    outdir: 'dist/main',
    metafile: true,
    plugins: [winkModelApart],
  });
  for (const input of Object.keys(metafile.inputs)) bundledFiles.add(join(root, input));
  const model = await esbuild({
    ...node,
    entryPoints: { [WINK_MODEL_FILE]: 'node_modules/wink-eng-lite-web-model/dist/model.js' },
    outdir: 'dist/main',
    metafile: true,
  });
  for (const input of Object.keys(model.metafile.inputs)) bundledFiles.add(join(root, input));
}

/**
 * The `newsline` command: the same import and extraction code, with no Electron at all. resvg is a native
 * binary and pdfkit reads its data files at run time, so they (and the fonts) load from node_modules.
 */
async function buildCli() {
  await esbuild({ ...node, external: ['@resvg/resvg-js', 'pdfkit', 'dejavu-fonts-ttf'], entryPoints: { newsline: 'main/cli/index.ts' }, outdir: 'dist/cli', plugins: [winkModelApart] });
  await esbuild({ ...node, entryPoints: { [WINK_MODEL_FILE]: 'node_modules/wink-eng-lite-web-model/dist/model.js' }, outdir: 'dist/cli' });
}

/** The renderer as one script and one stylesheet, for the exported standalone page (main/export/standalone.ts inlines them). */
async function buildStandalone() {
  await rm(`${root}/dist/standalone`, { recursive: true, force: true });
  const { metafile } = await esbuild({
    metafile: true,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    absWorkingDir: root,
    logLevel: quiet ? 'warning' : 'info',
    entryPoints: { standalone: 'renderer/standalone/standalone-main.ts' },
    outdir: 'dist/standalone',
    // Fonts and images go inside the page (CSP allows data: for them), so it needs nothing beside itself.
    loader: { '.png': 'dataurl', '.svg': 'dataurl', '.gif': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // Exported pages carry these packages too, so their licences are in the list.
  for (const input of Object.keys(metafile.inputs)) bundledFiles.add(join(root, input));
}

async function buildRenderer() {
  const collect = {
    name: 'newsline-bundled-files',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') for (const id of chunk.moduleIds) bundledFiles.add(id.replace(/^\0/, '').split('?')[0]);
      }
    },
  };
  await viteBuild({ configFile: `${root}/vite.config.mts`, logLevel: quiet ? 'warn' : 'info', plugins: [collect] });
}

/** Needs both bundles' file lists, so it runs only when both were built. */
async function buildLicences() {
  if (only && !['main', 'renderer'].every((s) => only.split(',').includes(s))) return;
  const list = await writeLicences(root, [...bundledFiles]);
  if (!quiet) console.log(`licences of ${list.length} bundled packages: dist/main/licences.json, dist/THIRD-PARTY-LICENCES.txt`);
}

const steps = { main: buildMain, cli: buildCli, renderer: buildRenderer, standalone: buildStandalone, licences: buildLicences };
for (const [name, step] of Object.entries(steps)) {
  if (!only || only.split(',').includes(name) || name === 'licences') await step();
}
