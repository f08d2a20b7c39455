import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36: a bare past month told after a day written with its year, earlier in the calendar than that day's month
// and too far from publication for news to leave its year off, would run the story backwards in that year; it is the
// first such month after the day, still flagged a guess. Every sentence here was written for this test.

const PUB = '2023-02-14';
const at = (texts: string[], words: string) => shortestAt(PUB, texts, words).date;

describe('a past month after an old written day of a later month', () => {
  it('three wordings', () => {
    const a = at(['The ferry ran aground on November 18, 2021, in thick fog.', 'In March, investigators found that the radar had been switched off.'], 'investigators found');
    expect(a.start).toBe('2022-03');
    expect(a.yearUncertain).toBe(true);
    const b = at(['The warehouse burned down on 30 October 2021.', 'Its owners were charged in April and pleaded guilty.'], 'owners were charged');
    expect(b.start).toBe('2022-04');
    expect(b.yearUncertain).toBe(true);
    const c = at(['The river broke through the levee on Sept. 9, 2021.', 'Soldiers repaired the breach in May and the water drained away.'], 'Soldiers repaired');
    expect(c.start).toBe('2022-05');
    expect(c.yearUncertain).toBe(true);
  });

  it('a month after the day in its own year, or near publication, is left alone', () => {
    // Later in the day's year: no running backwards.
    expect(at(['The ferry ran aground on March 18, 2021, in thick fog.', 'In June, investigators found that the radar had been switched off.'], 'investigators found').start).not.toBe('2022-06');
    // Within weeks of publication news leaves the year off: last December.
    expect(at(['The ferry ran aground on November 18, 2021, in thick fog.', 'In December, investigators found that the radar had been switched off.'], 'investigators found').start).toBe('2022-12');
  });
});
