import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { quoteOf } from './event-lookup';

// "X said on Friday that its visitors from the United Kingdom rose …": the "that" after a saying verb opens what was
// said. Round 33 (a33) let a relative "that" have a subject of its own ("a ban that the water board imposed on April
// 2 was lifted …"); a capitalised name ending in -ed ("United") then passed for that subject's verb, and the sentence
// was cut after the first date into fragments ("Trust said on Friday compared with the same month"). Every sentence
// here was written for this test.

const PUB = '2024-09-10';

function eventsOf(text: string) {
  const paragraphs: Paragraph[] = [{ id: 'p1', role: 'body', text } as Paragraph];
  return extractEvents(paragraphs, { published: PUB }).map((e) => ({ title: e.title, quote: quoteOf(e, [text]), date: e.date }));
}

describe('"said on <day> that" opens what was said, not a relative clause', () => {
  it.each([
    ['The trust said on Friday that its visitors from the United Kingdom rose 12% in August compared with the same month last year.', '2024-09-06', 'Trust said', '2024-08'],
    ['The airline told investors on Monday that its flights to the United States grew 9% in July against the same month last year.', '2024-09-09', 'Airline told', '2024-07'],
    ['The council says this week that its tenants in Red Deer Street complained in June about the works started last year.', null, 'Council says', '2024-06'],
  ])('“%s”', (text, tellingDay, tellingTitle, toldMonth) => {
    const all = eventsOf(text);
    const telling = all.find((e) => e.title.startsWith(tellingTitle));
    expect(telling, 'the telling').toBeDefined();
    if (tellingDay) expect(telling!.date.start).toBe(tellingDay);
    expect(all.some((e) => e.date.start === toldMonth), 'what was told, in its month').toBe(true);
    // No event is titled by the telling's words glued to the words after the told clause.
    for (const e of all) expect(e.title, e.title).not.toMatch(/(?:said|told|says)\s+(?:on\s+\w+day|this week)\b/);
    expect(all.some((e) => /said|told|says/.test(e.title) && /United|Red Deer/.test(e.title) && !/its|their/.test(e.title))).toBe(false);
  });
  it('a relative "that" with a subject of its own still splits its clause', () => {
    const all = eventsOf('A ban that the water board imposed on April 2 was lifted on July 12.');
    expect(all.map((e) => e.date.start).sort()).toEqual(['2024-04-02', '2024-07-12']);
  });
});
