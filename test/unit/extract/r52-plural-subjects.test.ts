import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 52 (r52): one list of the plural subjects that end in no -s (PLURAL_SUBJECT_WORDS, lexicon.ts), read both by
// "report that" as a telling and by a bare past after an aside (undated-clauses.ts): the aside rule now takes "staff"
// as "report that" did. Every sentence here was written for this test.

const PUB = '2024-03-08'; // a Friday
const at = (text: string, words: string) => events(PUB, text).filter((e) => quoteOf(e, [text]).includes(words));

describe('plural subjects with no -s, one list', () => {
  it('"The staff, who …, cut …": a plural noun with no -s leaves a bare verb after the aside unread as past', () => {
    expect(at('The staff, who joined the mill in 1987, cut the cake for the visitors.', 'cut the cake')).toHaveLength(0);
    // As the singular noun did and does.
    expect(at('The foreman, who joined the mill in 1987, cut the cake for the visitors.', 'cut the cake')).toHaveLength(1);
  });

  it('"Staff report that … on Tuesday" is still a telling as of publication', () => {
    const texts = ['Staff report that the canal gate jammed on Tuesday.'];
    const all = events(PUB, ...texts);
    expect(all.find((e) => quoteOf(e, texts).includes('the canal gate jammed'))?.date.start).toBe('2024-03-05');
    expect(all.some((e) => quoteOf(e, texts).startsWith('Staff report') && e.date.start === PUB)).toBe(true);
  });
});
