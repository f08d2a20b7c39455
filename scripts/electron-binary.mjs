// Where the Electron binary is, found without running node_modules/electron/index.js: requiring that file
// downloads Electron when the binary is missing, which cannot work offline and must not happen in a test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** { path } when a runnable Electron binary exists, else { reason } saying why not. */
export function findElectronBinary(projectDir = root) {
  const pkgDir = join(projectDir, 'node_modules', 'electron');
  if (!existsSync(join(pkgDir, 'package.json'))) return { reason: 'the electron package is not installed' };
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (override) {
    const candidate = join(override, relative || 'electron');
    return existsSync(candidate) ? { path: candidate } : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no binary at ${candidate}` };
  }
  if (!relative) return { reason: `Electron's binary was never downloaded (${pathFile} is missing; its postinstall needs network access to GitHub)` };
  const binary = join(pkgDir, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { reason: `no Electron binary at ${binary}` };
}

/** The folder electron-builder's electronDist can use instead of downloading, when the binary exists. */
export function electronDistDir(projectDir = root) {
  const found = findElectronBinary(projectDir);
  return found.path ? join(projectDir, 'node_modules', 'electron', 'dist') : null;
}
