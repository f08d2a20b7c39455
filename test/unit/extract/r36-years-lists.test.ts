import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36: lists of years. Two years in a row joined by "and" are one stretch, as two months or two weekdays in a
// row already were; years further apart stay two times. A date repeated after a comma with "again" ("in 2012, again
// in 2014") is the happening told once more at its own date. Every sentence here was written for this test.

const PUB = '2019-05-07';
const at = (texts: string[], words: string) => shortestAt(PUB, texts, words).date;

describe('two years in a row are one stretch', () => {
  it('three wordings', () => {
    const a = at(['The rower won the national sculls in 2016 and 2017.'], 'won the national sculls');
    expect([a.start, a.end]).toEqual(['2016', '2017']);
    const b = at(['Floods closed the towpath in 1999 and 2000 for months at a time.'], 'closed the towpath');
    expect([b.start, b.end]).toEqual(['1999', '2000']);
    const c = at(['The fair was held on the common in 2004, 2005 and 2006 before the council sold the land.'], 'fair was held');
    expect([c.start, c.end]).toEqual(['2004', '2006']);
  });

  it('a later clause dated by the second year\'s value keeps its own event', () => {
    const e = at(['The rower won the national sculls in 2016 and 2017 and came second in the European final last year.'], 'came second');
    expect(e.start).toBe('2018');
    const f = at(['The rower won the national sculls in 2017 and 2018 and came second in the European final last year.'], 'came second');
    expect(f.start).toBe('2018');
    expect(f.end).toBeUndefined();
  });

  it('years further apart stay two times', () => {
    const d = at(['The club won the county cup in 1987 and 1994.'], 'club won the county cup');
    expect(d.start).toBe('1987');
    expect(d.end).toBeUndefined();
  });
});

describe('"again" after a comma dates its own repetition', () => {
  it('three wordings', () => {
    const a = at(['The inspectors raised the problem in 2011, again in 2013, and again last year.'], 'again in 2013');
    expect(a.start).toBe('2013');
    const b = at(['The bridge was struck by barges in March 2015, again in June 2016 and once more last winter.'], 'again in June 2016');
    expect(b.start).toBe('2016-06');
    const c = at(['The alarm went off at the school on Monday, again on Wednesday, and twice on Friday.'], 'again on Wednesday');
    expect(c.start).toBe('2019-05-01');
    const first = at(['The inspectors raised the problem in 2011, again in 2013, and again last year.'], 'inspectors raised');
    expect(first.start).toBe('2011');
    expect(first.end).toBeUndefined();
  });
});
