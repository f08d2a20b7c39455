import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (c55): a sentence opening "Within a decade" / "Within two decades", told in the past, runs from the last date
// its paragraph gave for ten (twenty) years, as "Within five years" already did. Every sentence here was written for
// this test.

describe('"within a decade" counted from the date before it', () => {
  it('from a day, ten years on', () => {
    const texts = ['On 4 May 1931 a forester planted the first cedars on the ridge above Cradwell. Within a decade the grove had spread across the whole hillside.'];
    const ev = shortestAt('2020-01-01', texts, 'grove had spread');
    expect([ev.date.start, ev.date.end]).toEqual(['1931-05-04', '1941-05-04']);
  });

  it('from a year, twenty years on', () => {
    const texts = ['In 1931 a forester planted the first cedars on the ridge. Within two decades, the grove covered the hillside.'];
    const ev = shortestAt('2020-01-01', texts, 'grove covered');
    expect([ev.date.start, ev.date.end]).toEqual(['1931', '1951']);
  });

  it('a bare "within decades" gives no bound', () => {
    const texts = ['In 1931 a forester planted the first cedars on the ridge. Within decades the grove covered the hillside.'];
    const ev = shortestAt('2020-01-01', texts, 'grove covered');
    expect(ev.date.end ?? null).not.toBe('1951');
    expect(ev.date.rule).not.toBe('sequence/within-from-date');
  });
});
