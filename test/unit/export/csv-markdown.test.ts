import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExport, toCsv } from '../../../main/export/index';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type EventDate, type NewslineDocument } from '../../../shared/document';
import { CSV_COLUMNS, toCsvRecords } from '../../../shared/export/csv';
import { escapeMarkdown, toMarkdown } from '../../../shared/export/markdown';

const SEED: NewslineDocument = JSON.parse(readFileSync(join(__dirname, '../../../data/tass-2024-05-15-taliban/document.json'), 'utf8'));

const TRICKY_TITLES = ['Quotes "inside", and, commas', 'Line one\nline two', 'Талибан взял Кабул', '塔利班 «攻占» 喀布尔', 'עברית, "שורה"\r\nשנייה', '=SUM(A1:A2)'];

function tricky(): NewslineDocument {
  const text = 'He said: "no", then, later\nmore — Кабул, 喀布尔.';
  const dates: EventDate[] = [
    { start: '2021-08-15', basis: 'stated' },
    { start: '2021-04', basis: 'stated' },
    { start: '2021', basis: 'record', note: 'From the record, "quoted"' },
    { start: '197', basis: 'stated' },
    { start: '2021-01-01', end: '2024-05-15', mod: 'before', basis: 'publication' },
    { start: '2023-08-15', yearUncertain: true, mod: 'after', basis: 'publication' },
  ];
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    sources: [{ id: 's1', title: 'Source, "one"', published: '2024-05-15', paragraphs: [{ id: 'p1', role: 'body', text }] }],
    events: TRICKY_TITLES.map((title, i) => ({
      id: `e${i + 1}`,
      title,
      date: dates[i],
      evidence: [{ sourceId: 's1', paragraphId: 'p1', start: 0, end: text.length }],
      origin: 'curated' as const,
      ...(i === 0 ? { note: 'a note, with "quotes"' } : {}),
    })),
  };
}

describe('CSV', () => {
  it('has the listed columns', () => {
    expect(toCsvRecords(SEED)[0]).toEqual(['id', 'title', 'start', 'end', 'precision', 'before/after', 'year uncertain', 'provenance', 'note', 'quote', 'source', 'paragraph id', 'span']);
  });

  it('round-trips through csv-parse with quotes, commas, newlines and non-Latin text', () => {
    const doc = tricky();
    const text = toCsv(doc);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parse(text, { bom: true }) as string[][];
    expect(parsed).toEqual(toCsvRecords(doc));
    expect(parsed.slice(1).map((r) => r[1]).sort()).toEqual([...TRICKY_TITLES].sort());
    expect(parsed.slice(1).every((r) => r[9] === doc.sources[0].paragraphs[0].text)).toBe(true);
  });

  it('writes every precision, before/after and year uncertain', () => {
    const rows = parse(toCsv(tricky()), { bom: true, columns: true }) as Array<Record<(typeof CSV_COLUMNS)[number], string>>;
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.e1).toMatchObject({ start: '2021-08-15', precision: 'day', 'before/after': '', 'year uncertain': 'no', note: 'a note, with "quotes"' });
    expect(byId.e2.precision).toBe('month');
    expect(byId.e3).toMatchObject({ precision: 'year', provenance: 'From the public record. From the record, "quoted"' });
    expect(byId.e4).toMatchObject({ start: '197', precision: 'decade' });
    expect(byId.e5).toMatchObject({ start: '2021-01-01', end: '2024-05-15', 'before/after': 'before', provenance: 'Inferred from the publication date' });
    expect(byId.e6).toMatchObject({ 'before/after': 'after', 'year uncertain': 'yes' });
    expect(byId.e1).toMatchObject({ source: 'Source, "one", 15 May 2024', 'paragraph id': 'p1', span: `0-${tricky().sources[0].paragraphs[0].text.length}` });
  });

  it('several evidence spans give one line each, in the same order', () => {
    const soviet = (parse(toCsv(SEED), { bom: true, columns: true }) as Array<Record<string, string>>).find((r) => r.id === 'soviet-war')!;
    expect(soviet['paragraph id']).toBe('p6\np6');
    expect(soviet.span).toBe('217-269\n36-95');
    expect(soviet.quote.split('\n')).toEqual(['the Soviet Union not only waged a war in Afghanistan', 'fought against the Soviet army and the former Afghan regime']);
  });

  it('takes a filter', () => {
    expect(toCsvRecords(SEED, { filter: (e) => e.date.basis === 'record' }).length - 1).toBe(SEED.events.filter((e) => e.date.basis === 'record').length);
  });
});

describe('Markdown', () => {
  it('is a dated bullet list with quotes and sources', async () => {
    const md = await renderExport(SEED, 'markdown');
    expect(md).toMatch(/^# Afghan Taliban no longer Russia’s enemy — Russian diplomat\n/);
    expect(md).toContain('- **1979–1989**: Soviet war in Afghanistan\n  > “the Soviet Union not only waged a war in Afghanistan”\n');
    expect(md).toMatch(/- \*\*15 Aug 2021\*\*: .*\n {2}> “[^\n]*Kabul/);
    expect(md).toContain('  > — Afghan Taliban no longer Russia’s enemy — Russian diplomat, TASS, 15 May 2024');
    expect(md).toContain('- **by 15 May 2024**: Russia admits');
    expect(toMarkdown(tricky())).toContain('(year uncertain)');
  });
  it('escapes text so it cannot become markup, links or HTML', () => {
    expect(escapeMarkdown('<script>alert(1)</script> [x](javascript:y) *b* # h')).toBe('\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) \\*b\\* \\# h');
    expect(escapeMarkdown('- not a list\nnext line')).toBe('\\- not a list next line');
    const doc = tricky();
    doc.events[0].title = '<img src=x onerror=alert(1)>';
    expect(toMarkdown(doc)).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(toMarkdown(doc)).not.toMatch(/(^|[^\\])<img/);
  });
});
