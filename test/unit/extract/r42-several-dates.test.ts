import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf } from './event-lookup';

// Round 42 (b42): sentences holding more than one dated clause, and events lost for want of evidence or a title
// (issue 8, points 1 and 8). Every sentence here was written for this test (none comes from an eval set or a probe).

describe('r42-told-plan-evidence: a telling dated by its own day runs its evidence over what it told, a plan too', () => {
  it('"said on Friday that the slipway would reopen": the words told are the telling\'s evidence', () => {
    const t = ['The harbour master said on Friday that the slipway would reopen before the regatta.'];
    const all = events('2017-06-14', ...t);
    const said = all.find((e) => quoteOf(e, t).includes('said on Friday'));
    expect(said?.date.start).toBe('2017-06-09');
    expect(quoteOf(said!, t)).toContain('that the slipway would reopen');
  });

  it('after a state and "but", the telling still reaches what it told', () => {
    const t = ['The fee is modest, but the club treasurer, Ola Brandt, said on Monday that it would rise.'];
    const all = events('2016-02-10', ...t);
    const said = all.find((e) => quoteOf(e, t).includes('said on Monday'));
    expect(said?.date.start).toBe('2016-02-08');
    expect(quoteOf(said!, t)).toContain('that it would rise');
  });

  it('a date of its own after "that" still makes the told happening an event apart', () => {
    const t = ['The harbour master said on Friday that the slipway would reopen on 3 July.'];
    const all = events('2017-06-14', ...t);
    expect(all.find((e) => e.date.start === '2017-07-03')).toBeDefined();
  });
});

describe('r42-date-after-told: a date phrase after a told clause is that happening again, on its own date', () => {
  it('"The ranger said the path had been the scene of two falls, in 1998 and in March 2006": both dates kept', () => {
    const t = ['The ranger said the path had been the scene of two falls, in 1998 and in March 2006.'];
    const all = events('2016-02-10', ...t);
    const second = all.find((e) => e.date.start === '2006-03');
    expect(all.find((e) => e.date.start === '1998')).toBeDefined();
    expect(second).toBeDefined();
    expect(quoteOf(second!, t)).toContain('March 2006');
    expect(second!.title).toMatch(/path/i);
  });
});

describe('r42-bare-noun-antecedent: a relative clause on a bare noun after a preposition or a copula names that noun', () => {
  it('"about dust from road work, which went on … between May and August last year": kept, titled by the work', () => {
    const t = ['Shopkeepers on the quay, across the bridge, grumbled for weeks about dust from road work, which went on day and night between May and August last year.'];
    const all = events('2014-03-02', ...t);
    const work = all.find((e) => quoteOf(e, t).includes('went on day and night'));
    expect([work?.date.start, work?.date.end]).toEqual(['2013-05', '2013-08']);
    expect(work?.title).toMatch(/^Road work went on/);
  });

  it('"The weak spot was attendance, which fell sharply in February …": titled by attendance', () => {
    const t = ['The weak spot was attendance, which fell sharply in February when a storm shut the school for a week.'];
    const all = events('2014-03-02', ...t);
    const fell = all.find((e) => quoteOf(e, t).includes('fell sharply'));
    expect(fell?.date.start).toBe('2014-02');
    expect(fell?.title).toMatch(/^Attendance fell sharply/);
  });

  it('an adverb after the copula is no noun ("was quickly, which …" gives no antecedent)', () => {
    const t = ['The vote was counted quickly, which pleased the candidates in May.'];
    const all = events('2014-06-02', ...t);
    expect(all.some((e) => /^Quickly\b/i.test(e.title))).toBe(false);
  });
});

describe('r42-contact-clause-antecedent: "the diary Mr Ross kept in 1945, which …" tells of the diary', () => {
  it('the relative clause after a noun and a clause without "that" is kept, titled by the noun, evidence from "which"', () => {
    const t = ['She reads from the diary Mr Ross kept in 1945, which lay lost in a drawer until a nephew found it in 2011.'];
    const all = events('2014-03-02', ...t);
    const lay = all.find((e) => quoteOf(e, t).includes('lay lost'));
    expect(lay?.date.start).toBe('2011');
    expect(lay?.title).toMatch(/^Diary lay lost/);
    expect(quoteOf(lay!, t)).toMatch(/^which/);
    expect(all.find((e) => quoteOf(e, t).includes('kept in 1945'))?.date.start).toBe('1945');
  });

  it('the same with a possessive subject ("the letter his father wrote in 1950, which …")', () => {
    const t = ['He kept the letter his father wrote in 1950, which lay lost in a drawer until a cousin found it in 2009.'];
    const all = events('2014-03-02', ...t);
    expect(all.find((e) => quoteOf(e, t).includes('lay lost'))?.title).toMatch(/^Letter lay lost/);
  });
});

describe('r42-told-at-the-time-unplaced: with no publication date, "at the time" after a time counted from writing is a guess', () => {
  it('"raised money last May and said at the time …": the telling is flagged', () => {
    const t = ['It began in 2015.', 'It raised money last May and said at the time that it would grow.'];
    const all = nopub(...t);
    const said = all.find((e) => quoteOf(e, t).startsWith('said at the time'));
    expect(said).toBeDefined();
    expect(said!.date.yearUncertain).toBe(true);
  });

  it('after a written date the time is that date\'s and stays certain', () => {
    const t = ['The line closed on 3 May 2009. The firm said at the time that it had lost money for years.'];
    const all = nopub(...t);
    const said = all.find((e) => e.date.rule?.includes('told-at-the-time'));
    expect(said?.date.start).toBe('2009-05-03');
    expect(said?.date.yearUncertain).toBeFalsy();
  });
});

describe('r42-semicolon-since-then: "X happened in 1998; since then Y has …" is two events', () => {
  it('the clause after the semicolon runs from the date before up to publication, and the first ends at the semicolon', () => {
    const t = ['The ferry stopped in 1998; since then the islanders have used a launch.'];
    const all = events('2020-03-01', ...t);
    const stopped = all.find((e) => quoteOf(e, t).includes('ferry stopped'));
    const since = all.find((e) => quoteOf(e, t).includes('islanders have used'));
    expect(stopped?.date.start).toBe('1998');
    expect(quoteOf(stopped!, t)).not.toContain('since then');
    expect([since?.date.start, since?.date.end]).toEqual(['1998', '2020-03-01']);
    expect(quoteOf(since!, t)).not.toContain('ferry');
  });

  it('a clause after the semicolon with a date of its own is not cut this way ("; since then a launch sank in 2004")', () => {
    const t = ['The ferry stopped in 1998; since then a launch sank in 2004.'];
    const all = events('2020-03-01', ...t);
    expect(all.find((e) => quoteOf(e, t).includes('ferry stopped'))?.date.start).toBe('1998');
    expect(all.find((e) => quoteOf(e, t).includes('launch sank'))?.date.start).toBe('2004');
  });
});
