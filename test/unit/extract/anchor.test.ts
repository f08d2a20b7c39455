import { describe, expect, it } from 'vitest';
import { clauses, comparedWith, datesTheTelling, usable } from '../../../shared/extract/anchor';
import { anchorUnit } from '../../../shared/extract/anchor-unit';
import { segment } from '../../../shared/extract/segment';
import { tagTimexes } from '../../../shared/extract/tagger';
import type { Timex } from '../../../shared/extract/types';

// Stage 3 of the extractor (anchor.ts): which clause each date belongs to, and which expression dates the
// clause's event. The tagger's output for sentences of our own is the input, as in the pipeline.

const PUBLISHED = '2021-03-03';

/** The anchored clauses of a one-paragraph text, written out as text. */
function anchored(text: string) {
  const [s] = segment([{ id: 'p', role: 'body', text }], PUBLISHED);
  return s.units.flatMap((u) =>
    anchorUnit(u).map((a) => ({
      clause: text.slice(a.clause.start, a.clause.end),
      main: a.main.text,
      ...(a.end ? { end: a.end.text } : {}),
      ...(a.bound ? { bound: a.bound } : {}),
    })),
  );
}

const tag = (text: string) => tagTimexes(text, { dct: PUBLISHED });
const find = (text: string, what: string): Timex => tag(text).find((t) => t.text === what)!;

describe('usable', () => {
  it('takes expressions that name a stretch of the calendar, and "some time ago"', () => {
    expect(usable(find('The mill closed in 2012.', '2012'))).toBe(true);
    expect(usable(find('The mill closed on Monday.', 'Monday'))).toBe(true);
    expect(usable(find('The mill closed some time ago.', 'some time ago'))).toBe(true);
  });

  it('leaves out durations, habits, "now" and a clock time with no day', () => {
    expect(usable(find('The strike lasted three weeks.', 'three weeks'))).toBe(false);
    expect(usable(find('The market opens every Monday.', 'every Monday'))).toBe(false);
    expect(usable(find('The market is busy now.', 'now'))).toBe(false);
    expect(usable(tag('The office is open from 9 a.m. to 5 p.m.')[0])).toBe(false);
  });
});

describe('what a date in the clause is for', () => {
  it('datesTheTelling: "said Friday" dates the saying, not what was said', () => {
    const text = 'The ferry sank, the coast guard said Friday.';
    expect(datesTheTelling(text, find(text, 'Friday'))).toBe(true);
    const own = 'The ferry sank on Friday.';
    expect(datesTheTelling(own, find(own, 'Friday'))).toBe(false);
    // The occasion of the telling may stand between it and its date.
    const at = 'The mayor told reporters at a hastily called briefing on Monday that the dam had held in May.';
    expect(datesTheTelling(at, find(at, 'Monday'))).toBe(true);
    const met = 'The mayor held a briefing on Monday.';
    expect(datesTheTelling(met, find(met, 'Monday'))).toBe(false);
  });

  it('comparedWith: the yardstick of a comparison is not the time of the event', () => {
    const a = 'Exports fell 17 percent compared with 2008.';
    expect(comparedWith(a, find(a, '2008'))).toBe(true);
    const b = 'Sales were up 4 percent from a year earlier.';
    expect(comparedWith(b, find(b, 'a year earlier'))).toBe(true);
    const c = 'Exports fell in 2008.';
    expect(comparedWith(c, find(c, '2008'))).toBe(false);
    expect(anchored(a)).toEqual([]);
  });
});

describe('clauses', () => {
  it('keeps a sentence whole when it holds one date, or the same date twice', () => {
    const one = 'The pier was rebuilt in 2016 after the flood.';
    expect(clauses(one, 0, one.length, tag(one))).toEqual([{ start: 0, end: one.length }]);
    const twice = 'The council met on May 4 and again on May 4.';
    expect(clauses(twice, 0, twice.length, tag(twice))).toHaveLength(1);
  });

  it('cuts a sentence with two dates at a clause boundary, one date in each part', () => {
    const text = 'The pier opened in 2004; it was closed in 2019.';
    const parts = clauses(text, 0, text.length, tag(text)).map((c) => text.slice(c.start, c.end));
    expect(parts).toEqual(['The pier opened in 2004', 'it was closed in 2019.']);
  });

  it('cuts at a conjunction between two dates when there is no comma', () => {
    const text = 'Work on the line will start next month and the first trams should run in 2025.';
    const parts = clauses(text, 0, text.length, tag(text)).map((c) => text.slice(c.start, c.end));
    expect(parts).toEqual(['Work on the line will start next month', 'the first trams should run in 2025.']);
  });

  it('does not cut the two ends of a range', () => {
    const text = 'The museum was open between May and July.';
    expect(clauses(text, 0, text.length, tag(text))).toHaveLength(1);
  });
});

