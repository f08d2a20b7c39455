import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (b35): a telling verb whose object is a pronoun ("announced it in March 2008") tells nothing reported: the
// pronoun followed by a preposition or a time word is no subject of a reported clause, so the sentence keeps its date
// and is not split into an undated telling and a verbless "it in March 2008". Every sentence here was written for this
// test (none comes from an eval set or a probe).

const PUB = '2011-02-15';

describe('a telling verb with a pronoun for object keeps its date', () => {
  it.each([
    ['The new stand was approved in 2007, and the club announced it in March 2008.', 'club announced', '2008-03'],
    ['The plan was drawn up in 2009, and the council confirmed it on March 3, 2010.', 'council confirmed', '2010-03-03'],
    ['Ministers had kept the findings secret for a year, but the agency revealed it last October.', 'agency revealed', '2010-10'],
    ['The fault was found in May 2009, and the maker reported it to the regulator in June 2009.', 'maker reported', '2009-06'],
  ])('%s', (text, words, day) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date).toMatchObject({ start: day });
    expect(ev.date.mod).toBeUndefined();
  });
});

describe('a pronoun that opens a reported clause still does', () => {
  it('"says it made …" tells of the making', () => {
    const text = 'The brewer says it made a loss in the year to March 2010.';
    const ev = shortestAt(PUB, [text], 'brewer says');
    expect(ev.date.rule).toMatch(/telling/);
  });

  it('"said they would …" is told on the telling\'s day', () => {
    const text = 'The drivers said on Monday they would strike in March.';
    const ev = shortestAt(PUB, [text], 'drivers said');
    expect(ev.date).toMatchObject({ start: '2011-02-14' });
  });
});
