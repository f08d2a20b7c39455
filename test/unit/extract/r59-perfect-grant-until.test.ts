import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (worst59): what the present perfect grants up to a time still ahead ("has lent us the barn until the end of
// May", "has been reserved until") runs from publication up to that time, as a present-perfect closure ("has shut the
// road until") already does. Every sentence here was written for this test.

const at = (published: string, texts: string[], words: string) =>
  events(published, ...texts).find((e) => quoteOf(e, texts).includes(words));

describe('r59-perfect-grant-until: a grant in the present perfect up to a time ahead', () => {
  it('"has lent … until the end of" a month to come: from publication to that month', () => {
    const texts = ['The farmer at Owlcote has lent the scouts a barn until the end of May.'];
    const e = at('2019-02-11', texts, 'lent the scouts');
    expect([e?.date.start, e?.date.end]).toEqual(['2019-02-11', '2019-05']);
  });

  it('"has been reserved until" a month to come', () => {
    const texts = ['The library thanked the parish for the annexe, which has been reserved until the end of November.'];
    const e = at('2019-02-11', texts, 'been reserved');
    expect([e?.date.start, e?.date.end]).toEqual(['2019-02-11', '2019-11']);
  });

  it('a present perfect that is no grant stays at the month', () => {
    const texts = ['The barge has stayed in the basin until the end of January.'];
    const e = at('2019-02-11', texts, 'stayed in the basin');
    expect(e?.date.end).toBeUndefined();
  });
});
