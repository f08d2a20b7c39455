import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { ARTICLE_EXTENSIONS, routeOpen } from '../../../main/os-open';

// The file associations in electron-builder.yml. What the installers do with them is checked only where they
// are built (the workflow); here: the schema electron-builder validates with, and that every association
// matches what the app then does with the file.

const root = new URL('../../../', import.meta.url);
const require = createRequire(import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

type Association = { ext: string | string[]; name?: string; icon?: string; mimeType?: string; role?: string; rank?: string };
type Config = Record<string, any>;
const config: Config = parse(read('electron-builder.yml'));
const exts = (a: Association) => (Array.isArray(a.ext) ? a.ext : [a.ext]);

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addKeyword({ keyword: 'typeof', validate: (type: string, data: unknown) => typeof data === type });
  return ajv.compile(require('app-builder-lib/scheme.json'));
}

const ARTICLE_MIME_TYPES = ['text/plain', 'text/markdown', 'text/html', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
const OFFERED = ['txt', 'md', 'html', 'htm', 'docx'];

describe('file associations (electron-builder.yml)', () => {
  const validate = validator();

  it('pass app-builder-lib/scheme.json, and a malformed association would not', () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...config, fileAssociations: [{ extension: 'newsline' }] })).toBe(false);
    expect(validate({ ...config, fileAssociations: [{ ext: 'newsline', rank: 7 }] })).toBe(false);
    expect(validate({ ...config, mac: { ...config.mac, fileAssociations: [{ name: 'no ext' }] } })).toBe(false);
  });

  it('make .newsline Newsline’s own type, with its own icon on Windows and macOS and its own MIME type on Linux', () => {
    const own: Association[] = config.fileAssociations;
    expect(own).toHaveLength(1);
    expect(exts(own[0])).toEqual(['newsline']);
    expect(own[0]).toMatchObject({ rank: 'Owner', role: 'Editor', mimeType: 'application/x-newsline', icon: 'newsline-document' });
    // electron-builder looks for <icon>.icns and <icon>.ico in buildResources.
    for (const file of [`${own[0].icon}.icns`, `${own[0].icon}.ico`]) expect(existsSync(new URL(`build/${file}`, root)), file).toBe(true);
    // Real icon files, with the sizes Finder and Explorer pick from.
    const icns = readFileSync(new URL(`build/${own[0].icon}.icns`, root));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    for (const type of ['ic07', 'ic08', 'ic09', 'ic10']) expect(icns.includes(Buffer.from(type, 'latin1')), type).toBe(true);
    const ico = readFileSync(new URL(`build/${own[0].icon}.ico`, root));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(config.mac.extendInfo.UTExportedTypeDeclarations[0]).toMatchObject({
      UTTypeTagSpecification: { 'public.filename-extension': ['newsline'], 'public.mime-type': own[0].mimeType },
      UTTypeIconFile: `${own[0].icon}.icns`,
    });
    expect(routeOpen('/x/a.newsline').kind).toBe('document');
  });

  it('offer Open With for .txt, .md, .html and .docx on macOS, never as the default', () => {
    const mac: Association[] = config.mac.fileAssociations;
    expect(mac.flatMap(exts)).toEqual(expect.arrayContaining(OFFERED));
    for (const a of mac) {
      expect(a.rank, exts(a).join()).toBe('Alternate');
      expect(a.role).toBe('Viewer');
    }
  });

  it('never claim an article type where electron-builder would make Newsline its default (Windows, new Linux MIME types)', () => {
    // On Windows, electron-builder's association writes HKCU\Software\Classes\.ext's default; on Linux it
    // defines a MIME type with a glob for the extension. Both are for Newsline's own type only.
    const everywhere: Association[] = [...config.fileAssociations, ...(config.win?.fileAssociations ?? []), ...(config.linux?.fileAssociations ?? [])];
    expect(everywhere.flatMap(exts)).toEqual(['newsline']);
    expect(config.nsis.perMachine).toBe(false);
  });

  it('list the article types in the Linux desktop entry, so file managers offer Newsline', () => {
    expect(config.linux.mimeTypes).toEqual(ARTICLE_MIME_TYPES);
  });

  it('add Newsline to Windows’ Open with list for each article type, through the NSIS include (on paper: run by the workflow)', () => {
    expect(config.nsis.include).toBe('build/installer.nsh');
    const script = read(config.nsis.include);
    const registered = [...script.matchAll(/!insertmacro newslineOpenWith "(\w+)"/g)].map((m) => m[1]);
    const removed = [...script.matchAll(/!insertmacro newslineNotOpenWith "(\w+)"/g)].map((m) => m[1]);
    expect(registered).toEqual(expect.arrayContaining(OFFERED));
    expect(removed.sort()).toEqual([...registered].sort());
    // Never the default: nothing writes the unnamed value of Software\Classes\.<ext>.
    expect(script).not.toMatch(/Software\\Classes\\\.\$\{EXT\}" ""/);
  });

  it('offer only what the app opens as an article', () => {
    const offered = [...config.mac.fileAssociations.flatMap(exts), ...[...read('build/installer.nsh').matchAll(/newslineOpenWith "(\w+)"/g)].map((m) => m[1])];
    for (const ext of offered) {
      expect(ARTICLE_EXTENSIONS, ext).toContain(`.${ext}`);
      expect(routeOpen(`/x/a.${ext}`).kind, ext).toBe('article');
    }
  });
});

describe('the workflow’s check of the built packages (scripts/check-associations.mjs)', () => {
  // The shapes electron-builder writes: a .desktop entry, a MIME package, an Info.plist.
  const desktop = `[Desktop Entry]\nName=Newsline\nExec=/opt/Newsline/newsline %U\nMimeType=${['application/x-newsline', ...ARTICLE_MIME_TYPES].join(';')};\n`;
  const mimeXml = `<mime-type type="application/x-newsline">\n  <glob pattern="*.newsline"/>\n  <icon name="x-office-document" />\n</mime-type>`;
  const plist = {
    CFBundleDocumentTypes: [
      { CFBundleTypeExtensions: ['newsline'], LSHandlerRank: 'Owner' },
      ...config.mac.fileAssociations.map((a: Association) => ({ CFBundleTypeExtensions: exts(a), LSHandlerRank: a.rank })),
    ],
    UTExportedTypeDeclarations: config.mac.extendInfo.UTExportedTypeDeclarations,
  };

  it('passes packages made from this configuration', async () => {
    // @ts-expect-error plain .mjs script without type declarations
    const { checkLinux, checkMac } = await import('../../../scripts/check-associations.mjs');
    expect(checkLinux(desktop, mimeXml)).toEqual([]);
    expect(checkMac(plist)).toEqual([]);
  });

  it('fails a package that misses an article type or takes one over', async () => {
    // @ts-expect-error plain .mjs script without type declarations
    const { checkLinux, checkMac } = await import('../../../scripts/check-associations.mjs');
    expect(checkLinux(desktop.replace('text/plain;', ''), mimeXml)).toEqual(['the .desktop entry does not list text/plain']);
    expect(checkLinux(desktop, `${mimeXml}<glob pattern="*.txt"/>`)).toEqual(['the MIME package redefines *.txt']);
    const taken = { ...plist, CFBundleDocumentTypes: plist.CFBundleDocumentTypes.map((t: { CFBundleTypeExtensions: string[] }) => (t.CFBundleTypeExtensions.includes('md') ? { ...t, LSHandlerRank: 'Default' } : t)) };
    expect(checkMac(taken)).toEqual(['.md has rank Default: Newsline would become its default']);
  });
});
