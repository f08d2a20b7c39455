// npm run test:electron: the desktop smoke test (smoke.mjs) against a real Electron binary.
//   node test/electron/run.mjs                       the development app (dist/ + node_modules/electron)
//   node test/electron/run.mjs --packaged <binary>   a packaged app, e.g. release/linux-unpacked/newsline
// Where no Electron binary exists it prints that it was skipped, and why, and exits 0; where
// NEWSLINE_REQUIRE_ELECTRON=1 declares one (the workflow), a missing binary fails instead.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, missingElectron } from '../../scripts/electron-binary.mjs';
import { runSmoke } from './smoke.mjs';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const argv = process.argv.slice(2);
const packagedFlag = argv.indexOf('--packaged');
const packaged = packagedFlag >= 0 ? resolve(argv[packagedFlag + 1] ?? '') : process.env.NEWSLINE_PACKAGED_APP;

function skip(reason) {
  const { failed, message } = missingElectron('Electron smoke test', reason);
  (failed ? console.error : console.log)(message);
  process.exit(failed ? 1 : 0);
}

let launch;
if (packaged) {
  if (!existsSync(packaged)) {
    console.error(`no packaged app at ${packaged}`);
    process.exit(1);
  }
  launch = { executablePath: packaged, args: [] };
} else {
  const electron = findElectronBinary(projectDir);
  if (!electron.path) skip(electron.reason);
  if (!existsSync(join(projectDir, 'dist', 'main', 'index.js'))) {
    console.error('dist/ is not built: run npm run build (npm run test:electron does)');
    process.exit(1);
  }
  launch = { executablePath: electron.path, args: [projectDir] };
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('no display: run under xvfb-run (e.g. xvfb-run -a npm run test:electron)');
  process.exit(1);
}

// A fresh profile, so a window state left by an earlier run cannot change what the test sees (Linux; elsewhere
// Electron ignores XDG_CONFIG_HOME and uses the user's profile).
const profile = mkdtempSync(join(tmpdir(), 'newsline-smoke-'));
launch.env = { ...process.env, XDG_CONFIG_HOME: profile, NEWSLINE_LOG_CONSOLE: '1' };
launch.cwd = projectDir;

console.log(`Electron smoke test: ${launch.executablePath}${packaged ? ' (packaged)' : ''}`);
let outcome;
try {
  outcome = await runSmoke({ launch, projectDir, artifactsDir: join(projectDir, 'test-results') });
} catch (err) {
  console.error(`the app could not be launched or driven: ${err.stack ?? err}`);
  outcome = { passed: 0, failed: 1 };
} finally {
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${outcome.passed} passed, ${outcome.failed} failed`);
process.exit(outcome.failed ? 1 : 0);
