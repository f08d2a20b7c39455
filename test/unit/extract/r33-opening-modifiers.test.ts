import { describe, expect, it } from 'vitest';
import { happeningOf } from '../../../shared/extract/tense';
import { events, quoteOf } from './event-lookup';

// Round 33 (d33): a capitalised -ed word opening a sentence before a noun ("Bottled water", "Reported cases") modifies
// the noun; it is no verb in the past, so a clause it opens is not cut before a later "and … will". Every sentence
// here was written for this test (none comes from an eval set or a probe).

describe('a sentence opening on an -ed modifier', () => {
  it('is not read as a happening told in the past', () => {
    expect(happeningOf('Salted roads near the bridge')).toBeNull();
    expect(happeningOf('Licensed traders in the covered market')).toBeNull();
  });

  it('an opening verb before its object or a preposition is still the past', () => {
    expect(happeningOf('Walked to the harbour at dawn')).toBe('past');
    expect(happeningOf('Police arrested a man')).toBe('past');
  });

  const whole = (published: string, text: string, words: string) => {
    const found = events(published, text).filter((e) => quoteOf(e, [text]).includes(words));
    expect(found.length).toBeGreaterThan(0);
    return found;
  };

  it('"Bottled water points at X and Y will close tomorrow" is one clause, dated tomorrow', () => {
    const text = 'Bottled water points at the library and the leisure centre will close at noon tomorrow.';
    const found = whole('2016-02-09', text, 'Bottled water points');
    expect(found.every((e) => e.date.start === '2016-02-10')).toBe(true);
  });

  it('"Licensed stalls in A and B will reopen on Friday"', () => {
    const text = 'Licensed stalls in the square and the arcade will reopen on Friday.';
    const found = whole('2016-02-09', text, 'Licensed stalls');
    expect(found.every((e) => e.date.start === '2016-02-12')).toBe(true);
  });

  it('"Gritted routes on the hill and the ring road will be cleared again tonight"', () => {
    const text = 'Gritted routes on the hill and the ring road will be cleared again tonight.';
    const found = whole('2016-02-09', text, 'Gritted routes');
    expect(found.every((e) => e.date.start === '2016-02-09')).toBe(true);
  });
});
