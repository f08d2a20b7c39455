import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 41 (c41): "since then" in a conjunct after a dated clause, on sentences written for this test.

describe('r41-since-then-number: a number with a thousands comma does not end the conjunct before "since then"', () => {
  it('"… in May 2009 and the bakery has sold 12,500 loaves since then" runs from May 2009 to publication', () => {
    const texts = ['The rye loaf first went on sale in May 2009 and the bakery has sold 12,500 of them since then.'];
    const e = shortestAt('2014-06-20', texts, '12,500 of them since then');
    expect([e.date.start, e.date.end, e.date.rule]).toEqual(['2009-05', '2014-06-20', 'sequence/since-until-publication']);
  });

  it('a conjunct with a subject of its own is titled by that subject, not with the first conjunct\'s put before it', () => {
    const texts = ['Hester Quaile died in June 1950, and her son has run the forge ever since.'];
    const e = shortestAt('2014-06-20', texts, 'has run the forge ever since');
    expect([e.date.start, e.date.end]).toEqual(['1950-06', '2014-06-20']);
    // Before: "Hester Quaile her son has run the forge".
    expect(e.title).toMatch(/son has run the forge/i);
    expect(e.title).not.toMatch(/Quaile her\b/i);
  });
});