describe('anchorUnit', () => {
  it('gives each dated clause its own event', () => {
    expect(anchored('The pier opened in 2004; it was closed in 2019.').map((a) => a.main)).toEqual(['2004', '2019']);
  });

  it('joins "from … to …", "between … and …" and "1979-89" into a range', () => {
    expect(anchored('The mill ran from 1979 to 1989 under one owner.')).toMatchObject([{ main: '1979', end: '1989' }]);
    expect(anchored('The museum was open between May and July.')).toMatchObject([{ main: 'May', end: 'July' }]);
    expect(anchored('The mill ran in 1979-89 under one owner.')).toMatchObject([{ main: '1979', end: '89' }]);
  });

  it('does not join two dates that a bare "and" lists', () => {
    // Round 36: two years in a row are one stretch, as two months in a row are; years further apart stay two times.
    expect(anchored('The fair was held in 2015 and 2019.')[0]).not.toHaveProperty('end');
  });

  it("prefers the event's own date to the date of its telling", () => {
    expect(anchored('The ferry sank on Tuesday, the coast guard said Friday.')).toMatchObject([{ main: 'Tuesday' }]);
  });

  it('bounds an event that follows or precedes the date it names', () => {
    expect(anchored('She moved to Lyon after losing the 1992 election.')).toMatchObject([{ main: '1992', bound: 'after' }]);
    expect(anchored('The shop closed before the 2010 census.')).toMatchObject([{ main: '2010', bound: 'before' }]);
    expect(anchored('The shop closed in 2010.')[0]).not.toHaveProperty('bound');
  });
});

describe('a dated participle phrase between a noun and its relative clause', () => {
  it('"… sued the firm in 2014 over a song, first recorded in 1988, that used …" is its own clause with its own date', () => {
    const got = anchored('The singer sued the firm in 2014 over a song, first recorded in 1988, that used her voice.');
    expect(got).toContainEqual(expect.objectContaining({ clause: 'first recorded in 1988', main: '1988' }));
    expect(got).toContainEqual(expect.objectContaining({ main: '2014' }));
  });
  it('closing the sentence, the phrase may be a second predicate: it stays in the clause', () => {
    const got = anchored('The singer was arrested in 2014, charged in 2015.');
    expect(got.some((a) => a.clause === 'charged in 2015')).toBe(false);
  });
});

describe('a dated participle phrase closing the sentence after a noun (a reduced relative clause)', () => {
  it('"… the record was a catch of 40 kilos, landed in 1961 by …" tells of the catch in 1961, not this month', () => {
    const got = anchored('Until this month, the club record was a pike of 19 kilos, landed in 1961 by a farmer from Oss.');
    expect(got).toContainEqual(expect.objectContaining({ clause: 'landed in 1961 by a farmer from Oss.', main: '1961' }));
    expect(got).toContainEqual(expect.objectContaining({ main: 'this month' }));
  });
  it('after a subject with no verb of its own, the "participle" is the sentence\'s verb', () => {
    const got = anchored('The mill closed in 1990; its owner, Pia Lund, retired three years later and moved to Spain in 1999.');
    expect(got.some((a) => a.clause.startsWith('retired'))).toBe(false);
  });
  it('after a relative clause in the subject, the comma closes the subject', () => {
    const got = anchored('Olav Rist, the builder who in 1950 drew the harbour plans and saw them carried out, died on Monday at home.');
    expect(got.some((a) => a.clause.startsWith('died'))).toBe(false);
  });
});

describe('a relative clause with a date of its own inside a dated clause', () => {
  it('"… was opened in 1998 by a widow whose husband had drowned the year before" is two clauses', () => {
    const got = anchored('The lifeboat station was opened in 1998 by a widow whose husband had drowned the year before.');
    expect(got).toContainEqual(expect.objectContaining({ clause: 'whose husband had drowned the year before.', main: 'the year before' }));
    expect(got).toContainEqual(expect.objectContaining({ main: '1998' }));
  });
  it('"a rule that has applied since 2009" after a dated clause', () => {
    const got = anchored('The club was fined in March under a rule that has applied since 2009.');
    expect(got).toContainEqual(expect.objectContaining({ clause: 'that has applied since 2009.' }));
  });
  it('"said that" opens no relative clause', () => {
    const got = anchored('The club said in March that it was founded in 1890.');
    expect(got.some((a) => a.clause.startsWith('that'))).toBe(false);
  });
});
