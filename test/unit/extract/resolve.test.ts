import { describe, expect, it } from 'vitest';
import { documentSchemas } from '../../../shared/document';
import { beforePublication, dateFromTimex, isStated, relativeTo, valueToRange } from '../../../shared/extract/resolve';
import { tagTimexes } from '../../../shared/extract/tagger';
import type { Timex } from '../../../shared/extract/types';
import { parseYmd } from '../../../shared/time-value';

// Stage 4 of the extractor (resolve.ts): a time expression becomes the document's date, saying whether the
// text states it or it is counted from the publication date, and with a note when it rests on a guess.

const PUBLISHED = '2021-03-03';
const pub = parseYmd(PUBLISHED);
const find = (text: string, what: string, dct: string | null = PUBLISHED): Timex => tagTimexes(text, { dct }).find((t) => t.text === what)!;

describe('valueToRange', () => {
  it('reads days, months, years, decades and centuries', () => {
    expect(valueToRange('2021-03-01')).toEqual({ start: '2021-03-01' });
    expect(valueToRange('2021-03-01T15:00')).toEqual({ start: '2021-03-01' });
    expect(valueToRange('2021-03')).toEqual({ start: '2021-03' });
    expect(valueToRange('2021')).toEqual({ start: '2021' });
    expect(valueToRange('198')).toEqual({ start: '198' });
    expect(valueToRange('19')).toEqual({ start: '1900', end: '1999' });
  });

  it('turns weeks, weekends, seasons, quarters and halves into ranges', () => {
    // ISO week 1 of 2021 starts on Monday 4 January.
    expect(valueToRange('2021-W01')).toEqual({ start: '2021-01-04', end: '2021-01-10' });
    expect(valueToRange('2021-W01-WE')).toEqual({ start: '2021-01-09', end: '2021-01-10' });
    expect(valueToRange('2021-SU')).toEqual({ start: '2021-06', end: '2021-08' });
    expect(valueToRange('2021-WI')).toEqual({ start: '2021-12', end: '2022-02' });
    expect(valueToRange('2021-Q2')).toEqual({ start: '2021-04', end: '2021-06' });
    expect(valueToRange('2021-H2')).toEqual({ start: '2021-07', end: '2021-12' });
  });

  it('keeps the year a fiscal year is named by', () => {
    expect(valueToRange('FY2021')).toEqual({ start: '2021' });
  });

  it('gives nothing for what is not a stretch of the calendar', () => {
    for (const v of ['P3D', 'PRESENT_REF', 'FUTURE_REF', 'XXXX-08-15', 'XXXX-WXX-2']) expect(valueToRange(v)).toBeNull();
  });
});

describe('dateFromTimex', () => {
  it('a date with its year written is stated, with no note', () => {
    const d = dateFromTimex(find('The bridge opened on March 3, 2019.', 'March 3, 2019'), pub)!;
    expect(d).toMatchObject({ start: '2019-03-03', basis: 'stated' });
    expect(d.note).toBeUndefined();
    expect(isStated(find('The bridge opened on March 3, 2019.', 'March 3, 2019'))).toBe(true);
  });

  it('a date counted from publication says so in its note', () => {
    const d = dateFromTimex(find('The bridge opened on Monday.', 'Monday'), pub)!;
    expect(d).toMatchObject({ start: '2021-03-01', basis: 'publication' });
    expect(d.note).toMatch(/publication date/);
  });

  it('a guessed year is carried as uncertain, and the note says why', () => {
    // Late October in a March article, told in the past tense: last year's, and only a guess.
    const t = find('The bridge opened on October 30.', 'October 30');
    expect(t.yearUncertain).toBe(true);
    const d = dateFromTimex(t, pub)!;
    expect(d).toMatchObject({ start: '2020-10-30', yearUncertain: true });
    expect(d.note).toMatch(/without a year/);
  });

  it('"some time ago" is before publication', () => {
    expect(dateFromTimex(find('Some time ago the bridge closed.', 'Some time ago'), pub)).toMatchObject({ start: PUBLISHED, mod: 'before', basis: 'publication' });
    expect(dateFromTimex(find('Some time ago the bridge closed.', 'Some time ago'), null)).toBeNull();
  });

  it('a range written without its year runs forward from its start', () => {
    const text = 'The exhibition ran from December 12, 2019 to January 9.';
    const d = dateFromTimex(find(text, 'December 12, 2019'), pub, find(text, 'January 9'))!;
    expect(d).toMatchObject({ start: '2019-12-12', end: '2020-01-09' });
    expect(d.rule).toMatch(/end-follows-start$/);
  });

  it('keeps a modifier: "late 2019" is the end of the year', () => {
    expect(dateFromTimex(find('The bridge opened in late 2019.', 'late 2019'), pub)).toMatchObject({ start: '2019', mod: 'end' });
  });

  it('every date it gives is one the document accepts', () => {
    const text = 'On Monday, in late 2019, during the summer of 2018, in the first quarter, last week and on October 30 the bridge opened.';
    for (const t of tagTimexes(text, { dct: PUBLISHED })) {
      const d = dateFromTimex(t, pub);
      if (d) expect(documentSchemas().EventDateSchema.safeParse(d).success, t.text).toBe(true);
    }
  });
});

describe('dates placed against another', () => {
  it('relativeTo: after a range means after its end; the year stays uncertain if the anchor\'s was', () => {
    const anchor = { start: '2019-05', end: '2019-07', basis: 'stated' as const, yearUncertain: true };
    expect(relativeTo(anchor, 'after', 'r', 'n')).toEqual({ start: '2019-07', mod: 'after', basis: 'stated', rule: 'r', note: 'n', yearUncertain: true });
    expect(relativeTo(anchor, 'before', 'r', 'n')).toMatchObject({ start: '2019-05', mod: 'before' });
  });

  it('beforePublication: all an undated past event can get, and nothing without a publication date', () => {
    expect(beforePublication(pub, 'rule')).toMatchObject({ start: PUBLISHED, mod: 'before', basis: 'publication', rule: 'rule' });
    expect(beforePublication(null, 'rule')).toBeNull();
  });
});
