import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Round 46: "Shortly after dawn, …" opening a sentence was read as an ordering clause, "dawn" taken for a happening: an
// event titled "Dawn" at publication, and the sentence stretched from the day before up to publication.

describe('r46-ordering-time-of-day: a time of the day opening a sentence is no happening', () => {
  it('r46-ordering-time-of-day: "Shortly after dawn, the crowd left." is on the day in focus, with no event for the dawn', () => {
    const got = events('2024-03-08', 'The square filled on Sunday evening. Shortly after dawn, the crowd left.');
    expect(got.map((e) => e.title)).not.toContain('Dawn');
    const left = got.find((e) => /crowd left/i.test(e.title));
    expect(left?.date.start).toBe('2024-03-03');
    expect(left?.date.end ?? null).toBeNull();
  });

  it('r46-ordering-time-of-day: an hour in words ("Soon after ten,") is no happening either', () => {
    const got = events('2024-03-08', 'The square filled on Sunday evening. Soon after ten, the crowd left.');
    expect(got.map((e) => e.title)).not.toContain('Ten');
    expect(got.find((e) => /crowd left/i.test(e.title))?.date.end ?? null).toBeNull();
  });

  it('r46-ordering-time-of-day: a happening after "Shortly after" is still an ordering clause', () => {
    const got = events('2024-03-08', 'The square filled on Sunday evening. Shortly after the speeches, the crowd left.');
    expect(got.some((e) => e.date.rule === 'ordering-clause/shortly-after')).toBe(true);
  });
});
