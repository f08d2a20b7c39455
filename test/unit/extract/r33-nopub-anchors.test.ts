import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { tagTimexes } from '../../../shared/extract/tagger';
import { datelineYear } from '../../../shared/extract/text-years';
import { nopub, quoteOf, shortestNoPub as at } from './event-lookup';

// Round 33 (h33): without a publication date, a dateline or a date line that gives a day but no year ("HARBORTON,
// Oct 22 (Reuters) -", "Tuesday 14 March", "Published: 3 June") still tells the article's own day. It is taken as the
// day "yesterday", "on Monday", "last week" count from, in a guessed year: the latest year the article writes, or the
// first year from it where the weekdays the article writes beside days near the dateline fit. Every date whose year
// the text does not write is flagged as a guess. Every sentence here was written for this test.

describe('a yearless dateline is the reference day, its year a guess', () => {
  it('"yesterday" counts from "CITY, Oct 22 (Agency) -" in the latest year written, flagged', () => {
    const texts = [
      'MARLOW BAY, Oct 22 (Coastwire) - Two trawlers collided in fog off the harbour mouth yesterday, the coastguard said.',
      'The harbour was last closed by a collision in 2009.',
    ];
    expect(at(texts, 'collided in fog').date).toMatchObject({ start: '2009-10-21', yearUncertain: true });
  });

  it('"on Monday" counts from "CITY, 14 March -", flagged', () => {
    const texts = [
      'DUNREITH, 14 March (Northern Press) - The county council voted on Monday to close the Elm Street library.',
      'The library was built in 1998 with a gift from a local mill owner.',
    ];
    const d = at(texts, 'voted on Monday').date;
    expect(d.yearUncertain).toBe(true);
    // 14 March 1998 was a Saturday. Round 39: the lead's "on Monday" is the day of filing or the day before, so the
    // dateline's day is a Monday or a Tuesday: the first such year from 1998 is 2000 (a Tuesday), and Monday the 13th.
    expect(d.start).toBe('2000-03-13');
  });

  it('"last week" counts from "CITY, Aug. 9 (Agency) --" as a flagged week', () => {
    const texts = [
      'FENWICK, Aug. 9 (Valley News) -- Inspectors found cracks in the Fenwick road bridge last week, officials said.',
      'The bridge opened in 2003.',
    ];
    const d = at(texts, 'found cracks').date;
    expect(d.yearUncertain).toBe(true);
    expect(d.start.slice(0, 4)).toBe('2003');
  });

  it('the dateline itself and its relative dates are never shown as certain', () => {
    const text = 'ORLAND, Jan. 5 (Wire) - Snow closed the pass last night.\n\nThe pass was widened in 2012.';
    for (const t of tagTimexes(text, { dct: null })) if (!t.explicitYear && t.type !== 'DURATION') expect(t.yearUncertain).toBe(true);
  });
});

describe('a weekday written beside a day near the dateline picks the year', () => {
  it('"Friday, Dec. 30" before a "Jan. 4" dateline puts the dateline in the first fitting year from the latest written', () => {
    // Dec. 30 was a Friday in 1977 and in 1983; the story is told after the latest year written (1979).
    expect(datelineYear({ m: 1, d: 4 }, 1979, ['The storm struck on Friday, Dec. 30, without warning.'])).toBe(1984);
  });

  it('"Tuesday 14 March" written as a day and a weekday', () => {
    // 14 March fell on a Tuesday in 2000 and 2006.
    expect(datelineYear({ m: 3, d: 16 }, 2001, ['The hearing opened on Tuesday 14 March.'])).toBe(2006);
  });

  it('"Oct. 4, a Monday" written after the date', () => {
    // Oct. 4 was a Monday in 2010 and 2021.
    expect(datelineYear({ m: 10, d: 6 }, 2012, ['The vote was set for Oct. 4, a Monday.'])).toBe(2021);
  });

  it('a weekday beside a day far from the dateline says nothing of its year', () => {
    expect(datelineYear({ m: 10, d: 6 }, 2012, ['The plant opened on Monday, May 3.'])).toBe(2012);
  });

  it('in a whole article: the events count from the fitted day, flagged', () => {
    const texts = [
      'KELDER, Jan. 4 (Hillpost) - Power was restored yesterday to the last homes cut off by the storm.',
      'The storm struck on Friday, Dec. 30, the worst since the winter of 1979.',
    ];
    const d = at(texts, 'Power was restored').date;
    expect(d).toMatchObject({ start: '1984-01-03', yearUncertain: true });
  });
});

