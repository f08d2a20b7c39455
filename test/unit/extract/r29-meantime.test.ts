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

describe('a present or future main verb bounded by a past "after": placed by its tense', () => {
  // 2015-09-10 is the publication day.
  it('a present state after a past happening holds at publication', () => {
    const texts = ['The new ferry is the second boat of the fleet, after the first was launched in May.'];
    const e = shortestAt('2015-09-10', texts, 'second boat');
    expect([e.date.start, e.date.end, e.date.mod]).toEqual(['2015-09-10', undefined, undefined]);
    // The happening after which it holds keeps its own date.
    expect(shortestAt('2015-09-10', texts, 'first was launched').date.start).toBe('2015-05');
  });

  it('a future after a past bound lies after publication', () => {
    const texts = ['The brewery will shut two of its depots after a heavy loss last year.'];
    const e = shortestAt('2015-09-10', texts, 'will shut two');
    expect([e.date.start, e.date.mod]).toEqual(['2015-09-10', 'after']);
  });

  it('not a past main verb, a modal of a past\'s future, or a bound still ahead', () => {
    expect(shortestAt('2015-09-10', ['The brewery shut two depots after a heavy loss last year.'], 'shut two').date).toMatchObject({ start: '2014', mod: 'after' });
    expect(shortestAt('2015-09-10', ['The brewery would shut two depots after a heavy loss last year.'], 'shut two').date).toMatchObject({ start: '2014', mod: 'after' });
    expect(shortestAt('2015-09-10', ['The brewery will shut two depots after the vote in November.'], 'shut two').date).toMatchObject({ start: '2015-11', mod: 'after' });
  });
});

describe('a plain future told by a closing teller with its day ("X will close the mill, a spokesman said Friday")', () => {
  // 2015-09-12 is a Saturday: "Friday" is 2015-09-11.
  const texts = ['The water board will replace the old pumping station, a spokeswoman said Friday.'];

  it('what is told lies after publication', () => {
    const e = shortestAt('2015-09-12', texts, 'will replace');
    expect([e.date.start, e.date.mod]).toEqual(['2015-09-12', 'after']);
  });

  it('the telling is an event of its own on its day', () => {
    const e = shortestAt('2015-09-12', texts, 'spokeswoman said');
    expect([e.date.start, e.date.mod]).toEqual(['2015-09-11', undefined]);
  });

  it('not a hedged or backshifted future ("would", "could")', () => {
    const e = shortestAt('2015-09-12', ['The water board would replace the old pumping station, a spokeswoman said Friday.'], 'would replace');
    expect(e.date.mod).toBeUndefined();
  });
});
