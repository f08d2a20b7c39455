import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (focus59): an older bare year told in a past-perfect relative clause ("a millwright who had last worked on
// it in 1968") tells of that clause's noun; the story stays at the month it had moved on to, so a yearless past day
// after it is not put back in the year of a day told earlier. Every sentence here was written for this test.

describe('a past-perfect relative year', () => {
  it('leaves the month in focus for the days after it', () => {
    const texts = [
      'The wheel of Corbelford mill was bought at auction on 14 March 2016. Repairs took three years. A missing paddle turned up in a shed in January. The wheel was refitted by a millwright who had last worked on it in 1968. It turned again on 2 May, and 500 people came to watch.',
    ];
    const turned = events('2019-06-20', ...texts).find((e) => quoteOf(e, texts).includes('turned again'));
    expect(turned?.date.start).toBe('2019-05-02');
  });

  it('a year in a main clause still moves the story', () => {
    const texts = ['The wheel of Corbelford mill was bought at auction on 14 March 2016. A missing paddle turned up in a shed in January. The wheel had last turned in 1968.'];
    const last = events('2019-06-20', ...texts).find((e) => quoteOf(e, texts).includes('had last turned'));
    expect(last?.date.start).toBe('1968');
  });
});
