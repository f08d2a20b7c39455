import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (c54): "until" before a happening with its own date ("until her death in 1981", "until the mill shut in
// 1972") ends what the clause tells at that happening, and says nothing of where it began: the clause before in the
// sentence is no start for it. Only a "from" pointing back ("from its first day") makes it a stretch. Every sentence
// here was written for this test.

describe('"until <happening> in <year>" after a dated clause in the same sentence', () => {
  it('a noun for the happening ("until her death in") is that year, not a stretch from the clause before', () => {
    const texts = ['In 1948 the brothers opened a bakery on Kiln Street; their sister kept its books until her death in 1981.'];
    const d = shortestAt('2019-05-01', texts, 'kept its books').date;
    expect(d.start).toBe('1981');
    expect(d.end).toBeUndefined();
  });

  it('a clause for the happening after "then" ("then ... stayed until the mill shut in") is that year too', () => {
    const texts = ['He served as a ship\'s cook between 1950 and 1953, then went back to the weaving shed and stayed until the mill shut in 1972.'];
    const d = shortestAt('2019-05-01', texts, 'stayed until the mill').date;
    expect(d.start).toBe('1972');
    expect(d.end).toBeUndefined();
  });

  it('"from the very start until her retirement in" still counts from the day the sentence before dated', () => {
    const texts = ['The ferry crossing opened in 1964.', 'Idonea Corlish steered the boat from the very start until her retirement in 1999.'];
    expect(shortestAt('2019-05-01', texts, 'Idonea Corlish steered').date).toMatchObject({ start: '1964', end: '1999' });
  });

  it('a bare date after "until" still runs from the clause before', () => {
    const texts = ['The vigil began by the harbour wall on Friday evening, and the crowd stayed until dawn on Saturday.'];
    expect(shortestAt('2020-06-01', texts, 'crowd stayed').date).toMatchObject({ start: '2020-05-29', end: '2020-05-30' });
  });
});
