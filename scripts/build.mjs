// Builds everything the app runs: main and preload bundled by esbuild (CommonJS, electron left external),
// the renderer by Vite. Output goes to dist/, which electron-builder packs.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

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

async function buildMain() {
  await rm(`${root}/dist/main`, { recursive: true, force: true });
  await esbuild({
    ...node,
    entryPoints: { index: 'main/index.ts', preload: 'main/preload.ts', 'import-worker': 'main/import-worker.ts' },
    outdir: 'dist/main',
  });
}

/** The `newsline` command: the same import and extraction code, with no Electron at all. */
async function buildCli() {
  await esbuild({ ...node, external: [], entryPoints: { newsline: 'main/cli/index.ts' }, outdir: 'dist/cli' });
}

/** The renderer as one script and one stylesheet, for the exported standalone page (main/export/standalone.ts inlines them). */
async function buildStandalone() {
  await rm(`${root}/dist/standalone`, { recursive: true, force: true });
  await esbuild({
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
}

async function buildRenderer() {
  await viteBuild({ configFile: `${root}/vite.config.mts`, logLevel: quiet ? 'warn' : 'info' });
}

const steps = { main: buildMain, cli: buildCli, renderer: buildRenderer, standalone: buildStandalone };
for (const [name, step] of Object.entries(steps)) {
  if (!only || only.split(',').includes(name)) await step();
}
