import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseFlattened, readArticle, removeEmbeds, type Doc } from '../../../main/import/html';

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
  'hidden and unlikely parts': `<html><body><div class="comments"><p>${'A comment with words. '.repeat(10)}</p></div><div style="display:none"><p>Hidden text here.</p></div><div class="content"><p>Short real text, on May 5.</p></div></body></html>`,
};

describe('the article of a page, without the page-long strings', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`is the article Readability gives: ${name}`, () => {
      expect(summary(ours(html))).toEqual(summary(stock(html)));
    });
  }

  it('leaves the body as it was, with its own markup to read', () => {
    const page = prepared(PAGES['a short article (read again with fewer rules)']);
    readArticle(page, () => prepared(PAGES['a short article (read again with fewer rules)']));
    const body = (page as unknown as { body: { innerHTML: string } }).body;
    expect(Object.getOwnPropertyNames(body)).not.toContain('innerHTML');
    expect(body.innerHTML).not.toContain('newsline');
  });
});
