import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 54 (a54b): "Last year's fair, on June 9, drew …": a date owned by the subject's noun, with that noun's day set
// off after it by commas, is one date told twice, the day the closer; the sentence is not cut into two events.
// Every sentence here was written for this test.

describe("a possessive year's noun with its day set off after it", () => {
  it('the day, in the possessive year, dates the clause', () => {
    const texts = ["Last year's regatta, on August 14, drew two hundred boats to the estuary."];
    const all = events('2019-05-06', ...texts);
    expect(all.filter((e) => /regatta|boats/i.test(e.title))).toHaveLength(1);
    expect(shortestAt('2019-05-06', texts, 'drew two hundred boats').date.start).toBe('2018-08-14');
  });

  it('a day outside the possessive year still cuts', () => {
    const texts = ["Last year's regatta, on August 14, 2015, drew two hundred boats to the estuary."];
    const all = events('2019-05-06', ...texts);
    expect(all.some((e) => e.date.start === '2018')).toBe(true);
  });
});
