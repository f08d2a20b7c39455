import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 34 (a34): "the weekend" named as a thing held in a written year. Every sentence here was written for this test.

describe('"the weekend in <year>": a festival or gathering, dated by its year, not the weekend nearest publication', () => {
  it('"who started the weekend in 1979"', () => {
    const e = shortestAt('2015-06-10', ['Its founder, who started the weekend in 1979 with three friends, still plays on the opening night.'], 'started the weekend');
    expect(e.date.start).toBe('1979');
  });

  it('"founded the weekend back in 1985"', () => {
    expect(shortestAt('2015-06-10', ['She founded the weekend back in 1985 as a village fete.'], 'founded').date.start).toBe('1985');
  });

  it('"first organised the weekend in 1994"', () => {
    expect(shortestAt('2015-06-10', ['The choir first organised the weekend in 1994 with two borrowed tents.'], 'organised').date.start).toBe('1994');
  });

  it('a weekend with no year is still the nearest one', () => {
    expect(shortestAt('2015-06-10', ['We spent the weekend at the coast.'], 'spent').date.start).toBe('2015-06-06');
  });
});
