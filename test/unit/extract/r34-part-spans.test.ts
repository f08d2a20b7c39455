import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 34 (c34): a span whose ends are parts of years or months ("late 1998", "early 1999", "mid-April", "the winter
// of 2003") keeps each part at its own end: the start moves into its part (round 31), and now the end stops where its
// part stops, "into" joins the two after "from", and a winter before a date of the next year starts in December.
// Every sentence here was written for this test.

const PUB = '2021-06-01';

describe('a span between parts of different years', () => {
  it('"from late 1998 into early 1999": September 1998 to April 1999', () => {
    const d = shortestAt(PUB, ['Prices kept rising from late 1998 into early 1999.'], 'Prices kept').date;
    expect([d.start, d.end]).toEqual(['1998-09', '1999-04']);
  });

  it('"from mid-2010 to early 2012": May 2010 to April 2012', () => {
    const d = shortestAt(PUB, ['The coast road was rebuilt from mid-2010 to early 2012.'], 'coast road').date;
    expect([d.start, d.end]).toEqual(['2010-05', '2012-04']);
  });

  it('"between the winter of 2003 and spring 2004": December 2003 to May 2004', () => {
    const d = shortestAt(PUB, ['The smelter stood idle between the winter of 2003 and spring 2004.'], 'smelter').date;
    expect([d.start, d.end]).toEqual(['2003-12', '2004-05']);
  });

  it('"from the autumn of 2016 until mid-2017" ends in August 2017', () => {
    const d = shortestAt(PUB, ['The strike lasted from the autumn of 2016 until mid-2017.'], 'strike lasted').date;
    expect([d.start, d.end]).toEqual(['2016-09', '2017-08']);
  });

  it('parts of months: "from early March to mid-April 2019" (the year written once, at the end)', () => {
    const d = shortestAt(PUB, ['Repairs went on from early March to mid-April 2019.'], 'Repairs').date;
    expect([d.start, d.end]).toEqual(['2019-03-01', '2019-04-20']);
    expect(d.yearUncertain).toBeUndefined();
  });

  it('"in mid-April 2019" is one expression with its year', () => {
    const d = shortestAt(PUB, ['The school reopened in mid-April 2019.'], 'school reopened').date;
    expect(d.start.slice(0, 7)).toBe('2019-04');
  });

  it('a late end runs to the end of its year: "from 2005 to late 2007"', () => {
    const d = shortestAt(PUB, ['She ran the shelter from 2005 to late 2007.'], 'ran the shelter').date;
    expect([d.start, d.end]).toEqual(['2005', '2007']);
  });
});
