import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (a56b): "started on Thursday evening and hardly eased for three days": counted from late in a named day,
// the days run to the same hour three days on, so the stretch ends on the day after the count's last whole day. From
// a plain day (or its morning) the count still takes that day as its first. Every sentence here was written for this test.

describe('a held-for count of days from late in a day', () => {
  it('runs into the day after the count', () => {
    const texts = ['Snow started falling over the ridge on Thursday evening and hardly eased for three days.'];
    const ev = shortestAt('2017-06-14', texts, 'hardly eased');
    expect([ev.date.start, ev.date.end]).toEqual(['2017-06-08', '2017-06-11']);
  });

  it('from a plain day takes that day as the first', () => {
    const texts = ['The pumps at the tannery failed on Monday and stayed off for two days.'];
    const ev = shortestAt('2017-06-14', texts, 'stayed off');
    expect([ev.date.start, ev.date.end]).toEqual(['2017-06-12', '2017-06-13']);
  });
});
