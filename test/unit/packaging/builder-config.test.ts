import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { parse } from 'yaml';

const root = new URL('../../../', import.meta.url);
const require = createRequire(import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

type Config = Record<string, any>;
const config: Config = parse(read('electron-builder.yml'));
const pkg = JSON.parse(read('package.json'));

/** app-builder-lib's own schema, the one electron-builder validates with before every build. */
function schemaValidator() {
  const schema = require('app-builder-lib/scheme.json');
  // strict off: the schema uses draft-07 plus a "typeof" keyword (from ajv-keywords) for function-valued hooks.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addKeyword({ keyword: 'typeof', validate: (type: string, data: unknown) => typeof data === type });
  return ajv.compile(schema);
}

describe('electron-builder.yml', () => {
  const validate = schemaValidator();

  it('is valid against app-builder-lib/scheme.json', () => {
    const ok = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    ['a misspelt top-level key', { electronFusess: {} }],
    ['a misspelt fuse', { electronFuses: { ...config.electronFuses, runAsNod: false } }],
    ['a misspelt linux key', { linux: { ...config.linux, maintainor: 'x' } }],
    ['a wrong type', { asar: 'yes' }],
  ])('rejects %s, so a typo fails the tests', (_name, change) => {
    expect(validate({ ...config, ...change })).toBe(false);
  });

  it('names the product and a reverse-domain appId', () => {
    expect(config.productName).toBe('Newsline');
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
  });

  it('targets AppImage and deb, dmg (with the zip electron-updater updates from) and NSIS', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('gives the deb a maintainer, homepage and category', () => {
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.linux.category).toBeTruthy();
    expect(config.deb.packageCategory).toBeTruthy();
    // fpm takes the deb's Homepage from package.json.
    expect(pkg.homepage).toMatch(/^https:\/\//);
  });

  it('sets the hardened fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('runs the app from an asar with nothing unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
  });

  it('ships only the built output and data/', () => {
    const includes = (config.files as string[]).filter((f) => !f.startsWith('!'));
    expect(includes.sort()).toEqual(['data/**', 'dist/main/**', 'dist/renderer/**', 'package.json']);
    expect(config.files).toEqual(expect.arrayContaining(['!**/*.map', '!node_modules/**']));
    expect(pkg.main).toBe('dist/main/index.js');
  });

  it('points at icons that exist', () => {
    for (const path of [config.linux.icon, config.mac.icon, config.win.icon]) expect(existsSync(new URL(path, root)), path).toBe(true);
  });
});
