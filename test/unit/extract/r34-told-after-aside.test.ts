import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';

// "The pier, which was built in 1890, will be demolished in May, the council said on Monday": what was told opens
// on its verb after an aside set off after its subject, and the telling closes the sentence. The telling's title
// said who told and then the verb with no subject ("Council said will be demolished"); it now names what was told
// ("Council said the old pier will be demolished"). Every sentence here was written for this test.

const PUB = '2024-03-14';

function eventsOf(text: string) {
  const paragraphs: Paragraph[] = [{ id: 'p1', role: 'body', text } as Paragraph];
  return extractEvents(paragraphs, { published: PUB }).map((e) => ({ title: e.title, start: e.date.start, rule: e.date.rule }));
}

describe('a telling after what it told, whose subject stands before an aside', () => {
  it.each([
    ['The old pier, which was built in 1890, will be demolished in May, the council said on Monday.', 'Council said the old pier will be demolished', '2024-03-11'],
    ['The results, which had been due a week earlier, were put back on Monday, the company said on Tuesday.', 'Company said the results were put back', '2024-03-12'],
    ['Two fishermen, who had been missing since Friday, were found alive on Sunday, the coastguard said on Monday.', 'Coastguard said two fishermen were found alive', '2024-03-11'],
    ['The night ferry, which has run since 1974, will stop in June, the operator announced on Wednesday.', 'Operator announced the night ferry will stop', '2024-03-13'],
  ])('“%s”', (text, title, day) => {
    const all = eventsOf(text);
    const telling = all.find((e) => (e.rule ?? '').endsWith('/telling'));
    expect(telling, all.map((e) => e.title).join(' | ')).toBeDefined();
    expect(telling!.title).toBe(title);
    expect(telling!.start).toBe(day);
  });

  it('a telling set off inside what it told, or closing it, is never left in the title', () => {
    for (const text of [
      'The repairs, she said, began when the old roof fell in during 1994.',
      'The lifeboat will be retired in June, the station announced on Wednesday.',
      'Ticket sales rose 8 percent in May, the club said on Friday.',
    ]) {
      for (const e of eventsOf(text)) expect(e.title, text).not.toMatch(/(?:she said|announced|said)\s*$|\b(?:station announced|club said)\b.*\b(?:station announced|club said)\b/);
    }
  });

  it.each([
    ["HARLOW BAY - Tenants who lost power in last month's storm now have until March 29 to claim a refund, the housing board announced today.", /^Housing board announced tenants have a deadline(?: to claim a refund)?$/i],
    ["OSTBY - Farmers who lost hay in last week's flood now have until May 2 to ask for help, the county announced today.", /^County announced farmers have a deadline to ask for help$/i],
  ])('a dateline left at the head of the sentence is no part of what was told: “%s”', (text, title) => {
    const telling = eventsOf(text).find((e) => (e.rule ?? '').endsWith('/telling'));
    expect(telling?.title).toMatch(title);
  });

  it('a told clause with its own subject after the aside is told as it is', () => {
    const all = eventsOf('Last year, which was the wettest on record, the river rose twice, the agency said on Monday.');
    for (const e of all) expect(e.title).not.toMatch(/said (?:the )?last year/i);
  });
});
