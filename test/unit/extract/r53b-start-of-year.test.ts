import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53, second wave (a53b): "at the start of" a year names a point at the year's opening, its first month, as a
// reader takes it; "early this year" keeps the year's start. Every sentence here was written for this test.

describe('"at the start of" a year is its first month', () => {
  it('this year', () => {
    const ev = shortestAt('2021-09-14', ['The cellist joined the touring quartet at the beginning of this year.'], 'joined');
    expect(ev.date.start).toBe('2021-01');
    expect(ev.date.mod).toBeUndefined();
  });

  it('last year', () => {
    expect(shortestAt('2021-09-14', ['The ferry company raised its fares at the beginning of last year.'], 'raised').date.start).toBe('2020-01');
  });

  it('"early this year" stays the start of the year', () => {
    const ev = shortestAt('2021-09-14', ['Early this year the ferry company raised its fares.'], 'raised');
    expect(ev.date.start).toBe('2021');
    expect(ev.date.mod).toBe('start');
  });
});
