import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (b39): "said demand had risen every month since the spring": a habit told in a reported past perfect since a
// date is the stretch from that date up to the telling, as it already was after "said that …" or "said it had …";
// the reported clause often drops its "that" before a noun subject. Every sentence here was written for this test
// (none comes from an eval set or a probe).

describe('a reported habit since a date, with no "that"', () => {
  it('"said demand had risen every month since the spring"', () => {
    const e = shortestAt('2020-11-25', ['The manager said demand had risen every month since the spring.'], 'every month');
    expect([e.date.start, e.date.end]).toEqual(['2020-03', '2020-11-25']);
  });

  it('"told the council visitor numbers had fallen every week since March"', () => {
    const e = shortestAt('2020-11-25', ['The warden told the council visitor numbers had fallen every week since March.'], 'every week');
    expect([e.date.start, e.date.end]).toEqual(['2020-03', '2020-11-25']);
  });

  it('"added that the queue had grown each day since Monday" (with "that", as before)', () => {
    const e = shortestAt('2020-11-25', ['The volunteer added that the queue had grown each day since Monday.'], 'each day');
    expect([e.date.start, e.date.end]).toEqual(['2020-11-23', '2020-11-25']);
  });

  it('a habit with no telling and no "since" stays no event of its own: "The bus ran every hour in June"', () => {
    const e = shortestAt('2020-11-25', ['The mayor said the new bus ran every hour in June.'], 'mayor');
    expect(e.date.end).toBeUndefined();
  });
});
