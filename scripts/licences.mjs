// The licence of every package bundled into the app, made at build time, never kept by hand:
// the bundlers report which files went into the bundles (esbuild's metafile, the renderer's chunk module ids),
// those files name their packages, and license-checker-rseidelsohn reads each package's licence and its text.
// Writes dist/main/licences.json (the About box reads it) and dist/THIRD-PARTY-LICENCES.txt (shipped beside
// the app, for the user to read in their own viewer).
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';

const require = createRequire(import.meta.url);

/** The package folder a bundled file belongs to, e.g. /repo/node_modules/@a/b/lib/x.js -> /repo/node_modules/@a/b. */
export function packageDirOf(file) {
  const norm = file.split(/[\\/]/).join(sep);
  const marker = `${sep}node_modules${sep}`;
  const at = norm.lastIndexOf(marker);
  if (at < 0) return null;
  const rest = norm.slice(at + marker.length).split(sep);
  const parts = rest[0].startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1);
  return norm.slice(0, at + marker.length) + parts.join(sep);
}

/** Package folders of the bundled files, with the package.json that names each (a nested package.json of a subfolder is skipped). */
export function bundledPackages(files) {
  const dirs = new Map();
  for (const file of files) {
    const dir = packageDirOf(file);
    if (!dir || dirs.has(dir)) continue;
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
    dirs.set(dir, { name, version, dir });
  }
  return [...dirs.values()];
}

function ownLicence(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return { licenses: pkg.license ?? 'UNKNOWN', repository: repo ?? null, licenseFile: licenseFile ? join(dir, licenseFile) : null };
}

function checkLicences(root) {
  const checker = require('license-checker-rseidelsohn');
  return new Promise((ok, fail) =>
    checker.init({ start: root, production: true, excludePrivatePackages: true }, (err, packages) => (err ? fail(err) : ok(packages))),
  );
}

/** One entry per bundled package: name, version, licence, where it comes from, and its licence text. */
export async function collectLicences(root, bundledFiles) {
  const bundled = bundledPackages(bundledFiles);
  const checked = await checkLicences(root);
  const byDir = new Map(Object.values(checked).map((info) => [info.path, info]));
  const list = bundled.map(({ name, version, dir }) => {
    // A bundled package outside the production tree (a devDependency imported by app code) is still shipped:
    // read its own package.json and licence file the way the checker would.
    const info = byDir.get(dir) ?? ownLicence(dir);
    const licenceFile = info?.licenseFile && existsSync(info.licenseFile) && !/readme/i.test(info.licenseFile) ? info.licenseFile : null;
    return {
      name,
      version,
      licence: info ? (Array.isArray(info.licenses) ? info.licenses.join(' OR ') : String(info.licenses)) : 'UNKNOWN',
      repository: info?.repository ?? null,
      text: licenceFile ? readFileSync(licenceFile, 'utf8').trim() : null,
    };
  });
  return list.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

export function licenceText(appName, list) {
  const head = `${appName} includes the following open-source packages. Each is used under the licence shown.\n`;
  const body = list.map((p) =>
    [
      '-'.repeat(78),
      `${p.name} ${p.version}`,
      `Licence: ${p.licence}`,
      ...(p.repository ? [`Source: ${p.repository}`] : []),
      '',
      p.text ?? '(The package states its licence but ships no licence text.)',
    ].join('\n'),
  );
  return `${head}\n${body.join('\n\n')}\n`;
}

export async function writeLicences(root, bundledFiles) {
  const list = await collectLicences(root, bundledFiles);
  const summary = list.map(({ name, version, licence, repository }) => ({ name, version, licence, repository }));
  await mkdir(join(root, 'dist', 'main'), { recursive: true });
  await writeFile(join(root, 'dist', 'main', 'licences.json'), `${JSON.stringify(summary, null, 1)}\n`);
  await writeFile(join(root, 'dist', 'THIRD-PARTY-LICENCES.txt'), licenceText('Newsline', list));
  return list;
}
