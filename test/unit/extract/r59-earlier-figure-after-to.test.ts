import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (worst59): a figure reached ("rose to 4.1 million") sets off the earlier figure it is compared with even
// with no comma before the comparing word; that figure is an event of its own, at its time (a year back of the
// clause's own stretch for "the year before"). Every sentence here was written for this test.

const at = (published: string, texts: string[], words: string) =>
  events(published, ...texts).find((e) => quoteOf(e, texts).startsWith(words));

describe('r59-earlier-figure-after-to: the earlier figure with no comma', () => {
  it('"compared with … the year before" after the figure reached, a year back of the clause stretch', () => {
    const texts = ['Turnover for the year to 30 June 2014 rose to 7.5 million pounds compared with 6.1 million the year before.'];
    const e = at('2014-09-02', texts, 'compared with 6.1 million');
    expect([e?.date.start, e?.date.end]).toEqual(['2012-07', '2013-06-30']);
  });

  it('"from … in" a year after the figure reached', () => {
    const texts = ['In July membership of the Brindle rambling club rose to 310 from 240 in 2009.'];
    const e = at('2014-09-02', texts, 'from 240');
    expect(e?.date.start).toBe('2009');
  });

  it('no figure reached before "from": no earlier figure', () => {
    const texts = ['The family moved to the coast from the city in 2009.'];
    expect(at('2014-09-02', texts, 'from the city')).toBeUndefined();
  });
});
