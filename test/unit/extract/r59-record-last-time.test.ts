import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (worst59): "It was <someone's> first <thing> since <date>" is a pronoun's copula whose whole complement is
// a record counted against the last time; the clause tells of nothing but that last time, so it is dated there, as a
// record "the first … since" set off elsewhere already is. A possessive noun owns the record as "its" does. Every
// sentence here was written for this test.

const at = (published: string, texts: string[], words: string) =>
  events(published, ...texts).filter((e) => quoteOf(e, texts).includes(words));

describe('r59-record-last-time: a copula record against the last time', () => {
  it('a possessive noun before "first": dated at the last time, one event', () => {
    const texts = ["It was the ferry company's first strike since 1987, when the deckhands walked out over rotas."];
    const found = at('2015-04-20', texts, 'first strike');
    expect(found.map((e) => [e.date.start, e.date.mod ?? null])).toEqual([['1987', null]]);
  });

  it('a name with "s" and an elided head after "and their first"', () => {
    const texts = ["It was Hensleigh's second shield and their first since 1969."];
    const e = at('2015-04-20', texts, 'second shield')[0];
    expect(e.date.start).toBe('1969');
    expect(e.date.mod).toBeUndefined();
  });

  it('a conjunct after the copula record is not counted on from that last time', () => {
    const texts = ["It was the Torvick rowing club's first cup since 1974, and it broke a long run of defeats."];
    const e = at('2015-04-20', texts, 'broke a long run')[0];
    expect(e.date.start).not.toBe('1974');
  });

  it('a superlative or a clause with a subject of its own is left as it was', () => {
    const texts = ['The ferry crews staged their first strike since 1987 on Monday.'];
    const e = at('2015-04-20', texts, 'ferry crews staged')[0];
    expect(e.date.start).toBe('2015-04-20');
  });
});
