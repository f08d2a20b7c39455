import { describe, expect, it } from 'vitest';
import type { SubjectYear } from '../../../shared/extract/anchor';
import { anchorUnit } from '../../../shared/extract/anchor-unit';
import { parseYmd } from '../../../shared/time-value';
import { unitsOf } from './clause-work';

// The steps anchorUnit runs over each clause, seen together (anchor-unit.ts), on sentences written for this test
// (none comes from an eval set or a probe).

const PUBLISHED = '2021-03-03';

function anchoredOf(text: string, subjectYears: SubjectYear[] = []) {
  return unitsOf(text, PUBLISHED).flatMap((u) =>
    anchorUnit(u, parseYmd(PUBLISHED), subjectYears).map((a) => ({
      clause: u.paraText.slice(a.clause.start, a.clause.end),
      main: a.main.text,
      ...(a.end ? { end: a.end.text } : {}),
      ...(a.bound ? { bound: a.bound } : {}),
      ...(a.named ? { named: u.paraText.slice(a.named.start, a.named.end) } : {}),
      ...(a.present ? { present: u.paraText.slice(a.present.start, a.present.end) } : {}),
      ...(a.guessedYear ? { guessedYear: true } : {}),
    })),
  );
}

describe('anchoring a unit', () => {
  it('each clause with its own date', () => {
    expect(anchoredOf('The pool closed in May 2019, and it reopened on Friday.')).toEqual([
      { clause: 'The pool closed in May 2019, and', main: 'May 2019' },
      { clause: 'it reopened on Friday.', main: 'Friday' },
    ]);
  });
  it('a year naming the subject is left to the subject years', () => {
    const years: SubjectYear[] = [];
    expect(anchoredOf('2012 Olympic champion Ana Lind opened the pool on Friday.', years).map((a) => a.main)).toEqual(['Friday']);
    expect(years.map((y) => y.timex.text)).toEqual(['2012']);
  });
  it('a complement in the present progressive is cut off an earlier year\'s clause', () => {
    expect(anchoredOf('2015 was a hard year and a sign that the town is still recovering.')).toEqual([
      { clause: '2015 was a hard year and a sign', main: '2015', present: 'that the town is still recovering.' },
    ]);
  });
  it('an earlier year given to a noun after a past verb names that thing; the clause\'s year is a guess', () => {
    expect(anchoredOf('The mayor praised the 2010 flood defences.')).toEqual([
      { clause: 'The mayor praised the 2010 flood defences.', main: '2010', named: 'the 2010 flood defences', guessedYear: true },
    ]);
  });
});
