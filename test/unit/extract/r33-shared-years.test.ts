import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 33 (i33): a year written once for coordinated dates belongs to each of them. Every sentence here was written
// for this test (none comes from an eval set or a probe).

const PUB = '2021-06-01';

describe('a year shared by dates joined by "and", "or" or commas', () => {
  it('"in October and November 2007": October takes 2007, certain', () => {
    const d = shortestAt(PUB, ['The canal froze over in October and November 2007.'], 'canal froze').date;
    expect(d.start).toBe('2007-10');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('"on April 2 and August 30, 2013": the first day takes the year written after the second', () => {
    const texts = ['The choir sang at the cathedral on April 2 and August 30, 2013.'];
    const starts = events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes('choir sang')).map((e) => e.date.start);
    expect(starts).toContain('2013-04-02');
    expect(starts).not.toContain('2021-04-02');
    expect(starts).not.toContain('2020-04-02');
  });

  it('"in the autumn and winter of 1963": the autumn is 1963, not a year placed by tense', () => {
    const texts = ['Coal ran short in the autumn and winter of 1963.'];
    const starts = events(PUB, ...texts).map((e) => e.date);
    expect(starts.some((d) => d.start.startsWith('1963-09') && !d.yearUncertain)).toBe(true);
    expect(starts.some((d) => d.start.startsWith('2020') || d.start.startsWith('2021'))).toBe(false);
  });

  it('"in April, May and June 2004": the year passes back along the list', () => {
    const d = shortestAt(PUB, ['The ferry ran only at weekends in April, May and June 2004.'], 'ferry ran').date;
    expect(d.start).toBe('2004-04');
    expect(d.yearUncertain).toBeUndefined();
    expect(d.note).toMatch(/writes the year once/);
  });

  it('"in December or January 1999": the first month falls in the year before', () => {
    const d = shortestAt(PUB, ['The letter arrived in December or January 1999, she thinks.'], 'letter arrived').date;
    expect(d.start).toBe('1998-12');
  });

  it('without a publication date, the year is still the written one', () => {
    const texts = ['The orchards flowered late, in May and June 1985.'];
    const d = events('', ...texts).find((e) => quoteOf(e, texts).includes('orchards flowered'))!.date;
    expect(d.start).toBe('1985-05');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('a month with its own year keeps it: "in March 2010 and May 2012"', () => {
    const texts = ['The fund paid out in March 2010 and May 2012.'];
    const starts = events(PUB, ...texts).map((e) => e.date.start);
    expect(starts).toContain('2010-03');
  });

  it('a month in another clause is not joined: "in May, and 2009 brought ..."', () => {
    const texts = ['Prices fell in May, and in 2009 the mill closed.'];
    const starts = events(PUB, ...texts).map((e) => e.date.start);
    expect(starts).not.toContain('2009-05');
  });
});
