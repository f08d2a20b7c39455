import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The layering rules (.dependency-cruiser.cjs, run by `npm run lint:deps` in `npm test`) against a small tree
// that breaks each of them once and keeps to them otherwise, so a rule that stopped matching would show here.

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsline-layers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'tree-'));
  const all = {
    'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler", "strict": true } }',
    'node_modules/electron/package.json': '{ "name": "electron", "main": "index.js" }',
    'node_modules/electron/index.js': 'module.exports = {};',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function cruise(dir: string) {
  const bin = join(projectDir, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const r = spawnSync(process.execPath, [bin, 'main', 'renderer', 'shared', '--config', join(projectDir, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the layering rules', () => {
  it('accept the layers as intended, type-only cycles included', () => {
    const r = cruise(
      tree({
        'shared/ipc.ts': "export type PreloadApi = { ping(): void };\nexport const CHANNELS = ['a'];",
        'main/app-shell.ts': "import { app } from 'electron';\nimport { CHANNELS } from '../shared/ipc';\nexport const shell = [app, CHANNELS];",
        'main/index.ts': "import { BrowserWindow } from 'electron';\nimport { shell } from './app-shell';\nexport const w = [BrowserWindow, shell];",
        'main/preload.ts': "import { contextBridge } from 'electron';\nexport const p = contextBridge;",
        'main/a.ts': "import type { B } from './b';\nexport type A = { b?: B };",
        'main/b.ts': "import type { A } from './a';\nexport type B = { a?: A };",
        'renderer/main.ts': "import type { PreloadApi } from '../shared/ipc';\nexport let api: PreloadApi | undefined;",
      }),
    );
    expect(r.out).toMatch(/no dependency violations found/);
    expect(r.code).toBe(0);
  });

  it('refuse each breach, by name', () => {
    const r = cruise(
      tree({
        'shared/ipc.ts': "import { helper } from '../main/helper';\nexport const x = helper;",
        'main/helper.ts': "import { app } from 'electron';\nexport const helper = app;",
        'main/one.ts': "import { two } from './two';\nexport const one = () => two;",
        'main/two.ts': "import { one } from './one';\nexport const two = () => one;",
        'renderer/main.ts': "import type { helper } from '../main/helper';\nexport type H = typeof helper;",
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/shared-stands-alone: shared\/ipc\.ts → main\/helper\.ts/);
    expect(r.out).toMatch(/electron-only-in-shells: main\/helper\.ts → node_modules\/electron\/index\.js/);
    expect(r.out).toMatch(/no-circular-at-run-time: main\/(one|two)\.ts/);
    expect(r.out).toMatch(/renderer-not-to-main: renderer\/main\.ts → main\/helper\.ts/);
  });
});
