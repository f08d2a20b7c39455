import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (focus59): a past clause with no day of its own kept up "until dawn" lasted all night after the day
// the story is at; one done "by dawn" after a night the sentence tells is the next day's. Every sentence here was
// written for this test.

describe('a clause ending at daybreak', () => {
  it('runs through the night after the day in focus', () => {
    const texts = ['A pony bolted from a paddock at Thistlecombe on 4 March 2019 when fireworks went off nearby. Its owner walked the bridleways with a lantern until dawn.'];
    const walked = events('2019-06-12', ...texts).find((e) => quoteOf(e, texts).includes('walked the bridleways'));
    expect(walked?.date.start).toBe('2019-03-04');
    expect(walked?.date.end).toBe('2019-03-05');
  });

  it('done by dawn after a night told in the sentence is the next day', () => {
    const texts = ['Farmers met at the Thistlecombe chapel on 4 March 2019 to plan a search. Dozens of volunteers combed the moor overnight, and the last pony was back in its paddock by dawn.'];
    const back = events('2019-06-12', ...texts).find((e) => quoteOf(e, texts).includes('back in its paddock'));
    expect(back?.date.start).toBe('2019-03-05');
  });

  it('a morning told in the clause keeps its own daybreak', () => {
    const texts = ['A pony bolted from a paddock at Thistlecombe on 4 March 2019. Its owner rode out early that morning and was home again by dawn, before the lorries came overnight.'];
    const home = events('2019-06-12', ...texts).find((e) => quoteOf(e, texts).includes('home again'));
    expect(home?.date.start).toBe('2019-03-04');
  });
});