describe('a yearless date line at the head of the article', () => {
  it('"Tuesday 14 March" on its own line', () => {
    const texts = ['Tuesday 14 March', 'The ferry company said yesterday that it would cut its winter crossings.', 'Crossings were last cut in 2001.'];
    const d = at(texts, 'ferry company said').date;
    // 14 March was a Tuesday in 2006, the first such year from 2001.
    expect(d).toMatchObject({ start: '2006-03-13', yearUncertain: true });
  });

  it('"Published: 3 June"', () => {
    const texts = ['Published: 3 June', 'The museum reopened on Saturday after a year of repairs begun in 2017.'];
    const d = at(texts, 'museum reopened').date;
    expect(d.yearUncertain).toBe(true);
    // 3 June 2017 was a Saturday, the day of the date line itself; the year written in the clause (2017) is the guessed
    // one and does not confirm it.
    expect(d.start).toBe('2017-06-03');
  });

  it('"Posted on Oct. 9"', () => {
    const texts = ['Posted on Oct. 9', 'Two schools closed last night after a gas leak.', 'Both were built in 1994.'];
    expect(at(texts, 'gas leak').date).toMatchObject({ start: '1994-10-08', yearUncertain: true });
  });

  it('a sentence that only begins with a date is not a date line', () => {
    const texts = ['March 3 was the day the mill closed for good.', 'The ferry company said yesterday that it would cut crossings.', 'The mill opened in 1950.'];
    // No day is read for "yesterday" (round 34: the telling may still be placed before the article was written, in
    // the latest year it writes, flagged, but never on a day counted from March 3).
    expect(nopub(...texts).filter((e) => quoteOf(e, texts).includes('ferry company') && (!e.date.yearUncertain || e.date.start.length > 4))).toHaveLength(0);
  });
});

describe('relative dates with nothing to count from, without a dateline', () => {
  it('"yesterday", "last month" and "three years ago" still give no event when no day of the article is told', () => {
    const texts = ['The ferry company said yesterday that it would cut crossings.', 'Sales fell last month.', 'The line opened three years ago.'];
    for (const w of ['ferry company', 'Sales fell', 'line opened']) expect(nopub(...texts).filter((e) => quoteOf(e, texts).includes(w) && !e.date.yearUncertain)).toHaveLength(0);
  });

  it('with a publication date the dateline is read as before', () => {
    const paragraphs = [{ id: 'p1', text: 'MARLOW BAY, Oct 22 (Coastwire) - Two trawlers collided in fog yesterday, the coastguard said.' }] as Paragraph[];
    const e = extractEvents(paragraphs, { published: '2015-10-22' }).find((x) => x.date.start === '2015-10-21');
    expect(e?.date.yearUncertain).toBeFalsy();
  });
});

describe('a month without a year after an old background year, without a publication date', () => {
  it('"founded in 1911" paragraphs back does not give its year to "on March 4"; the latest year written does, flagged', () => {
    const texts = ['The Ashgrove choir was founded in 1911 by two schoolteachers.', 'It won the national cup in 2004 and again in 2008.', 'The choir sang at the cathedral on March 4 for the last time.'];
    expect(at(texts, 'sang at the cathedral').date).toMatchObject({ start: '2008-03-04', yearUncertain: true });
  });

  it('"since 1640" then "in June" later', () => {
    const texts = ['The inn has stood on the square since 1640.', 'Its owners bought the building next door in 1999 and in 2012.', 'The inn closed its doors in June.'];
    expect(at(texts, 'closed its doors').date).toMatchObject({ start: '2012-06', yearUncertain: true });
  });

  it('"built in 1890", then "on Nov. 2" after a recent year', () => {
    const texts = ['The footbridge was built in 1890.', 'Repairs were made in 2015 and 2019.', 'A barge struck it on Nov. 2.'];
    expect(at(texts, 'barge struck').date).toMatchObject({ start: '2019-11-02', yearUncertain: true });
  });

  it('a year written with its month and day is a day of the story, which a later month goes on from', () => {
    const texts = ['A new mission is planned for 2027.', 'The old probe left on 9 September 1998.', 'Engineers repaired its radio on December 2.'];
    expect(at(texts, 'repaired its radio').date).toMatchObject({ start: '1998-12-02', yearUncertain: true });
  });

  it('a background year only a few years before the latest is still taken', () => {
    const texts = ['The league was formed in 2015.', 'It had 12 clubs by 2019.', 'The final was played on May 6.'];
    expect(at(texts, 'final was played').date.yearUncertain).toBe(true);
  });
});
