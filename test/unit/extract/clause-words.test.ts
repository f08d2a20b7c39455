import { describe, expect, it } from 'vitest';
import { clauseWithoutDates, continuesWithVerb, dateSpans, leadSubject, trimmedEnd, undatedConjunct, withSubject } from '../../../shared/extract/clause-words';
import { clauseWork } from './clause-work';

// clause-words.ts: the words of a clause as its title needs them.
// Every sentence here was written for this test (none from an eval set or a probe).

describe('clause words', () => {
  const text = 'The minister, who resigned in May 2019, wrote a memoir.';
  it('cuts the dates out of a clause', () => {
    const t = clauseWork(text, '2021-04-20', 'May 2019');
    expect(dateSpans(t.w.a).map((s) => text.slice(s.start, s.end))).toEqual(['May 2019']);
    expect(clauseWithoutDates(t.w.u, t.w.c, t.w.a)).toBe('who resigned');
  });
  it('a relative clause names its antecedent', () => {
    const t = clauseWork(text, '2021-04-20', 'May 2019');
    expect(withSubject(t.w.u, t.w.c, 'who resigned')).toBe('The minister resigned');
  });
  it('a later predicate shares the subject after an opening date', () => {
    const s = 'In 2006, the bank bought a rival and later sold it.';
    const t = clauseWork(s, '2021-04-20', '2006');
    expect(leadSubject(t.w.u, t.w.c, t.w.main, s.indexOf(' and'))).toBe('the bank');
  });
  it('a later predicate shares the name set off after a possessive, never the possessive alone', () => {
    const s = 'Its captain, Lars Brink, was jailed in 1987 and spent a year in a cell.';
    const t = clauseWork(s, '2021-04-20', '1987');
    expect(leadSubject(t.w.u, t.w.c, t.w.main, s.indexOf(' and'))).toBe('Lars Brink');
    const bare = 'Its owner was jailed in 1987 and spent a year in a cell.';
    const b = clauseWork(bare, '2021-04-20', '1987');
    expect(leadSubject(b.w.u, b.w.c, b.w.main, bare.indexOf(' and'))).toBe('');
  });
  it('small helpers: the end moved back over spaces and commas; a verb after an aside', () => {
    expect(trimmedEnd('a deal ,  ', 0, 10)).toBe(6);
    expect(continuesWithVerb(', was rebuilt in 1990')).toBe(true);
    expect(continuesWithVerb(' the bridge')).toBe(false);
  });
});

describe('undatedConjunct', () => {
  const opener = /,\s+and\s+/;
  it('splits the conjunct off after the dated clause, a length in it no date of its own', () => {
    const s = 'The mill shut in 1931, and the yard lay empty for nine years.';
    const t = clauseWork(s, '2021-04-20', '1931');
    const c = undatedConjunct(s, t.w.main.end, s.length, opener, t.w.u.timexes);
    expect(c && s.slice(t.w.main.end, c.at)).toBe('');
    expect(c && s.slice(c.start)).toBe('the yard lay empty for nine years.');
  });
  it('leaves a conjunct that holds a date of its own', () => {
    const s = 'The mill shut in 1931, and the yard was sold in 1935.';
    const t = clauseWork(s, '2021-04-20', '1931');
    expect(undatedConjunct(s, t.w.main.end, s.length, opener, t.w.u.timexes)).toBeNull();
  });
});
