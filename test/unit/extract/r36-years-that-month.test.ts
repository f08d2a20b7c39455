import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36: "that June" closing its clause after any word ("opened in the town hall that June and sat for weeks") is
// a month of the year in focus, as it already was after a preposition or a past verb; "that" before a month that goes
// on to a verb opens what was said. Every sentence here was written for this test.

const PUB = '2019-03-14';
const at = (texts: string[], words: string) => shortestAt(PUB, texts, words).date;

describe('"that <month>" after a noun closing its clause', () => {
  it('three wordings', () => {
    const a = at(['The river burst its banks on 4 February 1988.', 'An inquiry opened in Harlow that June and sat for three weeks.'], 'inquiry opened');
    expect(a.start).toBe('1988-06');
    const b = at(['The chapel was struck by lightning in April 1975.', 'The roof was back on by the last week of August, and a new organ was installed in the nave that October.'], 'new organ was installed');
    expect(b.start).toBe('1975-10');
    const c = at(['Ms Varga joined the orchestra in 2003.', 'She played her first solo with the strings that December, when the leader fell ill.'], 'played her first solo');
    expect(c.start).toBe('2003-12');
  });

  it('"that" opening what was said is no month of the year in focus', () => {
    const d = at(['The river burst its banks on 4 February 1988.', 'Farmers had the fear that June would be as wet.'], 'fear that June');
    expect(d.rule).not.toBe('month/anaphoric-that');
  });

  it('the following season counts from that month', () => {
    const e = at(['The river burst its banks on 4 February 1988.', 'An inquiry opened in Harlow that June. Its report, published the following spring, blamed the water board.'], 'published the following spring');
    expect(e.start).toBe('1989-03');
  });
});
