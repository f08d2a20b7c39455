import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 52 (a52): a fixture's or a journey's verb joined by "and" to a plural subject's present "are" or "have" ("The
// Otters are fourth in the league and host the Plovers on Friday") is present too, since its past would be spelt
// differently, so the weekday is still to come. Every sentence here was written for this test.

const day = (published: string, text: string, words: string) => events(published, text).find((e) => quoteOf(e, [text]).includes(words))?.date.start;

describe('a fixture joined to a plural subject\'s present state', () => {
  it('is the coming weekday after a capitalised plural', () => {
    // 2021-06-07 is a Monday.
    expect(day('2021-06-07', 'The Otters are fourth in the league and host the Plovers on Friday.', 'Otters')).toBe('2021-06-11');
  });

  it('is the coming weekday after "They have"', () => {
    expect(day('2021-06-07', 'They have two injured forwards and travel to Ferrandy on Thursday.', 'injured forwards')).toBe('2021-06-10');
  });

  it('not after a past state', () => {
    expect(day('2021-06-07', 'The Otters were fourth in the league and played the Plovers on Friday.', 'Otters')).toBe('2021-06-04');
  });
});
