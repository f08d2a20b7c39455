import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 52 (a52): a present perfect closing on "since then" before ", and" and a bare plural subject whose verb follows
// ("..., and calls for a bus route were turned down in 2015") is a clause of its own, counted from the happening before, not
// dated by the second clause's year; and a stretch told last ("ran as a goods line until 1998") is as late as its end,
// so "since then" counts from that end, not from an earlier start told beside it. Every sentence here was written for
// this test.

const text = 'The branch line opened in 1884 and carried coal to the harbour until 1962. The cutting has remained overgrown since then, and calls for a cycle path were turned down in 2015 by the county.';
const at = (words: string) => events('2019-03-14', text).filter((e) => quoteOf(e, [text]).includes(words));

describe('"since then" closing a clause before a bare plural subject', () => {
  it('is its own event, counted from the end of the stretch told before', () => {
    const found = at('remained overgrown since then');
    expect(found).toHaveLength(1);
    expect(found[0].date).toMatchObject({ start: '1962', end: '2019-03-14' });
    expect(quoteOf(found[0], [text])).not.toContain('2015');
  });

  it('leaves the second clause at its own year', () => {
    const found = at('calls for a cycle path');
    expect(found).toHaveLength(1);
    expect(found[0].date.start).toBe('2015');
  });
});

describe('"since then" after a stretch told beside an earlier start', () => {
  const alone = 'The branch line opened in 1884 and carried coal to the harbour until 1962. The cutting has remained overgrown since then.';

  it('counts from the stretch\'s end', () => {
    const found = events('2019-03-14', alone).filter((e) => quoteOf(e, [alone]).includes('remained overgrown'));
    expect(found).toHaveLength(1);
    expect(found[0].date).toMatchObject({ start: '1962', end: '2019-03-14' });
  });
});
