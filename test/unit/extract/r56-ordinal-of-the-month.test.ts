import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (b56): "the fourth of the month" (digits or words) is a day of the month in focus wherever it stands, as "on
// the 4th" is; "since the 9th" counts from that day. Every sentence here was written for this test.

describe('an ordinal day "of the month"', () => {
  it('spelt out, after "on", in a past clause', () => {
    const texts = ['The cobbler by the chapel stopped mending boots on the fourth of the month after his lathe jammed.'];
    const ev = shortestAt('2022-09-14', texts, 'stopped mending boots');
    expect(ev.date.start).toBe('2022-09-04');
  });

  it('opening the sentence after "since"', () => {
    const texts = ['"Since the second of the month, the night bus has skipped our village," a parish councillor said.'];
    const ev = shortestAt('2022-09-14', texts, 'has skipped our village');
    expect(ev.date.start).toBe('2022-09-02');
  });

  it('a digit ordinal after "since"', () => {
    const texts = ['Since the 9th, the footbridge over the weir has been fenced off.'];
    const ev = shortestAt('2022-09-14', texts, 'fenced off');
    expect(ev.date.start).toBe('2022-09-09');
  });

  it('a floor is still no day', () => {
    const texts = ['The lift to the 9th floor broke down last week.'];
    const ev = shortestAt('2022-09-14', texts, 'broke down');
    expect(ev.date.start).not.toBe('2022-09-09');
  });
});
