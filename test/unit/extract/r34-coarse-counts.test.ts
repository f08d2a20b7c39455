import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 34 (c34): a count of days or weeks from a happening the text dates only to its month or year gives no day the
// text does not give: the months (or the year) the count can land in. And "the following week" after a month or year
// told alone, with no day told at all, is in that month or year, not the week after publication. Every sentence here
// was written for this test.

const PUB = '2021-06-01';

describe('counted from a happening known only to its month or year', () => {
  it('"Ten days after the flood" (March 2015) is March to April 2015, no day', () => {
    const d = shortestAt(PUB, ['The reservoir flooded in March 2015.', 'Ten days after the flood, the dam wall cracked.'], 'dam wall').date;
    expect([d.start, d.end]).toEqual(['2015-03', '2015-04']);
  });

  it('the count closing the clause: "was sacked three weeks after the merger" (June 1990)', () => {
    const d = shortestAt(PUB, ['The two dairies merged in June 1990.', 'The manager was sacked three weeks after the merger.'], 'manager was sacked').date;
    expect([d.start, d.end]).toEqual(['1990-06', '1990-07']);
  });

  it('counted back: "Two weeks before the sale" (May 1998) can fall in April or May', () => {
    const d = shortestAt(PUB, ['The estate was sold in May 1998.', 'Two weeks before the sale, the tenants were evicted.'], 'tenants were').date;
    expect([d.start, d.end]).toEqual(['1998-04', '1998-05']);
  });

  it('from a year given alone, a short count stays in that year', () => {
    const d = shortestAt(PUB, ['The quarry collapsed in 2009.', 'Five days after the collapse, the owners were arrested.'], 'owners were').date;
    expect(d.start).toBe('2009');
    expect(d.end).toBeUndefined();
  });

  it('a day-dated happening is still counted to the day', () => {
    const d = shortestAt(PUB, ['The reservoir flooded on March 3, 2015.', 'Ten days after the flood, the dam wall cracked.'], 'dam wall').date;
    expect(d.start).toBe('2015-03-13');
  });
});

describe('"the following week" after a month or year, with no day told', () => {
  it('after a year: in that year, not after publication', () => {
    const d = shortestAt(PUB, ['The lake froze over in 2012. The following week the ferry stopped.'], 'ferry stopped').date;
    expect(d.start).toBe('2012');
  });

  it('after a month: "The week after, …" is in that month', () => {
    const d = shortestAt(PUB, ['The lake froze over in February 2012. The week after, the ferry stopped.'], 'ferry stopped').date;
    expect(d.start).toBe('2012-02');
  });

  it('"the next week" after a December is flagged: it may be January', () => {
    const d = shortestAt(PUB, ['The lake froze over in December 2012. The next week the ferry stopped.'], 'ferry stopped').date;
    expect(d.start.slice(0, 4)).toBe('2012');
    expect(d.yearUncertain).toBe(true);
  });
});
