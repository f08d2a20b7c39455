import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 29 (m29): families from the MEANTIME dev set's "dates written in the text" slice and its reported speech.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a telling opened by a dated occasion ("In a March 3 interview, the mayor said …") is of that day', () => {
  it('"that" after the telling: the telling is the occasion\'s day, not "before publication"', () => {
    const texts = ['In a March 3 interview, Mayor Jane Cole said that the old pier would be closed for repairs.'];
    const e = shortestAt('2015-04-20', texts, 'said');
    expect([e.date.start, e.date.mod]).toEqual(['2015-03-03', undefined]);
  });

  it('no "that", a past told clause, and a speaking occasion other than an interview', () => {
    const texts = ['At a May 12 news conference, Chief Ray Hall said the blaze had started in a storeroom.'];
    const e = shortestAt('2015-06-01', texts, 'Ray Hall said');
    expect([e.date.start, e.date.mod]).toEqual(['2015-05-12', undefined]);
  });

  it('one event, with no title taking in the occasion\'s words', () => {
    const texts = ['In her June 9 letter, Head Teacher Ann Lee wrote that the school would reopen.'];
    const all = events('2015-07-01', ...texts);
    expect(all.every((e) => !/\bIn\s+(?:her|a)\s+letter\b/i.test(e.title))).toBe(true);
    expect(all.filter((e) => quoteOf(e, texts).includes('wrote')).every((e) => e.date.start === '2015-06-09' && !e.date.mod)).toBe(true);
  });

  it('not when a happening with a verb stands between the date and the teller', () => {
    // "police arrested two men" is a clause of its own: the telling after it keeps its own placing.
    const texts = ['On March 3 police arrested two men near the harbour, the newspaper said.'];
    const e = shortestAt('2015-04-20', texts, 'the newspaper said');
    expect(e.date.mod).toBe('before');
  });
});
