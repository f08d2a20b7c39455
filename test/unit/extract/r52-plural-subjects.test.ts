import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 52 (r52): one list of the subjects a bare present agrees with though they end in no plural -s
// (PLURAL_SUBJECT_WORDS, lexicon.ts), read both by "report that" as a telling and by a bare past after an aside.
// "report that" now takes the pronouns and determiners the aside rule took ("Those report that …"), and the aside rule
// takes "staff" as "report that" did. Every sentence here was written for this test.

const PUB = '2024-03-08'; // a Friday
const at = (text: string, words: string) => events(PUB, text).filter((e) => quoteOf(e, [text]).includes(words));

describe('the subjects a bare present agrees with, one list', () => {
  it('"Those report that … on Tuesday": a telling as of publication, what it tells on its own day', () => {
    const texts = ['Of the farmers asked, those report that the canal gate jammed on Tuesday.'];
    expect(shortestAt(PUB, texts, 'the canal gate jammed on Tuesday').date.start).toBe('2024-03-05');
    expect(shortestAt(PUB, texts, 'those report').date.start).toBe('2024-03-08');
  });

  it('"The staff, who …, cut …": a plural noun with no -s leaves a bare verb after the aside unread as past', () => {
    expect(at('The staff, who joined the mill in 1987, cut the cake for the visitors.', 'cut the cake')).toHaveLength(0);
    // As the singular noun did and does.
    expect(at('The foreman, who joined the mill in 1987, cut the cake for the visitors.', 'cut the cake')).toHaveLength(1);
  });
});
