import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 43 (s43): "that summer" told as done, in a paper printed before that season began, cannot be the summer in
// focus; "that" points back to an older time the story told. When the text has told a date in an earlier year (written
// or counted back from publication), that year is the one pointed to, still shown as a guess. Every sentence here was
// written for this test.

const PUB = '2015-02-18';

describe('r43-that-season-older-year: an unbegun "that <season>" takes the older year the story told', () => {
  it('r43-that-season-older-year: a day counted back in years names the year "that summer" points to', () => {
    const texts = [
      'A school atlas due back on 3 May 52 years ago, according to the stamp inside, was posted back to Dunmere library.',
      'It arrived on Monday.',
      'The borrower wrote that she had taken it to Canada by mistake when her family emigrated that summer.',
    ];
    const e = shortestAt(PUB, texts, 'emigrated');
    expect([e.date.start, e.date.end, e.date.yearUncertain]).toEqual(['1963-06', '1963-08', true]);
  });

  it('r43-that-season-older-year: a written older year too', () => {
    const texts = [
      'A bowls cup first won in 1987 has come back to its club.',
      'It was handed in on Saturday.',
      'The club thinks it was taken home by mistake when the pavilion was cleared that autumn.',
    ];
    const e = shortestAt(PUB, texts, 'pavilion was cleared');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['1987-09', true]);
  });

  it('r43-that-season-older-year: with no older year told, still the last such season begun', () => {
    const texts = ['The cup came back to the bowls club on Saturday.', 'The club thinks it was taken home by mistake when the pavilion was cleared that autumn.'];
    const e = shortestAt(PUB, texts, 'pavilion was cleared');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2014-09', true]);
  });

  it('r43-that-season-older-year: a "since" year opens a stretch and is not pointed to', () => {
    const texts = ['The cup, kept by the club since 1987, came back on Saturday.', 'The club thinks it was taken home by mistake when the pavilion was cleared that autumn.'];
    const e = shortestAt(PUB, texts, 'pavilion was cleared');
    expect(e.date.start).toBe('2014-09');
  });
});
