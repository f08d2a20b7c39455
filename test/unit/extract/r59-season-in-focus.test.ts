import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (focus59): a past month of the season a story is at, when that season was counted back from publication
// ("three summers ago"), is that season's month, not the last such month before publication. Every sentence here was
// written for this test.

describe('a month of the season in focus', () => {
  it('takes the season counted back, not the tense', () => {
    const texts = [
      'A rowing boat that drifted off from a jetty at Pellowmere three summers ago has been found in a reed bed.',
      'Its owner, Ferdy Fairwhistle, last saw it on a July evening when the mooring rope frayed. That October he reported it to the harbour office.',
    ];
    const all = events('2021-05-20', ...texts);
    const seen = all.find((e) => quoteOf(e, texts).includes('last saw it'));
    expect(seen?.date.start).toBe('2018-07');
    const reported = all.find((e) => quoteOf(e, texts).includes('reported it'));
    expect(reported?.date.start).toBe('2018-10');
  });

  it('after the winter before last too', () => {
    const texts = ['The quarry pond at Ottercleave froze solid the winter before last. Skaters crowded onto it in January, and the ice cracked under a sledge.'];
    const skated = events('2023-11-08', ...texts).find((e) => quoteOf(e, texts).includes('Skaters crowded'));
    expect(skated?.date.start).toBe('2022-01');
  });

  it('a month outside the season keeps its tense', () => {
    const texts = [
      'A rowing boat that drifted off from a jetty at Pellowmere three summers ago has been found in a reed bed.',
      'Its owner, Ferdy Fairwhistle, repainted the shed in March.',
    ];
    const shed = events('2021-05-20', ...texts).find((e) => quoteOf(e, texts).includes('repainted'));
    expect(shed?.date.start).toBe('2021-03');
  });
});
