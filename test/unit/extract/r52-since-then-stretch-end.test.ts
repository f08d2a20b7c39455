import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 52 (a52): a present perfect closing on "since then" before ", and" and a bare plural subject whose verb follows
// ("..., and hopes of a sale were dashed in 2015") is a clause of its own, counted from the happening before, not
// dated by the second clause's year; and a stretch told last ("served as a school until 1998") is as late as its end,
// so "since then" counts from that end, not from an earlier start told beside it. Every sentence here was written for
// this test.

const text = 'The granary was raised in 1884 and stored the parish grain until 1962. It has remained empty since then, and hopes of a sale were dashed in 2015 when the buyer withdrew.';
const at = (words: string) => events('2019-03-14', text).filter((e) => quoteOf(e, [text]).includes(words));

describe('"since then" closing a clause before a bare plural subject', () => {
  it('is its own event, counted from the end of the stretch told before', () => {
    const found = at('remained empty since then');
    expect(found).toHaveLength(1);
    expect(found[0].date).toMatchObject({ start: '1962', end: '2019-03-14' });
    expect(quoteOf(found[0], [text])).not.toContain('2015');
  });

  it('leaves the second clause at its own year', () => {
    const found = at('hopes of a sale');
    expect(found).toHaveLength(1);
    expect(found[0].date.start).toBe('2015');
  });
});

describe('"since then" after a stretch told beside an earlier start', () => {
  const alone = 'The granary was raised in 1884 and stored the parish grain until 1962. It has remained empty since then.';

  it('counts from the stretch\'s end', () => {
    const found = events('2019-03-14', alone).filter((e) => quoteOf(e, [alone]).includes('remained empty'));
    expect(found).toHaveLength(1);
    expect(found[0].date).toMatchObject({ start: '1962', end: '2019-03-14' });
  });
});
