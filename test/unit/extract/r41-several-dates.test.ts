import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 41 (b41): a sentence holding more than one date, where an until-clause's own happening was lost (issue 8,
// points 1 and 2). Every sentence here was written for this test (none comes from an eval set or a probe).

describe('r41-until-named-subject: an until-clause whose subject is a noun and a name set off by commas is its own happening', () => {
  it('"…, until a new warden, Ms Ada Crane, arrived in June": the arrival is June, with the warden in its evidence', () => {
    const t = ['The kennels stayed shut through May, until a new warden, Ms Ada Crane, arrived in June.'];
    const all = events('2022-08-17', ...t);
    const arrival = all.find((e) => quoteOf(e, t).includes('arrived'));
    const shut = all.find((e) => quoteOf(e, t).includes('stayed shut'));
    expect(arrival?.date.start).toBe('2022-06');
    expect(quoteOf(arrival!, t)).toContain('a new warden, Ms Ada Crane');
    expect(arrival?.title).toMatch(/warden/i);
    expect(shut?.date.start).toBe('2022-05');
    expect(quoteOf(shut!, t)).not.toContain('arrived');
  });

  it('the same after an after-clause with a date of its own: the subject is not left with the clause before', () => {
    const t = ['The library lent no maps in March and April, after its only archivist left in February, until a new archivist, Dr Ivo Senn, started in May.'];
    const all = events('2019-10-02', ...t);
    const started = all.find((e) => quoteOf(e, t).includes('started in May'));
    const left = all.find((e) => quoteOf(e, t).includes('archivist left'));
    expect(started?.date.start).toBe('2019-05');
    expect(quoteOf(started!, t)).toContain('Dr Ivo Senn');
    expect(left?.date.start).toBe('2019-02');
    expect(quoteOf(left!, t)).not.toContain('Senn');
  });

  it('a name set off beside its noun with a relative clause after it is no subject and verb ("…, Dr Ivo Senn, who …")', () => {
    const t = ['The library lent no maps in March, until a new archivist, Dr Ivo Senn, who trained in Leiden, came in May.'];
    const all = events('2019-10-02', ...t);
    expect(all.some((e) => e.title === 'Who trained in Leiden')).toBe(false);
    expect(all.find((e) => quoteOf(e, t).includes('lent no maps'))?.date.start).toBe('2019-03');
  });
});

describe('r41-until-after-range: after a stretch the clause names, an until-clause with its own subject and date is kept', () => {
  it('"The road was shut in June and July until a new bridge opened in August": the opening is August, the closure the range', () => {
    const t = ['The coast road was shut in June and July until a new bridge opened in August.'];
    const all = events('2022-11-03', ...t);
    const opened = all.find((e) => quoteOf(e, t).includes('bridge opened'));
    const shut = all.find((e) => quoteOf(e, t).includes('was shut'));
    expect(opened?.date.start).toBe('2022-08');
    expect(opened?.title).toMatch(/bridge opened/i);
    expect([shut?.date.start, shut?.date.end]).toEqual(['2022-06', '2022-07']);
    expect(quoteOf(shut!, t)).not.toContain('bridge');
  });

  it('an "until" that only closes a date ("until the end of August") makes no second event', () => {
    const t = ['The coast road was shut in June and July and again until the end of August.'];
    const all = events('2022-11-03', ...t);
    expect(all.filter((e) => /until-clause-own/.test(e.date.rule ?? ''))).toHaveLength(0);
  });
});

