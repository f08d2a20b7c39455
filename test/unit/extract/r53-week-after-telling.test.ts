import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 53 (c53): "the following week" after the text has gone back to a year told alone counts within that year, not
// from a day that only dated a telling in an earlier paragraph (as "a week later" already did); a day of the story
// itself still anchors it. Every sentence here was written for this test.

const shortest = (pub: string, texts: string[], words: string) => {
  const found = events(pub, ...texts).filter((e) => texts.some((_, i) => e.evidence[0].paragraphId === `p${i + 1}`) && quoteOf(e, texts).includes(words));
  return found.sort((a, b) => quoteOf(a, texts).length - quoteOf(b, texts).length)[0];
};

describe('"the following week" after a telling day and an older year', () => {
  const texts = [
    'The trustees said on Wednesday evening that the bathing pool at Corvey Point would open again this summer.',
    'The pool was dug by hand in 1922 and was filled every June until 1954, when a storm cracked its seaward wall. No swimmer was hurt, but the borough closed the pool the following week.',
  ];

  it('is in the year the story went back to', () => {
    const e = shortest('1979-03-16', texts, 'closed the pool the following week');
    expect(e.date.start).toBe('1954');
    expect(e.date.end ?? null).toBeNull();
  });
});

describe('"the following week" after a day of the story', () => {
  const texts = ['The mayor cut the ribbon at the pool on Wednesday. The pool was first dug in 1922. The following week the diving boards were bolted down.'];

  it('still counts from that day', () => {
    const e = shortest('1979-03-16', texts, 'diving boards');
    expect(e.date).toMatchObject({ start: '1979-03-19', end: '1979-03-25' });
  });
});
