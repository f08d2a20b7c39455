import { describe, expect, it } from 'vitest';
import { kindAdjective } from '../../../shared/extract/rules/sets';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 52 (s52): a frequency word that only names a kind of thing after an ordinal ("a third weekly market"), and a
// habit inside what a dated telling reports, leave the telling an event on its own day. Every sentence here was
// written for this test.

const kindAt = (text: string, word: string) => kindAdjective(text, text.indexOf(word), text.indexOf(word) + word.length);

describe('a frequency word after a determiner and an ordinal', () => {
  it('names a kind of thing, as it does straight after the determiner', () => {
    expect(kindAt('The town will open a third weekly market in the square.', 'weekly')).toBe(true);
    expect(kindAt('The paper began its first monthly supplement in spring.', 'monthly')).toBe(true);
  });

  it('is still a habit with no determiner before it', () => {
    expect(kindAt('The third boat sailed weekly to the island.', 'weekly')).toBe(false);
  });

  it('leaves a dated telling about such a thing an event on its day', () => {
    const texts = ['The bakery changed hands in the spring.', 'Its new owner, Petra Valcourt, said on Tuesday that she meant to start a second nightly bread round in the town.'];
    expect(shortestAt('2017-03-10', texts, 'Petra Valcourt, said').date.start).toBe('2017-03-07');
  });
});

describe('a habit inside what a dated telling reports', () => {
  it('leaves the telling an event on the day it was told', () => {
    const texts = ['The marina opened its new pontoon in April.', 'The harbourmaster said on Monday that the number of yachts moored each week had doubled.'];
    expect(shortestAt('2016-08-12', texts, 'harbourmaster said').date.start).toBe('2016-08-08');
  });

  it('still drops a habit told with no telling before its date', () => {
    const texts = ['The marina opened its new pontoon in April.', 'Yachts moored there every week on Monday and left on Friday.'];
    const all = events('2016-08-12', ...texts);
    expect(all.some((e) => quoteOf(e, texts).includes('Yachts moored') && e.date.start === '2016-08-08')).toBe(false);
  });
});
