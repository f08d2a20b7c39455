import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 34 (c34): wars a reader dates by the public record beyond the two world wars (Korea, Vietnam, the Falklands,
// the Boer War, Crimea, the Spanish Civil War), and a named war in a conjunct joined by "and" (no comma) to a predicate
// with a date of its own: two happenings, the war's years and the date's. Every sentence here was written for this test.

const PUB = '2021-06-01';

describe('a named war in a conjunct with another date', () => {
  it('"served in the Korean War and in 1958 joined the firm": the war years, then 1958', () => {
    const texts = ['Her father served in the Korean War and in 1958 joined the family firm.'];
    const war = shortestAt(PUB, texts, 'Korean War').date;
    expect([war.start.slice(0, 4), war.end?.slice(0, 4)]).toEqual(['1950', '1953']);
    const joined = shortestAt(PUB, texts, 'joined the family firm').date;
    expect(joined.start).toBe('1958');
  });

  it('"nursed soldiers during the Vietnam War and in 1979 opened a clinic"', () => {
    const texts = ['She nursed soldiers during the Vietnam War and in 1979 opened a clinic of her own.'];
    const starts = events(PUB, ...texts).map((e) => [quoteOf(e, texts), e.date.start.slice(0, 4)]);
    expect(starts).toContainEqual(['She nursed soldiers during the Vietnam War', '1955']);
    expect(starts.some(([q, y]) => q.includes('opened a clinic') && y === '1979')).toBe(true);
  });

  it('"fought in the Boer War as a scout and then in 1905 sailed for Canada"', () => {
    const texts = ['He fought in the Boer War as a scout and then in 1905 sailed for Canada.'];
    expect(shortestAt(PUB, texts, 'Boer War').date.start.slice(0, 4)).toBe('1899');
    expect(shortestAt(PUB, texts, 'sailed for Canada').date.start).toBe('1905');
  });

  it('with a comma, as before: "During the Falklands War he flew supply runs, and in 1984 he left the air force"', () => {
    const texts = ['During the Falklands War he flew supply runs, and in 1984 he left the air force.'];
    expect(shortestAt(PUB, texts, 'supply runs').date.start).toBe('1982-04-02');
    expect(shortestAt(PUB, texts, 'left the air force').date.start).toBe('1984');
  });

  it('a war naming a thing dates nothing: "laid a wreath at the Korean War memorial in 2003"', () => {
    const texts = ['The mayor laid a wreath in the Korean War memorial garden in 2003.'];
    const dates = events(PUB, ...texts).map((e) => e.date.start);
    expect(dates).toEqual(['2003']);
  });
});
