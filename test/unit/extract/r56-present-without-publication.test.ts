import { describe, expect, it } from 'vitest';
import { nopub, quoteOf } from './event-lookup';

// Round 56 (b56): with no publication date, a sentence telling what is under way ("Divers are still searching …") is
// placed at the guessed time of writing and flagged, as a past told with no date is placed before it; with the date it
// was already at publication. Every sentence here was written for this test.

describe('under way, with no publication date', () => {
  const texts = [
    'A grain barge sank in the Quenmarsh reservoir in March 2017 after its pump failed.',
    'Divers are still searching the silt below the dam for its cargo.',
  ];

  it('is kept, at the guessed time of writing, flagged', () => {
    const ev = nopub(...texts).find((e) => quoteOf(e, texts).includes('Divers are still searching'));
    expect(ev, 'no event for the present sentence').toBeDefined();
    expect(ev!.date.yearUncertain).toBe(true);
    expect(+ev!.date.start.slice(0, 4)).toBeGreaterThanOrEqual(2017);
  });

  it('a question is still no happening', () => {
    const asked = ['The mill closed in May 2015.', 'Are the owners still hoping to sell the site?'];
    expect(nopub(...asked).some((e) => quoteOf(e, asked).includes('owners still hoping'))).toBe(false);
  });
});
