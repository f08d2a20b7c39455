import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36: a season written with its year ends an "until" stretch as a month or a bare season already did: "…, and
// the quarry stayed shut until the spring of 2010" runs from the clause before's date to that spring. Every sentence
// here was written for this test.

const PUB = '2017-06-20';
const at = (texts: string[], words: string) => shortestAt(PUB, texts, words).date;

describe('"until the <season> of <year>" after a dated clause', () => {
  it('three wordings', () => {
    const a = at(['A flood wrecked the lock gates in 2007, and the canal stayed closed until the summer of 2009.'], 'canal stayed closed');
    expect([a.start, a.end]).toEqual(['2007', '2009-06']);
    const b = at(['The pier was damaged by a storm in March 1990, but the ferries kept calling there until the autumn of 1992 while repairs went on.'], 'ferries kept calling');
    expect([b.start, b.end]).toEqual(['1990-03', '1992-09']);
    const c = at(['She joined the choir in 1968 and sang with it until the winter of 1979.'], 'sang with it');
    expect(c.start).toBe('1968');
    expect(c.end?.slice(0, 4)).toBe('1979');
  });

  it('told as still to come, it runs from publication', () => {
    const d = at(['The reading room will stay shut until the spring of 2018.'], 'reading room will stay shut');
    expect(d.start).toBe(PUB);
    expect(d.end).toBe('2018-03');
  });

  it('a season with its year and no "until" is still the season', () => {
    const e = at(['A flood wrecked the lock gates in 2007, and the canal reopened in the summer of 2009.'], 'canal reopened');
    expect(e.start).toBe('2009-06');
    expect(e.end).toBe('2009-08');
  });

  it('a clause after the bound date is not an until-clause of its own', () => {
    const f = at(['A landslip blocked the line in 2012, and the trains stopped short of Tarn until the spring of 2014 while the cutting was rebuilt.'], 'trains stopped short');
    expect([f.start, f.end]).toEqual(['2012', '2014-03']);
    const g = at(['A landslip blocked the line in 2012, and the trains stopped short of Tarn until May 2014 while the cutting was rebuilt.'], 'trains stopped short');
    expect([g.start, g.end]).toEqual(['2012', '2014-05']);
    // "until" opening a clause with its own subject and verb still dates that clause on its own.
    const h = at(['The line opened in 1901, and it carried coal until its last pit shut in 1968.'], 'last pit shut');
    expect(h.start).toBe('1968');
  });
});
