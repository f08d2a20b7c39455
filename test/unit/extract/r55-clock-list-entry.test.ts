import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 55 (b55): in a dated list told in the present, an entry headed by a clock time alone ("6.15pm - …") is of the
// day the list has got to. Every sentence here was written for this test.

describe('a list entry headed by a clock time alone', () => {
  it('takes the day of the entry before it', () => {
    const texts = [
      'Saturday, March 4, 2.10pm - The river tops its banks at Pebbridge weir and floods the towpath.',
      '6.15pm - The fire brigade opens the church hall to families; forty people sleep there.',
    ];
    const ev = shortestAt('2023-03-20', texts, 'opens the church hall');
    expect(ev.date.start).toBe('2023-03-04');
  });

  it('is no event in a programme for a day still ahead', () => {
    const texts = ['The harvest fair opens on Saturday, November 20.', '10am - The gates open to visitors.'];
    const all = events('2021-11-17', ...texts);
    expect(all.some((e) => quoteOf(e, texts).includes('gates open'))).toBe(false);
  });
});
