import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 44 (r44): round 43's review items. Sentences written for this test.

describe('r44-count-told-own-date: a count before a telling read as the other stages read one', () => {
  it('r44-count-told-own-date: "told governors that" before a past with its own years: the count dates the telling', () => {
    const texts = ['The bursar resigned on Wednesday, two days after the chairman told governors that she had moved funds between 2004 and 2007.'];
    const moved = shortestAt('2010-05-07', texts, 'moved funds');
    expect([moved.date.start, moved.date.end]).toEqual(['2004', '2007']);
    expect(quoteOf(moved, texts)).not.toContain('chairman');
    const told = shortestAt('2010-05-07', texts, 'chairman told');
    expect(told.date.start).toBe('2010-05-03');
    expect(quoteOf(told, texts)).not.toContain('funds');
  });

  it('r44-count-told-own-date: a few words between the telling and its "that" ("said at a briefing that")', () => {
    const texts = ['The ferry was withdrawn on Friday, a week after the operator said at a briefing that its hull had cracked in 1998.'];
    const all = events('2010-05-07', ...texts);
    expect(all.find((e) => quoteOf(e, texts).startsWith('its hull'))?.date.start).toBe('1998');
    const count = all.find((e) => e.date.start === '2010-04-30');
    expect(count && quoteOf(count, texts)).toBe('a week after the operator said at a briefing');
  });
});
