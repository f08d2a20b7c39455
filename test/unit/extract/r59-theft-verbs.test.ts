import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (rel59): "the theft" names a happening told by a verb of cutting or prising a thing "from" its place, and not
// one where "stolen" only describes a noun ("receiving stolen goods", a charge's name). Every sentence here was
// written for this test.

describe('what "the theft" names', () => {
  const texts = [
    'Raiders cut the copper weathercock from the chapel at Drubwell on 4 May 2018 and drove off with it.',
    'A scrap dealer from Cragwold admitted receiving stolen goods before magistrates in September 2019.',
    'Two days before the theft, a grey van was seen parked in the chapel lane.',
  ];

  it('a count from it is counted from the cutting', () => {
    const e = events('2020-02-03', ...texts).find((x) => quoteOf(x, texts).includes('grey van'));
    expect(e?.date.start).toBe('2018-05-02');
  });

  it('a passive "was stolen" still tells it', () => {
    const told = ['The Amberlode chalice was stolen from the vestry on 11 June 2017.', 'Three days after the theft, detectives searched a farm.'];
    const e = events('2020-02-03', ...told).find((x) => quoteOf(x, told).includes('searched a farm'));
    expect(e?.date.start).toBe('2017-06-14');
  });
});
