import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without type declarations
import { scan } from '../../../scripts/electronegativity.mjs';

type Finding = { id: string; severity: string; file: string; line: number; sample: string };
type Result = { issues: Finding[]; failing: Finding[]; problems: string[] };
const out = mkdtempSync(join(tmpdir(), 'newsline-eng-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const show = (r: Result) => [...r.failing.map((f) => `${f.severity} ${f.id} ${f.file}:${f.line} ${f.sample}`), ...r.problems].join('\n');

describe('electronegativity', () => {
  it('finds nothing of medium severity or above in main/, renderer/ and shared/', async () => {
    const result: Result = await scan({ outDir: join(out, 'app') });
    expect(result.problems, show(result)).toEqual([]);
    expect(result.failing, show(result)).toEqual([]);
  }, 120_000);

  it('fails on insecure code, so a passing scan means something', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'newsline-eng-bad-'));
    mkdirSync(join(bad, 'main'));
    writeFileSync(
      join(bad, 'main', 'bad-shell.ts'),
      [
        "import { BrowserWindow, shell } from 'electron';",
        'export function open(url: string) {',
        '  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });',
        '  void shell.openExternal(url);',
        '  return win;',
        '}',
      ].join('\n'),
    );
    try {
      const result: Result = await scan({ outDir: join(out, 'bad'), sourceRoot: bad });
      const ids = result.failing.map((f) => f.id);
      expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']));
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  }, 120_000);
});
