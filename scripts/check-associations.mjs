// Checks that the built packages register the file associations electron-builder.yml declares: .newsline as
// Newsline's own type, articles only under "Open With". Run by the workflow after `electron-builder` (it needs
// the real packages: a .deb on Linux, the .app on macOS). Windows registers them at install time
// (build/installer.nsh), which only an install on Windows shows.
// Usage: node scripts/check-associations.mjs [release-dir]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OWN_MIME = 'application/x-newsline';
export const ARTICLE_MIMES = ['text/plain', 'text/markdown', 'text/html', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
export const ARTICLE_EXTS = ['txt', 'md', 'html', 'htm', 'docx'];

/** Problems with a Linux .desktop entry and the MIME package defining .newsline. */
export function checkLinux(desktop, mimeXml) {
  const problems = [];
  const mimeLine = desktop.split('\n').find((l) => l.startsWith('MimeType='));
  const listed = mimeLine ? mimeLine.slice('MimeType='.length).split(';').filter(Boolean) : [];
  for (const m of [OWN_MIME, ...ARTICLE_MIMES]) if (!listed.includes(m)) problems.push(`the .desktop entry does not list ${m}`);
  if (!/Exec=.*%[UuFf]/.test(desktop)) problems.push('the .desktop Exec line passes no file (%U)');
  if (!mimeXml) problems.push('no MIME package defines .newsline');
  else {
    if (!mimeXml.includes(`type="${OWN_MIME}"`)) problems.push(`the MIME package does not define ${OWN_MIME}`);
    if (!mimeXml.includes('pattern="*.newsline"')) problems.push('the MIME package has no *.newsline glob');
    for (const ext of ARTICLE_EXTS) if (mimeXml.includes(`pattern="*.${ext}"`)) problems.push(`the MIME package redefines *.${ext}`);
  }
  return problems;
}

/** Problems with a macOS Info.plist (as JSON). */
export function checkMac(plist) {
  const problems = [];
  const types = plist.CFBundleDocumentTypes ?? [];
  const own = types.find((t) => t.CFBundleTypeExtensions?.includes('newsline'));
  if (!own) problems.push('Info.plist declares no .newsline document type');
  else if (own.LSHandlerRank !== 'Owner') problems.push(`.newsline has rank ${own.LSHandlerRank}, not Owner`);
  for (const ext of ARTICLE_EXTS) {
    const t = types.find((x) => x.CFBundleTypeExtensions?.includes(ext));
    if (!t) problems.push(`Info.plist does not offer .${ext}`);
    else if (t.LSHandlerRank !== 'Alternate') problems.push(`.${ext} has rank ${t.LSHandlerRank}: Newsline would become its default`);
  }
  if (!(plist.UTExportedTypeDeclarations ?? []).some((u) => u.UTTypeTagSpecification?.['public.filename-extension']?.includes('newsline'))) {
    problems.push('Info.plist exports no type for .newsline');
  }
  return problems;
}

function findFiles(dir, test, depth = 3) {
  if (!existsSync(dir) || depth < 0) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (test(p, e)) return [p];
    return e.isDirectory() && !e.name.endsWith('.app') ? findFiles(p, test, depth - 1) : [];
  });
}

function main(release) {
  const problems = [];
  let checked = 0;
  for (const deb of findFiles(release, (p) => p.endsWith('.deb'), 0)) {
    const out = mkdtempSync(join(tmpdir(), 'newsline-deb-'));
    execFileSync('dpkg-deb', ['-x', deb, out]);
    const desktop = findFiles(join(out, 'usr/share/applications'), (p) => p.endsWith('.desktop'), 0)[0];
    const mime = findFiles(join(out, 'usr/share/mime/packages'), (p) => p.endsWith('.xml'), 0)[0];
    if (!desktop) problems.push(`${deb}: no .desktop entry`);
    else problems.push(...checkLinux(readFileSync(desktop, 'utf8'), mime ? readFileSync(mime, 'utf8') : null).map((m) => `${deb}: ${m}`));
    checked++;
  }
  for (const app of findFiles(release, (p, e) => e.isDirectory() && p.endsWith('.app'), 2)) {
    const plist = JSON.parse(execFileSync('plutil', ['-convert', 'json', '-o', '-', join(app, 'Contents/Info.plist')], { encoding: 'utf8' }));
    problems.push(...checkMac(plist).map((m) => `${app}: ${m}`));
    checked++;
  }
  if (process.platform === 'win32') console.log('Windows: the installer registers the associations at install time (build/installer.nsh); not checked here.');
  else if (checked === 0) problems.push(`no .deb or .app found in ${release}`);
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
  console.log(`file associations: ${checked} package(s) checked`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv[2] ?? 'release');
