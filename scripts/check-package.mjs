// Checks a packaged app built by `electron-builder --dir` or `npm run dist`: what its app.asar contains, and
// the fuses actually flipped in its Electron binary. Runs in the GitHub workflow, where Electron can be had.
// Usage: node scripts/check-package.mjs [release]
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPECTED_FUSES, checkAsarListing } from './package-rules.mjs';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { getCurrentFuseWire, FuseV1Options, FuseState } = require('@electron/fuses');

/** The unpacked app folders electron-builder leaves in release/, with the binary and asar inside each. */
export function findPackagedApps(releaseDir) {
  const apps = [];
  for (const name of existsSync(releaseDir) ? readdirSync(releaseDir) : []) {
    const dir = join(releaseDir, name);
    if (/^linux(-[a-z0-9]+)?-unpacked$/.test(name)) apps.push({ dir, binary: join(dir, 'newsline'), asar: join(dir, 'resources', 'app.asar') });
    if (/^win(-[a-z0-9]+)?-unpacked$/.test(name)) apps.push({ dir, binary: join(dir, 'Newsline.exe'), asar: join(dir, 'resources', 'app.asar') });
    if (/^mac(-[a-z0-9]+)?$/.test(name)) {
      const app = join(dir, 'Newsline.app');
      apps.push({ dir, binary: join(app, 'Contents', 'MacOS', 'Newsline'), asar: join(app, 'Contents', 'Resources', 'app.asar') });
    }
  }
  return apps;
}

export async function checkPackagedApp(app) {
  const problems = [];
  if (!existsSync(app.asar)) problems.push(`no app.asar at ${app.asar}`);
  else problems.push(...checkAsarListing(asar.listPackage(app.asar, { isPack: false })));
  if (!existsSync(app.binary)) problems.push(`no Electron binary at ${app.binary}`);
  else {
    const wire = await getCurrentFuseWire(app.binary);
    for (const [name, wanted] of Object.entries(EXPECTED_FUSES)) {
      const state = wire[FuseV1Options[name]];
      const want = wanted ? FuseState.ENABLE : FuseState.DISABLE;
      if (state !== want) problems.push(`fuse ${name} is ${FuseState[state] ?? state}, expected ${FuseState[want]}`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const releaseDir = resolve(process.argv[2] ?? 'release');
  const apps = findPackagedApps(releaseDir);
  if (apps.length === 0) {
    console.error(`no packaged app (linux-unpacked, win-unpacked or mac/Newsline.app) in ${releaseDir}`);
    process.exit(1);
  }
  let failed = 0;
  for (const app of apps) {
    const problems = await checkPackagedApp(app);
    if (problems.length) {
      failed++;
      console.error(`${app.dir}:\n  ${problems.join('\n  ')}`);
    } else console.log(`${app.dir}: asar contents and fuses as required`);
  }
  process.exit(failed ? 1 : 0);
}
