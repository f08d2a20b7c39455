import { Readability } from '@mozilla/readability';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomNode } from '../../../main/import/dom-nodes';
import { blocksOf, innerTextLength, parseFlattened, readArticle, readHtml, removeEmbeds, type Doc } from '../../../main/import/html';

// readArticle leaves two page-long strings of Readability's unmade (the body's markup it keeps to start over
// from, and the article's whole text); the article must be the one Readability gives, including on pages where
// a first reading finds too little text and it starts over from that markup.

const prepared = (html: string): Doc => {
  const { document } = parseFlattened(html);
  removeEmbeds(document);
  return document;
};
type El = { toString(): string; textContent: string };
const stock = (html: string) => new Readability<El>(prepared(html) as never, { serializer: (el) => el as unknown as El }).parse();
const ours = (html: string) => readArticle(prepared(html), () => prepared(html));
const summary = (a: ReturnType<typeof stock> | ReturnType<typeof ours>) =>
  a && { title: a.title, byline: a.byline, siteName: a.siteName, excerpt: a.excerpt, dir: a.dir, lang: a.lang, content: String(a.content), text: (a.content as unknown as El).textContent };

const para = (i: number) => `<p>Paragraph ${i} of the report, which tells of what happened in the city on May ${i % 28 + 1}, 2021, at some length, with commas, and more words.</p>`;
const PAGES: Record<string, string> = {
  'a long article': `<html><head><title>Report | Site</title></head><body><nav class="menu"><a href="/">Home</a></nav><article><h1>Report</h1><div class="byline">By A. Writer</div>${Array.from({ length: 40 }, (_, i) => para(i)).join('')}</article><aside class="sidebar"><p>Related: other news.</p></aside></body></html>`,
  'a short article (read again with fewer rules)': `<html><head><title>Short</title></head><body><div class="sidebar comment"><p>Kabul fell on August 15, 2021.</p></div><div class="footer">More</div></body></html>`,
  'a page with nearly no text': '<html><body><div><span>x</span></div></body></html>',
 'bylines: named by rel, by itemprop, by class; too long; empty': `<html><body><article><h1>T</h1><a rel="author" href="/w">   </a><span itemprop="author"><span itemprop="name">Jo Reporter</span></span><div class="author">${'A very long line naming many people. '.repeat(4)}</div>${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</article></body></html>`,
  'a byline too long to be one, then none': `<html><body><div class="byline">${'Written by a great many hands. '.repeat(5)}</div><article>${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</article></body></html>`,
  'hidden and unlikely parts': `<html><body><div class="comments"><p>${'A comment with words. '.repeat(10)}</p></div><div style="display:none"><p>Hidden text here.</p></div><div class="content"><p>Short real text, on May 5.</p></div></body></html>`,
};

describe('the article of a page, without the page-long strings', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`is the article Readability gives: ${name}`, () => {
      expect(summary(ours(html))).toEqual(summary(stock(html)));
    });
  }

  it('hands back the article with its own markup to read', () => {
    const a = ours(PAGES['a long article']) as unknown as { content: { innerHTML: string } };
    expect(Object.getOwnPropertyNames(a.content)).not.toContain('innerHTML');
    expect(a.content.innerHTML).toBe((stock(PAGES['a long article']) as unknown as { content: { innerHTML: string } }).content.innerHTML);
    expect(a.content.innerHTML).toContain('Paragraph 39 of the report');
  });

  it('leaves the body as it was, with its own markup to read', () => {
    const page = prepared(PAGES['a short article (read again with fewer rules)']);
    readArticle(page, () => prepared(PAGES['a short article (read again with fewer rules)']));
    const body = (page as unknown as { body: { innerHTML: string } }).body;
    expect(Object.getOwnPropertyNames(body)).not.toContain('innerHTML');
    expect(body.innerHTML).not.toContain('newsline');
  });
});

// Readability's inner texts that are only measured are counted, not made (readerFor): the count must be the
// length of the text Readability would make, on any text, and the article the same on pages where link and
// text densities decide what stays.
const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u000b', '\u000c'];
const word = fc.constantFrom('May', '5,', 'Kabul', 'café', '“quoted”', 'x', '2021.', '&amp;', '&nbsp;', '—', '😀');
const run = fc.array(fc.oneof(word, fc.constantFrom(...SPACES)), { maxLength: 8 }).map((xs) => xs.join(''));
const inline: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    run,
    run.map((t) => `<!-- ${t.replace(/-/g, '')} -->`),
    fc.tuple(fc.constantFrom('a href="#x"', 'a href="/page"', 'a', 'span', 'b', 'p', 'li', 'div', 'td', 'svg'), fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, kids]) => `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`,
    ),
  ),
})).node;

