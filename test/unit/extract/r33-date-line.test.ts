import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { quoteOf } from './event-lookup';

// A line at the head of an article that only labels its day ("Published: 3 June", "Tuesday 14 March") is no
// happening: it must not become an event titled "Published". An importer marks such a line as page chrome when it
// writes its year; without a year it reaches the extractor as body text. Every sentence here was written for this test.

function eventsOf(published: string | null, ...texts: string[]) {
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i + 1}`, role: 'body', text }) as Paragraph);
  return extractEvents(paragraphs, { published }).map((e) => ({ title: e.title, quote: quoteOf(e, texts), date: e.date }));
}

describe('a date line at the head gives no event', () => {
  it.each([
    ['Published: 3 June'],
    ['Posted on Oct. 9'],
    ['Tuesday 14 March'],
    ['Updated: 21st of August'],
  ])('“%s” is no event, with or without a publication date', (line) => {
    const body = 'The ferry company cancelled its evening sailings on Monday after the engine of its only boat failed in 2019.';
    for (const published of [null, '2024-06-05']) {
      const all = eventsOf(published, line, body);
      expect(all.some((e) => e.quote.includes(line.slice(0, 6))), `${line} (${published})`).toBe(false);
      expect(all.some((e) => e.quote.includes('cancelled its evening sailings')), `${line} (${published})`).toBe(true);
    }
  });
  it('a short first paragraph that tells something on a day is still an event', () => {
    const all = eventsOf('2024-06-05', 'Fire crews were called on 3 June.', 'The blaze was put out within an hour.');
    expect(all.some((e) => e.quote.includes('Fire crews were called'))).toBe(true);
  });
});
