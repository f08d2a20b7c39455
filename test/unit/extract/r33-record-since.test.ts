import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { quoteOf } from './event-lookup';

// "the boldest step we've taken since the first tablet" measures against the last time, as "its first win since May"
// does: no state has lasted from a happening up to now. Round 33 read "we've" as a present perfect, so such a
// sentence began to run a stretch from whatever happening the text had told with the same noun. Every sentence here
// was written for this test.

const PUB = '2024-06-12';

function eventsOf(...texts: string[]) {
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i + 1}`, role: 'body', text }) as Paragraph);
  return extractEvents(paragraphs, { published: PUB }).map((e) => ({ title: e.title, quote: quoteOf(e, texts), date: e.date }));
}

describe('a record "since" a named happening is no stretch from it', () => {
  it.each([
    ['The tablet was hailed by its designer as "the boldest step we\'ve taken since the first tablet."', 'hailed'],
    ['Reviewers called it the fastest tablet they have tested since the original tablet.', 'Reviewers called'],
    ['It is the best-selling tablet the firm has made since the first tablet, its sales chief said.', 'best-selling'],
  ])('“%s”', (text, words) => {
    const all = eventsOf('The company unveiled its new tablet on Monday in a packed hall in Lisbon.', text);
    const e = all.find((x) => x.quote.includes(words));
    expect(e, words).toBeDefined();
    expect(e!.date.rule ?? '', e!.title).not.toMatch(/since-happening/);
  });
  it('a state lasting since a happening told earlier still runs from it to publication', () => {
    const all = eventsOf('The council closed the town\'s only pool on March 3 after cracks were found.', 'The building has stood empty ever since the closure.');
    const e = all.find((x) => x.quote.includes('stood empty'))!;
    expect(e.date).toMatchObject({ start: '2024-03-03', end: PUB });
  });
});
