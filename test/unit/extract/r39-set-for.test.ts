import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 39 (a39): "a hearing set for March", "the vote scheduled for 4 March": an arrangement told after its noun, the
// participle with no verb of its own, points ahead as "was set for" does; "for" after such a participle introduces
// "May" and "March" as months. Every sentence here was written for this test.

describe('a thing set for a month, after its noun, lies ahead', () => {
  it('"worried about a trial set for May", told in January: this May', () => {
    const e = shortestAt('2016-01-12', ['Her lawyer said she was worried about a trial set for May.'], 'trial set for May');
    expect(e.date.start).toBe('2016-05');
  });

  it('"complained about the vote scheduled for 4 March"', () => {
    const e = shortestAt('2016-01-12', ['The union had complained about the vote scheduled for 4 March.'], 'vote scheduled');
    expect(e.date.start).toBe('2016-03-04');
  });

  it('"cancelled the dinner booked for Friday"', () => {
    const e = shortestAt('2016-01-12', ['The club cancelled the dinner booked for Friday.'], 'dinner booked');
    expect(e.date.start).toBe('2016-01-15');
  });

  it('"asked for May to resign": no month after a plain "for"', () => {
    const e = events('2016-01-12', 'Backbenchers asked for May to resign.');
    expect(e.every((x) => !x.date.start.startsWith('2016-05') && !x.date.start.startsWith('2015-05'))).toBe(true);
  });
});
