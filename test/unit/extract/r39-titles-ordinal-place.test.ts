import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. "A second medical, at a clinic in Berrow, was passed": the
// ordinal, its article cut, was read as an adverb and no subject was found; and a phrase of place set off after the
// subject stayed in a short title ("Second survey, at the mine in Ebb, was ordered"). Every sentence here was
// written for this test.

const titles = (text: string) => events('2024-06-14', text).map((e) => e.title);

describe('an ordinal subject with a phrase of place set off after it', () => {
  it.each([
    ['A second medical, at the surgery in Holby, was passed on Monday.', 'Second medical was passed'],
    ['A third inspection, at the quarry near Dunmere, was carried out on Friday.', 'Third inspection was carried out'],
    ['A fifth sample, near the outfall at Sandy Cove, was taken on Tuesday.', 'Fifth sample was taken'],
  ])('“%s”', (text, title) => {
    const t = titles(text);
    expect(t, t.join(' | ')).toContain(title);
  });

  it('keeps a phrase set off that is no place', () => {
    const t = titles('The order, from a ferry operator on the coast, was signed on Monday evening.');
    for (const x of t) expect(x).not.toBe('Order was signed');
  });
});
