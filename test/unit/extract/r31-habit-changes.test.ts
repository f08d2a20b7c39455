import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 31 (b31): a habit that starts on a date is a change made then, not a timetable. Every sentence here was
// written for this test (none comes from an eval set or a probe).

describe('"will be <done> every <unit> from <date>" is a change starting then', () => {
  const texts = ['Street lights in Ormsby will be switched off every other night from the spring, after the parish council backed the plan on Tuesday evening.'];
  it('the change is dated by the start', () => {
    const d = shortestAt('2021-01-14', texts, 'switched off').date;
    expect([d.start, d.end]).toEqual(['2021-03', '2021-05']);
  });
  it('and the happening after "after" keeps its own day', () => {
    const d = shortestAt('2021-01-14', texts, 'backed the plan').date;
    expect(d.start).toBe('2021-01-12');
  });
  it('a timetable in the plain present is still no event', () => {
    expect(events('2021-01-14', 'The gallery opens every day from Easter.')).toEqual([]);
  });
});
