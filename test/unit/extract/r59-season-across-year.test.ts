import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 59 (count59): "last season" in a piece whose season the text opens in the autumn, or breaks in midwinter, is a
// season over the turn of the year (two years), as one written "2003-04" already was. A season opened in spring keeps
// the single year before publication's. Every sentence here was written for this test.

describe('"last season" where the text places its season over the turn of the year', () => {
  it('a season that began with games in October, the next sentence says', () => {
    const texts = [
      'The Hallowdene Pikes won the county netball cup at Tesswick on Sunday.',
      'Their season started poorly. They dropped their first four games in October and lost their goalkeeper to a broken ankle.',
      'Last season the Pikes finished bottom of the second division, their coach said.',
    ];
    const ev = shortestAt('2009-03-16', texts, 'Last season');
    expect(ev.date.start).toBe('2007');
    expect(ev.date.end).toBe('2008');
  });

  it('a company that opens its new season in September', () => {
    const texts = [
      'The Larkfold Players will open their new season on 18 September with a comedy set in a lighthouse, the company said.',
      'The players lost money last season, their treasurer said.',
    ];
    const ev = shortestAt('2014-02-03', texts, 'last season');
    expect(ev.date.start).toBe('2012');
    expect(ev.date.end).toBe('2013');
  });

  it('a mid-season break that ends in January', () => {
    const texts = [
      'The Pikes play twice more before the mid-season pause, which lasts until 9 January.',
      'Last season the Pikes reached the cup final.',
    ];
    const ev = shortestAt('2015-12-08', texts, 'Last season');
    expect(ev.date.start).toBe('2014');
    expect(ev.date.end).toBe('2015');
  });

  it('a season that opens in April keeps the year before', () => {
    const texts = [
      'The Pikes open their season on 12 April against a side from the coast.',
      'Last season the Pikes finished fourth.',
    ];
    const ev = shortestAt('2015-06-08', texts, 'Last season');
    expect(ev.date.start).toBe('2014');
    expect(ev.date.end).toBeUndefined();
  });
});
