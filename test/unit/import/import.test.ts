import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes, importFile, importerFor } from '../../../main/import/index';
import { firstInvalidUtf8 } from '../../../main/import/input-checks';
import { isChrome, structureBlocks, textBlocks } from '../../../main/import/structure';
import { makeDocx } from '../../fixtures/import/make-docx';

const FIX = join(__dirname, '../../fixtures/import');
const SEED = join(__dirname, '../../../data/tass-2024-05-15-taliban');

async function ok(name: string, bytes: Buffer, published?: string) {
  const r = await importBytes(name, bytes, { published });
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('plain text structure', () => {
  it('finds the seed article’s parts as the curated document has them', async () => {
    const r = await importFile(join(SEED, 'article.txt'), { published: '2024-05-15' });
    if (!r.ok) throw new Error(r.message);
    const curated = JSON.parse(readFileSync(join(SEED, 'document.json'), 'utf8'));
    expect(r.document.sources[0].paragraphs).toEqual(curated.sources[0].paragraphs);
    expect(r.document.sources[0].title).toBe(curated.sources[0].title);
    expect(r.document.sources[0].dateline).toBe('NEW DELHI, May 15');
  });

  it('splits on single line breaks when a text has no blank lines', () => {
    expect(textBlocks('Title\nFirst paragraph.\nSecond one.')).toEqual(['Title', 'First paragraph.', 'Second one.']);
  });

  it('recognises page chrome', () => {
    for (const t of ['All news', 'Share this article', 'Read more', 'Advertisement', '© 2024 Example Media']) expect(isChrome(t)).toBe(true);
    expect(isChrome('All news organisations reported the attack.')).toBe(false);
  });

  it('takes a dateline year as the publication date', () => {
    const s = structureBlocks(['Headline here', 'MOSCOW, October 3, 2023 (Reuters) - Talks began.'], { fallbackTitle: 'x' });
    expect(s.datelinePublished).toBe('2023-10-03');
    expect(s.paragraphs.map((p) => p.role)).toEqual(['title', 'dateline']);
  });
});

describe('markdown', () => {
  it('strips markup and finds title, standfirst, byline, dateline and chrome', async () => {
    const r = await ok('article.md', readFileSync(join(FIX, 'article.md')));
    const roles = r.document.sources[0].paragraphs.map((p) => [p.role, p.text.slice(0, 20)]);
    expect(roles).toEqual([
      ['chrome', 'Home | World'],
      ['title', 'Kenya reopens embass'],
      ['standfirst', 'Traffic returns to H'],
      ['chrome', 'By Jane Doe'],
      ['dateline', 'NAIROBI, Aug. 14, 19'],
      ['body', 'The embassy itself w'],
      ['chrome', 'Share this article'],
    ]);
    expect(r.document.sources[0].published).toBe('1998-08-14');
    expect(r.publishedSource).toBe('the dateline (“NAIROBI, Aug. 14, 1998”)');
    expect(r.document.events.map((e) => e.date.start)).toContain('1998-08-14');
  });
});

describe('HTML', () => {
  it('takes the article with Readability, never runs scripts, and reads article:published_time first', async () => {
    const r = await ok('page.html', readFileSync(join(FIX, 'page.html')));
    expect((globalThis as Record<string, unknown>).__newslineScriptRan).toBeUndefined();
    expect(r.document.sources[0].title).toBe('Taliban enter Kabul');
    expect(r.document.sources[0].published).toBe('2021-08-16');
    expect(r.publishedSource).toBe('article:published_time');
    expect(r.document.sources[0].url).toBe('https://news.example/kabul');
    expect(r.warnings).toContainEqual({ code: 'scripts-removed', count: 2 });
    const texts = r.document.sources[0].paragraphs.map((p) => p.text);
    expect(texts.some((t) => /HACKED|__newsline/.test(t))).toBe(false);
    expect(r.document.sources[0].paragraphs.find((p) => p.role === 'dateline')?.text).toMatch(/^KABUL, Aug\. 16/);
    const kabul = r.document.events.find((e) => /Kabul/.test(e.title));
    expect(kabul?.date.start).toBe('2021-08-15');
  });

  it('falls back to JSON-LD datePublished, then to <time>', async () => {
    const a = await ok('page-jsonld.html', readFileSync(join(FIX, 'page-jsonld.html')));
    expect(a.document.sources[0].published).toBe('2023-03-02');
    expect(a.publishedSource).toBe('JSON-LD datePublished');
    expect(a.document.events.find((e) => /approved the budget/.test(e.title))?.date.start).toBe('2023-03-01');
    const b = await ok('page-time.html', readFileSync(join(FIX, 'page-time.html')));
    expect(b.document.sources[0].published).toBe('2019-06-03');
    expect(b.publishedSource).toBe('<time>');
  });

  it('a given publication date overrides the page', async () => {
    const r = await ok('page.html', readFileSync(join(FIX, 'page.html')), '2021-08-20');
    expect(r.document.sources[0].published).toBe('2021-08-20');
  });
});

describe('docx', () => {
  it('reads paragraphs through mammoth', async () => {
    const bytes = makeDocx(['Ghani leaves Kabul', 'KABUL, Aug. 15, 2021 (AP) - President Ashraf Ghani left the country on Sunday.', 'He later said he had left to avoid bloodshed.']);
    const r = await ok('story.docx', bytes);
    expect(r.document.sources[0].title).toBe('Ghani leaves Kabul');
    expect(r.document.sources[0].published).toBe('2021-08-15');
    expect(r.document.events[0].date.start).toBe('2021-08-15');
  });

  it('rejects a .docx that is not a ZIP package', async () => {
    const r = await importBytes('fake.docx', Buffer.from('just text'));
    expect(r).toEqual({ ok: false, file: 'fake.docx', message: 'fake.docx: this is not a Word document (.docx): it is not a ZIP package' });
  });
});

describe('bad input gets a clear message naming the file', () => {
  const bad = async (name: string, bytes: Buffer) => {
    const r = await importBytes(name, bytes);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.message;
  };

  it('empty', async () => expect(await bad('empty.txt', Buffer.alloc(0))).toBe('empty.txt: the file is empty'));
  it('only blank space', async () => expect(await bad('blank.md', Buffer.from('  \n\n \t'))).toBe('blank.md: the file has no text (only blank space)'));
  it('binary', async () => {
    expect(await bad('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('photo.txt: this is a binary file (a PNG image), not text');
    expect(await bad('data.txt', Buffer.from('abc\u0000def'))).toMatch(/^data\.txt: this is a binary file, not text/);
  });
  it('invalid UTF-8, with where', async () => {
    const msg = await bad('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    expect(msg).toBe('latin1.txt: the file is not valid UTF-8 text (invalid byte 0xe9 at offset 3); save it as UTF-8');
  });
  it('UTF-16', async () => expect(await bad('wide.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toMatch(/UTF-16/));
  it('unsupported type', async () => expect(await bad('slides.pptx', Buffer.from('x'))).toMatch(/^slides\.pptx: files of type "\.pptx" cannot be opened/));
  it('over the size limit, checked before reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-import-'));
    const big = join(dir, 'huge.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 21 * 1024 * 1024);
    closeSync(fd);
    const r = await importFile(big);
    expect(r).toEqual({ ok: false, file: 'huge.txt', message: 'huge.txt: the file is 21 MB, over the 1 MB limit for an article' });
  });
  it('a missing file and a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-import-'));
    expect(await importFile(join(dir, 'gone.txt'))).toMatchObject({ ok: false, message: 'gone.txt: the file does not exist' });
    writeFileSync(join(dir, 'x.txt'), 'x');
    expect(await importFile(dir)).toMatchObject({ ok: false, message: expect.stringMatching(/this is a folder/) });
  });
  it('UTF-8 validation finds the first bad byte', () => {
    expect(firstInvalidUtf8(Buffer.from('naïve ✓ 😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
  });
  it('has an importer per supported type', () => {
    expect(importerFor('a.HTM')?.name).toBe('html');
    expect(importerFor('a.markdown')?.name).toBe('markdown');
    expect(importerFor('a.pdf')).toBeUndefined();
  });
});
