import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): a yearless list entry after an entry headed by a year alone (sentences written for this test).

describe('r49-a49-entry-after-year-head: the order of a dated list is its heads\'', () => {
  const texts = [
    'How the harbour wall gave way',
    'It is six weeks today since the sea broke through the harbour wall at Penlow. This is how it happened.',
    '1953 - A surge floods the quay in January; the wall is raised the following June.',
    'March 2 - Divers report a long crack near the slipway.',
    'March 9 - The harbour board closes the outer berths.',
  ];

  it('a yearless head after a year-only entry is not carried past the month that entry\'s body told', () => {
    expect(shortestAt('2022-04-13', texts, 'Divers report').date.start).toBe('2022-03-02');
  });

  it('the entry after it still goes on from it', () => {
    expect(shortestAt('2022-04-13', texts, 'closes the outer berths').date.start).toBe('2022-03-09');
  });

  it('a month in the year-only entry\'s body is still that year\'s', () => {
    expect(shortestAt('2022-04-13', texts, 'surge floods the quay').date.start).toBe('1953-01');
  });

  it('after an entry headed by a month and year, a yearless head still follows it', () => {
    const list = [
      'How the mill was saved',
      'The mill reopens next week. This is how it came to be.',
      'June 1998 - The mill closes; the wheel is sold the following October.',
      'May 4 - A trust is formed to buy the building back.',
    ];
    expect(shortestAt('2024-02-20', list, 'A trust is formed').date.start).toBe('1999-05-04');
  });
});
