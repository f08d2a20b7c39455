import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 34 (a34): "the Saturday", "the Friday night" after a written stretch of days: a day of that stretch. Every
// sentence here was written for this test.

describe('"the <weekday>" after a stretch of days the text wrote is one of its days (or one just beside it)', () => {
  it('a festival: "runs from Friday, June 26, to Sunday, June 28" then "a dance on the Friday night"', () => {
    const texts = ['The show runs from Friday, June 26, to Sunday, June 28.', 'Last year it drew 9,000 people over the weekend.', 'Highlights include a barn dance on the Friday night.'];
    expect(shortestAt('2015-06-10', texts, 'barn dance').date.start).toBe('2015-06-26');
  });

  it('a trial: "will sit from Monday, March 4, to Friday, March 8"; "the defendant will give evidence on the Wednesday"', () => {
    const texts = ['The hearing will sit from Monday, March 4, to Friday, March 8.', 'The defendant is expected to give evidence on the Wednesday.'];
    expect(shortestAt('2024-02-20', texts, 'give evidence').date.start).toBe('2024-03-06');
  });

  it('a fair: "October 9 through October 12"; judging "on the Saturday"; a weekday twice within reach is left alone', () => {
    const texts = ['The fair takes place October 9 through October 12 at the exhibition hall.', 'The judges will choose the best stand on the Saturday.'];
    // October 9, 2025 is a Thursday.
    expect(shortestAt('2025-09-15', texts, 'judges').date.start).toBe('2025-10-11');
  });

  it('with no stretch written, "the Friday" is read as before', () => {
    const e = shortestAt('2015-06-10', ['The band will close the main stage on the Friday.'], 'main stage');
    expect(e.date.start).not.toBe('2015-06-26');
  });
});
