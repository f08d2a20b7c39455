import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/index';
import { validateDocument } from '../../../../shared/document';

const SEED = join(__dirname, '../../../../data/tass-2024-05-15-taliban/article.txt');
const TIMEML = join(__dirname, '../../../fixtures/timeml');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('newsline extract', () => {
  it('prints the seed article with its events, August 15 marked uncertain', async () => {
    const r = await run('extract', SEED, '--published', '2024-05-15');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Afghan Taliban no longer Russia’s enemy — Russian diplomat\n/);
    expect(r.out).toMatch(/Published: 2024-05-15 \(given\)/);
    expect(r.out).toMatch(/Dateline: NEW DELHI, May 15/);
    expect(r.out).toMatch(/15 Aug 2023 \(year uncertain\)\s+Taliban fighters swept into Kabul/);
    expect(r.out).toMatch(/15 May 2024\s+Russian-Indian consultations on Afghanistan/);
    expect(r.out).not.toMatch(/15 Aug 2024/);
  });

  it('--json prints a valid document', async () => {
    const r = await run('extract', SEED, '--json', '--published=2024-05-15');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out);
    expect(parsed.document.format).toBe('newsline-document');
    expect(parsed.document.sources[0].published).toBe('2024-05-15');
    expect(parsed.document.events.length).toBeGreaterThanOrEqual(4);
    // The evaluation scorers read the format-1 name of the first source.
    expect(parsed.document.article).toEqual(parsed.document.sources[0]);
  });

  it('without --published the date stays unknown and says so', async () => {
    const r = await run('extract', SEED);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Published: unknown/);
    expect(r.out).toMatch(/Warning: no publication date was found/);
  });

  it('rejects a malformed --published', async () => {
    const r = await run('extract', SEED, '--published', '2024-02-30');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--published must be a date written YYYY-MM-DD/);
  });

  it('names the file and the problem for bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-cli-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = await run('extract', empty);
    expect(r.code).toBe(1);
    expect(r.err).toBe('newsline: empty.txt: the file is empty\n');
    const missing = await run('extract', join(dir, 'missing.txt'));
    expect(missing.err).toMatch(/missing\.txt: the file does not exist/);
  });
});

describe('newsline score-timeml', () => {
  it('prints the scores of the fixtures (hand-computed: one value error in five)', async () => {
    const r = await run('score-timeml', TIMEML);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^2 documents\n/);
    expect(r.out).toMatch(/strict span\s+P 100\.0\s+R 100\.0\s+F1 100\.0/);
    expect(r.out).toMatch(/relaxed span\s+P 100\.0\s+R 100\.0\s+F1 100\.0/);
    expect(r.out).toMatch(/value accuracy 80\.0\s+value F1 80\.0/);
    expect(r.out).toMatch(/type accuracy\s+100\.0/);
  });

  it('--misses lists each disagreement with the text around it before the scores', async () => {
    const r = await run('score-timeml', TIMEML, '--misses');
    expect(r.code).toBe(0);
    // The one value error of the fixtures, and nothing else.
    expect(r.out.match(/^(?:missed|spurious|span|value|type) +\S+\.tml:/gm)).toEqual(['value    fixture-a.tml:']);
    expect(r.out).toMatch(/\n\n2 documents\n/);
    const json = JSON.parse((await run('score-timeml', TIMEML, '--misses', '--json')).out);
    expect(json.misses).toHaveLength(1);
    expect(json.misses[0]).toMatchObject({ kind: 'value' });
  });

  it('reports a folder with no TimeML files', async () => {
    const r = await run('score-timeml', mkdtempSync(join(tmpdir(), 'newsline-empty-')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no \.tml files/);
  });
});

describe('newsline extract with several files', () => {
  const MD = join(__dirname, '../../../fixtures/import/article.md');

  it('--json makes one timeline, one source per file, each with its own publication date', async () => {
    const r = await run('extract', SEED, MD, '--json');
    expect(r.code).toBe(0);
    const { document, files } = JSON.parse(r.out);
    expect(validateDocument(document)).toMatchObject({ ok: true });
    expect(document.sources.map((s: { id: string }) => s.id)).toEqual(['s1', 's2']);
    expect(document.sources[1].title).toBe('Kenya reopens embassy road after bombing');
    // No --published: each file keeps what was detected in it, the plain text nothing, the Markdown its dateline.
    expect(document.sources.map((s: { published: string | null }) => s.published)).toEqual([null, '1998-08-14']);
    expect(files.map((f: { file: string; sourceId: string }) => [f.file, f.sourceId])).toEqual([
      [SEED, 's1'],
      [MD, 's2'],
    ]);
    const fromSecond = document.events.filter((e: { evidence: { sourceId: string }[] }) => e.evidence[0].sourceId === 's2');
    expect(fromSecond.length).toBeGreaterThan(0);
  });

  it('prints each file as its own section, and fails naming a file that cannot be read', async () => {
    const r = await run('extract', SEED, MD);
    expect(r.out).toMatch(/== .*article\.txt \(source s1\)/);
    expect(r.out).toMatch(/== .*article\.md \(source s2\)\nKenya reopens embassy road/);
    const bad = await run('extract', SEED, '/nonexistent/gone.txt', '--json');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/gone\.txt/);
    expect(bad.out).toBe('');
  });
});

describe('usage', () => {
  it('unknown commands and options are usage errors', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('extract', SEED, '--bogus')).err).toMatch(/Unknown option '--bogus'/);
    expect((await run()).code).toBe(2);
    const noValue = await run('extract', SEED, '--published');
    expect(noValue.code).toBe(2);
    expect(noValue.err).toMatch(/--published <value>' argument missing/);
    expect((await run('extract', SEED, '--json=yes')).err).toMatch(/'--json' does not take an argument/);
    expect((await run('extract', '--json')).err).toMatch(/extract needs at least one FILE/);
    const help = await run('help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/newsline extract FILE/);
  });
});
