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
  if (!relative) return { reason: `Electron's binary was never downloaded (${pathFile} is missing; \`node node_modules/electron/install.js\` fetches it from GitHub)` };
  const binary = join(pkgDir, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { reason: `no Electron binary at ${binary}` };
}

/** The folder electron-builder's electronDist can use instead of downloading, when the binary exists. */
export function electronDistDir(projectDir = root) {
  const found = findElectronBinary(projectDir);
  return found.path ? join(projectDir, 'node_modules', 'electron', 'dist') : null;
}

/**
 * True where the environment declares that Electron's binary is present (the GitHub workflow sets
 * NEWSLINE_REQUIRE_ELECTRON=1 after downloading it). There a check that would skip for want of the binary
 * fails instead, so a missing download cannot turn into a green tick.
 */
export function electronRequired(env = process.env) {
  return env.NEWSLINE_REQUIRE_ELECTRON === '1';
}

/**
 * The one wording for a check that cannot run without the binary: "SKIPPED … and why" where nothing declares
 * Electron, "FAILED" where something does. Returns the line and whether it is a failure.
 */
export function missingElectron(check, reason, env = process.env) {
  return electronRequired(env)
    ? { failed: true, message: `FAILED: ${check}: NEWSLINE_REQUIRE_ELECTRON=1 declares Electron's binary present, but ${reason}` }
    : {
        failed: false,
        message: `SKIPPED: ${check}: ${reason}. It runs in .github/workflows/desktop.yml, which downloads Electron's binary, and wherever one is installed.`,
      };
}
