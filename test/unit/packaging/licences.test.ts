import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without type declarations
import { bundledPackages, packageDirOf } from '../../../scripts/licences.mjs';
import { aboutMessage, licenceSummary } from '../../../main/menu';

// The About box's licence list is made at build time from what the bundlers put in (scripts/licences.mjs).

const root = join(import.meta.dirname, '../../..');
const built = join(root, 'dist/main/licences.json');
const text = join(root, 'dist/THIRD-PARTY-LICENCES.txt');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

type Entry = { name: string; version: string; licence: string; repository: string | null };

describe('the bundled packages’ licences', () => {
  it('finds the package a bundled file belongs to, scoped and nested', () => {
    expect(packageDirOf('/r/node_modules/react/cjs/react.production.js')).toBe('/r/node_modules/react');
    expect(packageDirOf('/r/node_modules/@mozilla/readability/Readability.js')).toBe('/r/node_modules/@mozilla/readability');
    expect(packageDirOf('/r/node_modules/a/node_modules/entities/lib/x.js')).toBe('/r/node_modules/a/node_modules/entities');
    expect(packageDirOf('/r/main/index.ts')).toBeNull();
    expect(bundledPackages([join(root, 'node_modules/zod/index.js'), join(root, 'node_modules/zod/v4/core/core.js'), join(root, 'main/index.ts')])).toEqual([
      { name: 'zod', version: expect.any(String), dir: join(root, 'node_modules/zod') },
    ]);
  });

  it('are listed by npm run build: every runtime library the app bundles, and no build tool', () => {
    expect(existsSync(built), 'dist/main/licences.json is missing: run npm run build').toBe(true);
    const list: Entry[] = JSON.parse(readFileSync(built, 'utf8'));
    const names = list.map((p) => p.name);
    // Main, the import worker and the renderer each contribute.
    expect(names).toEqual(expect.arrayContaining(['react', 'react-dom', 'vis-timeline', 'zustand', 'zod', 'mammoth', 'electron-updater', 'electron-log']));
    for (const dev of Object.keys(pkg.devDependencies)) expect(names, dev).not.toContain(dev);
    for (const p of list) {
      expect(p.licence, `${p.name}@${p.version}`).not.toMatch(/UNKNOWN|UNLICENSED/);
      expect(p.version).toMatch(/^\d+\.\d+\.\d+/);
    }
  });

  it('ship each licence text for the user to read', () => {
    expect(existsSync(text), 'dist/THIRD-PARTY-LICENCES.txt is missing: run npm run build').toBe(true);
    const body = readFileSync(text, 'utf8');
    const list: Entry[] = JSON.parse(readFileSync(built, 'utf8'));
    for (const p of list) expect(body, p.name).toContain(`${p.name} ${p.version}\nLicence: ${p.licence}`);
    expect(body).toMatch(/react \d[\s\S]*?Permission is hereby granted, free of charge/);
  });

  it('are summed up in the About box, with the app, Electron and Chromium versions', () => {
    const bundled = [
      { name: 'a', version: '1.0.0', licence: 'MIT' },
      { name: 'b', version: '1.0.0', licence: 'ISC' },
      { name: 'c', version: '1.0.0', licence: 'MIT' },
    ];
    expect(licenceSummary(bundled)).toBe('3 packages: MIT (2), ISC (1)');
    const about = aboutMessage({ appName: 'Newsline', version: '0.1.0', licence: 'MIT', versions: { electron: '45.5.0', chrome: '140.0.1' }, bundled });
    expect(about.message).toBe('Newsline 0.1.0');
    expect(about.detail).toMatch(/Electron 45\.5\.0, Chromium 140\.0\.1/);
    expect(about.detail).toMatch(/3 packages: MIT \(2\), ISC \(1\).*THIRD-PARTY-LICENCES\.txt/);
    expect(aboutMessage({ appName: 'Newsline', version: '0.1.0', licence: 'MIT', versions: {}, bundled: null }).detail).toMatch(/was not built/);
  });
});
