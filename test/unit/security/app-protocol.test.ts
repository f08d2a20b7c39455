import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/security';
import { resolveAppRequest } from '../../../main/app-protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'newsline-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'void 0');
  writeFileSync(join(base, 'secret.txt'), 'outside the app folder');
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'sibling with a shared prefix');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link-out.txt'));
  symlinkSync(base, join(root, 'up'), 'dir');
  symlinkSync(join(root, 'index.html'), join(root, 'assets', 'link-in.html'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// path resolution', () => {
  it('serves the app’s own files with the CSP and nosniff', async () => {
    const r = await resolveAppRequest(root, 'app://newsline/assets/app.js');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file).toMatch(/assets[\\/]app\.js$/);
    expect(r.headers['Content-Type']).toMatch(/^text\/javascript/);
    expect(r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('maps / to index.html', async () => {
    const r = await resolveAppRequest(root, 'app://newsline/');
    expect(r.ok && r.file.endsWith('index.html')).toBe(true);
  });

  it('follows a link that stays inside the folder', async () => {
    const r = await resolveAppRequest(root, 'app://newsline/assets/link-in.html');
    expect(r.ok).toBe(true);
  });

  it.each([
    ['encoded dots', 'app://newsline/%2e%2e/secret.txt'],
    ['encoded dots, upper case', 'app://newsline/%2E%2E/secret.txt'],
    ['one encoded dot', 'app://newsline/.%2e/secret.txt'],
    ['an encoded slash', 'app://newsline/..%2fsecret.txt'],
    ['an encoded backslash', 'app://newsline/..%5csecret.txt'],
    ['double encoding', 'app://newsline/%252e%252e/secret.txt'],
    ['an encoded NUL', 'app://newsline/index.html%00.js'],
    ['a backslash', 'app://newsline/..\\secret.txt'],
  ])('refuses %s', async (_name, url) => {
    const r = await resolveAppRequest(root, url);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([400, 403, 404]).toContain(r.status);
  });

  it('refuses plain .. even where URL parsing would fold it', async () => {
    // new URL folds "/../" at the root to "/", so this must land inside the root or be refused, never outside.
    for (const url of ['app://newsline/../secret.txt', 'app://newsline/assets/../../secret.txt', 'app://newsline/../renderer-evil/x.js']) {
      const r = await resolveAppRequest(root, url);
      if (r.ok) expect(r.file.startsWith(root)).toBe(true);
    }
  });

  it('refuses a symlink pointing out of the folder', async () => {
    const r = await resolveAppRequest(root, 'app://newsline/assets/link-out.txt');
    expect(r).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses a symlinked folder pointing out of the folder', async () => {
    const r = await resolveAppRequest(root, 'app://newsline/up/secret.txt');
    expect(r).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses other origins and schemes', async () => {
    expect(await resolveAppRequest(root, 'app://other/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(await resolveAppRequest(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(await resolveAppRequest(root, 'https://newsline/index.html')).toMatchObject({ ok: false, status: 403 });
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect(await resolveAppRequest(root, 'app://newsline/nope.js')).toMatchObject({ ok: false, status: 404 });
    expect(await resolveAppRequest(root, 'app://newsline/assets')).toMatchObject({ ok: false, status: 404 });
  });
});