describe('the length of an inner text, counted without the text', () => {
  it('is the length of Readability\'s inner text on any element', () => {
    fc.assert(
      fc.property(fc.array(inline, { maxLength: 6 }), (kids) => {
        const page = prepared(`<html><body><div id="t">${kids.join('')}</div></body></html>`);
        const el = page.querySelector('#t') as unknown as DomNode & { textContent: string };
        expect(innerTextLength(el)).toBe(el.textContent.trim().replace(/\s{2,}/g, ' ').length);
        for (const inner of Array.from(page.querySelectorAll('#t *')) as unknown as (DomNode & { textContent: string })[]) {
          expect(innerTextLength(inner)).toBe(inner.textContent.trim().replace(/\s{2,}/g, ' ').length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is the article Readability gives on generated pages (links, lists, tables, short and long texts)', () => {
    const block = fc.oneof(
      fc.array(inline, { maxLength: 5 }).map((k) => `<p>${k.join('')}</p>`),
      fc.array(inline, { minLength: 1, maxLength: 4 }).map((k) => `<ul>${k.map((x) => `<li>${x}</li>`).join('')}</ul>`),
      fc.array(inline, { minLength: 1, maxLength: 4 }).map((k) => `<table><tr>${k.map((x) => `<td>${x}</td>`).join('')}</tr></table>`),
      fc.array(inline, { maxLength: 4 }).map((k) => `<div class="related">${k.map((x) => `<a href="/n">${x}</a>`).join('')}</div>`),
      fc.nat(30).map((i) => para(i)),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 14 }), fc.array(block, { maxLength: 3 }), (main, side) => {
        const html = `<html><head><title>T</title></head><body><nav>${side.join('')}</nav><article><h1>T</h1>${main.join('\n')}</article><aside>${side.join('')}</aside></body></html>`;
        expect(summary(ours(html))).toEqual(summary(stock(html)));
      }),
      { numRuns: 150 },
    );
  });
});

// What the importer makes of a page (readHtml's paragraphs, byline and site) must be what it made with stock
// Readability, the page parsed and cleaned the same way: every step taken to hold less (the strings left unmade,
// the page read again from its cut markup) changes memory, never the article.
const FIX = join(__dirname, '../../fixtures/import');
const seed = readFileSync(join(__dirname, '../../../data/tass-2024-05-15-taliban/article.txt'), 'utf8').split(/\n\s*\n/);
const REAL: Record<string, string> = {
  'page.html': readFileSync(join(FIX, 'page.html'), 'utf8'),
  'page-jsonld.html': readFileSync(join(FIX, 'page-jsonld.html'), 'utf8'),
  'page-time.html': readFileSync(join(FIX, 'page-time.html'), 'utf8'),
  'a news page with a byline, curly quotes and a sidebar': `<!doctype html><html><head><title>Talks | Site</title><meta property="og:site_name" content="Site"><style>p{}</style></head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article><h1>Talks</h1><p class="byline">By <a rel="author" href="/a">A. Writer</a></p>${seed.map((p) => `<p>${p}</p>`).join('\n')}</article><aside class="related"><ul><li><a href="/1">Other news</a></li></ul></aside><footer>Share this</footer></body></html>`,
  'a page nested past the depth limit': `<html><body>${'<div>'.repeat(150)}<p>Kabul fell on August 15, 2021.</p><p>Talks began on May 3.</p>${'</div>'.repeat(150)}</body></html>`,
  'a short page read again with fewer rules': PAGES['a short article (read again with fewer rules)'],
};

describe('a page as the importer reads it', () => {
  for (const [name, html] of Object.entries(REAL)) {
    it(`gives the paragraphs, byline and site stock Readability gives: ${name}`, () => {
      const mine = readHtml(html);
      const article = stock(html);
      const page = prepared(html);
      const content = article?.content as unknown as { firstChild: unknown } | undefined;
      const blocks = content?.firstChild ? blocksOf(content as never) : blocksOf(page.body as never);
      expect(mine.blocks).toEqual(blocks);
      expect(mine.blocks.length).toBeGreaterThan(0);
      expect(mine.byline).toBe(article?.byline ?? undefined);
      expect(mine.siteName).toBe(article?.siteName ?? undefined);
    });
  }
});
