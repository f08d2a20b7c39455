import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (found59): a change told against "the same quarter" a year back is set against the clause's own stretch a year
// back, an event of its own at that stretch; the clause keeps its own. Every sentence here was written for this test.

describe('the same stretch a year back', () => {
  it('a quarter told by the day it ends', () => {
    const texts = ['Visitor numbers at the Skelthorpe lighthouse in the quarter to 31 March were down 6 per cent over the same quarter a year earlier.'];
    const all = events('2011-04-28', ...texts);
    const back = all.find((e) => quoteOf(e, texts).startsWith('over the same quarter'));
    expect(back?.date.start).toBe('2010-01');
    expect(back?.date.end).toBe('2010-03-31');
    const own = all.find((e) => quoteOf(e, texts).startsWith('Visitor numbers'));
    expect(own?.date.start).toBe('2011-01');
  });

  it('not a stretch compared with no change told', () => {
    const texts = ['The Skelthorpe ferry ran in the quarter to 31 March on the same timetable as last year.'];
    const all = events('2011-04-28', ...texts);
    expect(all.some((e) => e.date.rule?.includes('same-stretch-back'))).toBe(false);
  });
});
