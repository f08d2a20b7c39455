import { describe, expect, it } from 'vitest';
import { nopub, quoteOf } from './event-lookup';

// Round 52 (a52): without a publication date, a window to act still open when the article was written ("The club has
// 21 days to lodge an objection") is not counted from a day in focus so far back that the window would have shut
// before the guessed year of writing; it is counted from that guess, flagged. Every sentence here was written for this
// test.

describe('a window to act and a day in focus long before the writing', () => {
  const texts = [
    'The planning board refused the marina plan on Monday, its third refusal since the harbour wall gave way on 4 March 2009.',
    'Fishermen said the storm of 4 March 2009 had cost them a season, and the board agreed in 2013 that the wall must be mended first.',
    'The marina company has 21 days to lodge an objection.',
  ];
  const window = () => nopub(...texts).filter((e) => quoteOf(e, texts).includes('21 days'));

  it('does not close in the story day\'s old year', () => {
    const found = window();
    expect(found).toHaveLength(1);
    expect(found[0].date.start.slice(0, 4)).not.toBe('2009');
    expect(found[0].date.yearUncertain).toBe(true);
  });
});
