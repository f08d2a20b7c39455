import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (worst58): time a past verb granted someone up to a bound still ahead ("the tribunal gave the landlord
// until …") runs on from the grant, told as news, to that bound: a window from publication, as a present perfect's
// closure is (GRANT_LEADS in lexicon.ts, read in untilFromNow, until-spans.ts); "granted … until" points forward as
// "gave … until" does (GRANT_VERB in tense.ts's DEADLINE_UNTIL). A public deadline to apply stays the day.
// Every sentence here was written for this test.

const at = (pub: string, text: string, words: string) => events(pub, text).find((e) => quoteOf(e, [text]).includes(words));

describe('time granted until a bound still ahead', () => {
  it('runs from publication up to the bound after a past "gave … until"', () => {
    const text = 'The tribunal gave the landlord until 28 February to mend the lift in Ardith Court.';
    const ev = at('2011-12-05', text, 'gave the landlord');
    expect([ev?.date.start, ev?.date.end]).toEqual(['2011-12-05', '2012-02-28']);
  });

  it('reads "granted … until" as ahead, not as the past month', () => {
    const text = 'The inspector granted the creamery until 15 March to fix its drains.';
    const ev = at('2011-12-05', text, 'granted the creamery');
    expect([ev?.date.start, ev?.date.end]).toEqual(['2011-12-05', '2012-03-15']);
  });

  it('keeps a deadline to apply on its day', () => {
    const text = 'The council gave residents until 28 February to apply for a parking permit.';
    expect(at('2011-12-05', text, 'gave residents')?.date.start).toBe('2012-02-28');
  });
});
