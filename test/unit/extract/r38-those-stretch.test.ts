import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 38 (l38): "Over those eighteen months, …": a count pointing back with "those"/"these" is the stretch the text
// gave just before of about that length. Every sentence here was written for this test.

const span = (texts: string[], words: string) => {
  const e = shortestAt('2021-05-10', texts, words);
  return [e.date.start, e.date.end];
};

describe('"those N units" is the stretch told just before of that length', () => {
  it('months: "from October 2006 to March 2008. Over those eighteen months"', () => {
    const texts = ['The trial ran in village halls from October 2006 to March 2008. Over those eighteen months, nurses tested 6,100 farmers.'];
    expect(span(texts, 'nurses tested')).toEqual(['2006-10', '2008-03']);
  });

  it('days, told of what is to come: "from July 4 to July 14. During these ten days"', () => {
    const texts = ['The harbour festival runs from July 4 to July 14. During these ten days, forty bands will play on the quay.'];
    expect(span(texts, 'forty bands will play')).toEqual(['2021-07-04', '2021-07-14']);
  });

  it('years: "Between 1950 and 1954 … In those four years"', () => {
    const texts = ['Between 1950 and 1954 the branch line was rebuilt. In those four years no passenger train ran.'];
    expect(span(texts, 'no passenger train ran')).toEqual(['1950', '1954']);
  });

  it('weeks: "from May 3 to May 17, 2019. During those two weeks"', () => {
    const texts = ['The fishing ban lasted from May 3 to May 17, 2019. During those two weeks, anglers stayed away from the lake.'];
    expect(span(texts, 'anglers stayed away')).toEqual(['2019-05-03', '2019-05-17']);
  });
});

describe('a count that fits no stretch before it', () => {
  it('"those two years" after a week-long closure takes nothing from it', () => {
    const texts = ['The pool was shut from June 2 to June 9, 2019. In those two years, swimmers went to the river.'];
    expect(events('2021-05-10', ...texts).some((e) => e.date.rule === 'sequence/those-stretch')).toBe(false);
  });
});
