import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 42 (s42): "that autumn, 73 years ago": a count of years set off after "that <season>" names the season's year,
// counted from publication, as "the autumn 73 years ago" does; not the last such season before publication. Every
// sentence here was written for this test.

const PUB = '2021-03-10';

describe('r42-season-years-ago: "that <season>, N years ago" is that season of the year counted back', () => {
  it('r42-season-years-ago: the count after a comma gives the year', () => {
    const texts = ['The old ferry was broken up that summer, 60 years ago.'];
    const date = shortestAt(PUB, texts, 'ferry was broken up').date;
    expect(date.start).toBe('1961-06');
    expect(date.yearUncertain).toBeFalsy();
  });

  it('r42-season-years-ago: without the comma too', () => {
    const texts = ['The school hall burned down that winter eight years ago.'];
    expect(shortestAt(PUB, texts, 'hall burned down').date.rule).toBe('season/ago-year');
  });

  it('r42-season-years-ago: "that summer" alone is still a guess', () => {
    const texts = ['The old ferry was broken up that summer.'];
    expect(shortestAt(PUB, texts, 'ferry was broken up').date.start).not.toBe('1961-06');
  });
});
