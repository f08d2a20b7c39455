import { describe, expect, it } from 'vitest';
import { clauseYearCertainty, UNPLACED } from '../../../shared/extract/clause-year';
import { clauseWork } from './clause-work';

// clause-year.ts: what the clause itself says of the year of its date.
// Every sentence here was written for this test (none from an eval set or a probe).

describe('clauseYearCertainty', () => {
  it('a date given only beside an unplaced "on Tuesday" (no publication date) is a guess', () => {
    // Round 33: a year in a date's place ("in the summer of 2019") now gives an unplaced weekday a flagged guess at its
    // year (text-years.ts); one naming a noun ("the 2019 floods") does not, and leaves "on Tuesday" unplaced.
    // Round 55 (e55): without the date, "the 2019 floods" now gives the text a guessed year of writing, and anchoring
    // makes "during the 2019 floods" an aside of its own; the clause is widened to the sentence here, so that the weekday
    // left without a week stands inside the clause whose certainty is judged.
    const t = clauseWork('The trial opened on Tuesday over a collapse during the 2019 floods.', null, '2019');
    const unplaced = t.w.u.timexes.filter((x) => x.type === 'DATE' && UNPLACED.test(x.rule));
    expect(unplaced.map((x) => x.text)).toEqual(['Tuesday']);
    const a = { ...t.w.a, clause: { start: t.w.u.start, end: t.w.u.end } };
    clauseYearCertainty(t.w.date, t.w.main, a, unplaced);
    expect(t.w.date.yearUncertain).toBe(true);
  });
  it('a date whose clause has nothing left unplaced keeps its certainty', () => {
    const t = clauseWork('The bridge collapsed in the summer of 2019.', null, 'the summer of 2019');
    clauseYearCertainty(t.w.date, t.w.main, t.w.a, []);
    expect(t.w.date.yearUncertain).toBeUndefined();
  });
  it('a year the clause writes confirms a counted year that was a guess ("Two years later, in 2013, …")', () => {
    const t = clauseWork('The probe left Earth in March 2011. Two years later, in 2013, the probe reached the comet.', '2021-04-20', 'Two years later');
    // As if the count had been made from a guessed year: the year the clause writes is the text's word.
    t.w.date.yearUncertain = true;
    clauseYearCertainty(t.w.date, t.w.main, t.w.a, []);
    expect(t.w.date.start).toBe('2013');
    expect(t.w.date.yearUncertain).toBeUndefined();
  });
});
