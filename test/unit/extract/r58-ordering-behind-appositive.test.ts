import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (clause58): an "after" clause with a date of its own, behind a noun phrase set off after the main clause's
// date, is its own happening at that date; a weekday alone in it is the one before the main clause's day; a possessive
// period inside it ("this year's deal") is not its date. Every sentence here was written for this test.

describe('an after-clause behind an appositive', () => {
  it('is its own happening at its own weekday', () => {
    const texts = ['The ferry stayed in port on Monday, the third day of a strike by crews after talks with the union collapsed on Thursday.'];
    const all = events('2019-05-03', ...texts);
    const talks = all.find((e) => quoteOf(e, texts).startsWith('after talks'));
    expect(talks?.date.start).toBe('2019-04-25');
    const ferry = all.find((e) => quoteOf(e, texts).startsWith('The ferry'));
    expect(ferry?.date.start).toBe('2019-04-29');
    expect(quoteOf(ferry!, texts).includes('collapsed')).toBe(false);
  });

  it('one without a date of its own stays in the clause', () => {
    const texts = ['The ferry stayed in port on Monday, the third day of a strike by crews after talks with the union collapsed.'];
    const all = events('2019-05-03', ...texts);
    expect(all.some((e) => quoteOf(e, texts).startsWith('after talks'))).toBe(false);
  });

  it("a possessive period in it is not its date", () => {
    const texts = ["The ferry stayed in port on Monday, the third day of a strike by crews after talks over this year's pay deal collapsed on Thursday."];
    const talks = events('2019-05-03', ...texts).find((e) => quoteOf(e, texts).startsWith('after talks'));
    expect(talks?.date.start).toBe('2019-04-25');
  });
});

describe('a weekday alone in an after-clause', () => {
  it('is the one before the main clause day, not a year back', () => {
    const texts = ['The ferry stayed in port on Monday after talks with the union collapsed on Thursday.'];
    const talks = events('2019-05-03', ...texts).find((e) => quoteOf(e, texts).startsWith('after talks'));
    expect(talks?.date.start).toBe('2019-04-25');
  });
});