describe('r41-where-own-date: a where-clause with its own subject and date, after a dated clause, is its own happening', () => {
  it('"Inspectors found on Friday that a beam had split where it had been bolted in October": the bolting is October', () => {
    const t = ['Inspectors found on Friday that a beam had split where it had been bolted during a refit in October.'];
    const all = events('2019-03-13', ...t);
    const bolted = all.find((e) => quoteOf(e, t).includes('bolted'));
    const found = all.find((e) => quoteOf(e, t).includes('Inspectors found'));
    expect(bolted?.date.start).toBe('2018-10');
    expect(quoteOf(bolted!, t)).not.toContain('Inspectors');
    expect(found?.date.start).toBe('2019-03-08');
    expect(quoteOf(found!, t)).not.toContain('bolted');
  });

  it('a where-clause with no date of its own stays with its clause ("… where it had been bolted")', () => {
    const t = ['Inspectors found on Friday that a beam had split where it had been bolted.'];
    const all = events('2019-03-13', ...t);
    expect(all).toHaveLength(1);
    expect(all[0].date.start).toBe('2019-03-08');
  });

  it('a place after "where" with no subject of its own is no clause ("the hall where in 1990 …" is left whole)', () => {
    const t = ['The choir sang on Friday in the hall where concerts were first held in 1990.'];
    const all = events('2019-03-13', ...t);
    expect(all.find((e) => quoteOf(e, t).includes('choir sang'))?.date.start).toBe('2019-03-08');
  });
});

describe('r41-opening-run: "opens on X and runs until Y" is one showing from X to Y, told from the opening on', () => {
  it('"…, which opens at the museum on Saturday and runs until 3 October": the run\'s evidence holds the opening', () => {
    const t = ['An exhibition of old maps, which opens at the town museum on Saturday and runs until 3 October, is free to visit.'];
    const all = events('2007-06-06', ...t);
    const run = all.find((e) => e.date.end === '2007-10-03');
    expect(run?.date.start).toBe('2007-06-09');
    expect(quoteOf(run!, t)).toMatch(/^which opens at the town museum on Saturday and runs until 3 October/);
  });

  it('after "and" with a subject of its own ("and the cafe stays shut until June") the run is not the opening\'s', () => {
    const t = ['The gallery reopens on 12 May and the cafe stays shut until June.'];
    const all = events('2007-05-02', ...t);
    expect(all.some((e) => quoteOf(e, t).startsWith('The gallery reopens') && e.date.end !== undefined)).toBe(false);
  });
});

describe('r41-counted-antecedent: a relative clause after things counted in words names them, and keeps its own date', () => {
  it('"… used it to buy three new kilns, which arrived in May": the arrival is its own event, titled by the kilns', () => {
    const t = ['The school raised £4,000 at its fair and used the money to buy three new kilns, which arrived in May.'];
    const all = events('2021-10-20', ...t);
    const arrived = all.find((e) => quoteOf(e, t).includes('arrived in May'));
    expect(arrived?.title).toMatch(/^Three new kilns arrived/);
    expect(arrived?.date.start).toBe('2021-05');
  });
});

describe('r41-possessive-year: a year owned by a noun does not give its year to a later conjunct with its own subject', () => {
  it('"Last year\'s fete raised £900, and the club bought two benches, which came in April": April is this year', () => {
    const t = ['Last year\'s fete, on the village green, raised £900, and the club bought two oak benches, which came in April.'];
    const all = events('2021-10-20', ...t);
    const came = all.find((e) => quoteOf(e, t).includes('came in April'));
    expect(came?.date.start).toBe('2021-04');
  });

  it('a year in the same predicate still gives its year ("Last year\'s fete was held in June" is June of last year)', () => {
    const t = ['Last year\'s fete was held in June.'];
    const all = events('2021-10-20', ...t);
    expect(all[0]?.date.start).toBe('2020-06');
  });
});

describe('r41-relative-noun-evidence: a dated relative clause set off by its comma holds its noun in its evidence', () => {
  it('"… with stone from the old quarry, which shut in 1968": the shutting is quoted with the quarry, the wall with its decade', () => {
    const t = ['The harbour wall was raised in the 1930s with stone from the old quarry, which shut in 1968.'];
    const all = events('2020-04-01', ...t);
    const shut = all.find((e) => e.date.start === '1968');
    expect(quoteOf(shut!, t)).toMatch(/^the old quarry, which shut in 1968/);
    const wall = all.find((e) => quoteOf(e, t).includes('harbour wall'));
    expect(wall?.date.start).toBe('193');
  });

  it('a "which" that tells of the whole clause before keeps its own words ("…, which was the first time since 1990")', () => {
    const t = ['The club won the cup in May, which was its first title since 1990.'];
    const all = events('2020-04-01', ...t);
    expect(all.some((e) => /^May, which/.test(quoteOf(e, t)))).toBe(false);
  });
});
