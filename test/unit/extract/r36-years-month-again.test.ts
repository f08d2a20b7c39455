import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36: a yearless past month (or a day of it) too far from publication for news to leave its year off, named after
// a day of the same month written with an old year, is that day's month, still flagged a guess. Every sentence here
// was written for this test.

const PUB = '2016-02-10';
const at = (texts: string[], words: string) => shortestAt(PUB, texts, words).date;

describe('a month named again after an old day of that month', () => {
  it('a bare month, three wordings', () => {
    const a = at(['The barn burned down on July 9, 2013, after a lamp tipped over.', '"The smoke was seen for miles in July," the fire officer told the inquest.'], 'smoke was seen');
    expect(a.start).toBe('2013-07');
    expect(a.yearUncertain).toBe(true);
    const b = at(['The ferry ran aground on 3 May 2012 in thick fog.', 'Its master told the inquiry that he had been ill in May.'], 'had been ill');
    expect(b.start).toBe('2012-05');
    expect(b.yearUncertain).toBe(true);
    const c = at(['Mr Oduya was dismissed on June 30, 2011.', 'The tribunal heard that he had complained to his manager in June about the shifts.'], 'complained to his manager');
    expect(c.start).toBe('2011-06');
    expect(c.yearUncertain).toBe(true);
  });

  it('a day of that month, three wordings', () => {
    const a = at(['The dam failed on Aug. 27, 2012.', 'An engineer told the hearing that she had inspected the spillway on Aug. 4.'], 'inspected the spillway');
    expect(a.start).toBe('2012-08-04');
    expect(a.yearUncertain).toBe(true);
    const b = at(['The singer collapsed on stage on 12 March 2013.', 'Her agent said she had cancelled a concert in Leeds on 2 March.'], 'cancelled a concert');
    expect(b.start).toBe('2013-03-02');
    const c = at(['The lorry overturned on the bypass on June 18, 2011.', 'Police had stopped the same driver on June 6 for speeding, the court was told.'], 'stopped the same driver');
    expect(c.start).toBe('2011-06-06');
  });
});

describe('what stays with the tense', () => {
  it('a month near publication, another month, or a recent old day', () => {
    // Within weeks of publication news leaves the year off: last January.
    expect(at(['The barn burned down on January 9, 2013.', 'The owner sold the land in January.'], 'sold the land').start).toBe('2016-01');
    // Another month than the written day's: the tense's year, flagged as before.
    expect(at(['The barn burned down on July 9, 2013, after a lamp tipped over.', 'The owner sold the land in April.'], 'sold the land').rule).not.toContain('month-of-written-day');
    // A written day of the year before publication's is no old story: the tense's reading stands.
    expect(at(['The barn burned down on July 9, 2015, after a lamp tipped over.', '"The smoke was seen for miles in July," the officer said.'], 'smoke was seen').start).toBe('2015-07');
  });
});
