import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/index';
import { standaloneDir } from '../../../../main/export/standalone';

const SEED_DOC = join(__dirname, '../../../../data/tass-2024-05-15-taliban/document.json');
const SEED_TEXT = join(__dirname, '../../../../data/tass-2024-05-15-taliban/article.txt');
const SHEET = join(__dirname, '../../../fixtures/timelinejs/sheet.csv');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

// The standalone page carries the built page script: build it when it is not there, rather than skip.
beforeAll(() => {
  if (!existsSync(join(standaloneDir(), 'standalone.js'))) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet', '--only=standalone'], { cwd: join(__dirname, '../../../..'), stdio: 'inherit' });
  }
}, 240_000);

describe('newsline export', () => {
  it('--to timelinejs prints the TimelineJS JSON of a document', async () => {
    const r = await run('export', SEED_DOC, '--to', 'timelinejs');
    expect(r.code).toBe(0);
    const tl = JSON.parse(r.out);
    expect(tl.title.text.headline).toMatch(/^Afghan Taliban/);
    expect(tl.events).toHaveLength(8);
  });

  it('--to csv --out writes a file that parses back', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsline-cli-export-')), 'events.csv');
    const r = await run('export', SEED_DOC, '--to', 'csv', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Wrote Spreadsheet \(CSV\) of 8 events to/);
    const rows = parse(readFileSync(out, 'utf8'), { bom: true });
    expect(rows).toHaveLength(9);
  });

  it('--to markdown from an article imports it first', async () => {
    const r = await run('export', SEED_TEXT, '--to', 'markdown', '--published', '2024-05-15');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Afghan Taliban/);
    expect(r.out).toMatch(/- \*\*15 Aug 2023 \(year uncertain\)\*\*: /);
  });

  it('--to timelinejs from a TimelineJS sheet', async () => {
    const r = await run('export', SHEET, '--to', 'timelinejs');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).events.map((e: { group?: string }) => e.group)).toEqual(['Europe', 'Europe', undefined]);
  });

  it('--to html writes one page with the document in it', async () => {
    const r = await run('export', SEED_DOC, '--to', 'html');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<!doctype html>/);
    expect(r.out).toContain('http-equiv="Content-Security-Policy"');
  });

  it('usage errors name the problem', async () => {
    expect((await run('export', SEED_DOC)).err).toMatch(/export needs --to FORMAT \(timelinejs, csv, markdown, html\)/);
    const bad = await run('export', SEED_DOC, '--to', 'pdf');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown format "pdf"/);
    const missing = await run('export', join(tmpdir(), 'nope.txt'), '--to', 'csv');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.txt: the file does not exist/);
  });
});
