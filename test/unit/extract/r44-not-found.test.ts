import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf } from './event-lookup';

// Round 44 (b44): events not found at all, and clauses lost beside a dated one (issue 8). Every sentence here was
// written for this test (none comes from an eval set or a probe).

describe('r44-undated-head: a first conjunct with no date, before a second holding two dates, is still an event', () => {
  it('"The ferry crew lowered a boat, and a diver searched the harbour between 4 and 6 May": the boat is lowered before publication', () => {
    const t = ['The ferry crew lowered a boat, and a diver searched the harbour between 4 and 6 May.'];
    const all = events('2016-05-20', ...t);
    const lowered = all.find((e) => quoteOf(e, t).startsWith('The ferry crew lowered a boat'));
    expect(quoteOf(lowered!, t)).toBe('The ferry crew lowered a boat');
    expect(lowered!.date.mod).toBe('before');
    expect(lowered!.date.start).toBe('2016-05-20');
    // The dated conjunct keeps its own range.
    const searched = all.find((e) => quoteOf(e, t).startsWith('a diver searched'));
    expect([searched?.date.start, searched?.date.end]).toEqual(['2016-05-04', '2016-05-06']);
  });

  it('a present perfect over "the past month" beside a clause with two dates runs the month up to publication', () => {
    const t = ['Visits to the museum have doubled over the past month, and 500 pupils came on Saturday, more than in all of March 2018.'];
    const all = events('2019-04-10', ...t);
    const doubled = all.find((e) => quoteOf(e, t).startsWith('Visits to the museum have doubled'));
    expect([doubled?.date.start, doubled?.date.end]).toEqual(['2019-03-10', '2019-04-10']);
  });

  it('a present perfect first conjunct with no length of its own is placed before publication, not on the second\'s days', () => {
    const t = ['The parish has mended the lych gate, and the bishop blessed it on Sunday before the fair on 30 June.'];
    const all = events('2021-06-23', ...t);
    const mended = all.find((e) => quoteOf(e, t).startsWith('The parish has mended'));
    expect(quoteOf(mended!, t)).toBe('The parish has mended the lych gate');
    expect(mended!.date.mod).toBe('before');
  });
});

describe('r44-season-from-writing: without a publication date, "last autumn" and "next spring" count from the guessed year of writing', () => {
  it('a plan "next summer" in an article whose latest year is 1998 is summer 1999, flagged (it had no event at all)', () => {
    const t = ['The lifeboat station was rebuilt in 1998.', 'The crew hope to launch the new boat next summer.'];
    const launch = nopub(...t).find((e) => quoteOf(e, t).includes('launch the new boat'));
    expect(launch?.date).toMatchObject({ start: '1999-06', end: '1999-08', yearUncertain: true });
    // With the publication date the season is counted from it, as before, unflagged.
    const dated = events('2004-02-10', ...t).find((e) => quoteOf(e, t).includes('launch the new boat'));
    expect(dated?.date).toMatchObject({ start: '2004-06', end: '2004-08' });
    expect(dated?.date.yearUncertain).toBeUndefined();
  });

  it('"last autumn" is the autumn of the year before, flagged; "next winter" the one that begins in the year of writing', () => {
    const t = ['The lifeboat station was rebuilt in 1998.', 'The crew first asked for a new boat last autumn.', 'The new boat is due to arrive next winter.'];
    const all = nopub(...t);
    expect(all.find((e) => quoteOf(e, t).includes('asked for a new boat'))?.date).toMatchObject({ start: '1997-09', end: '1997-11', yearUncertain: true });
    expect(all.find((e) => quoteOf(e, t).includes('due to arrive'))?.date).toMatchObject({ start: '1998-12', end: '1999-02', yearUncertain: true });
  });
});

describe('r44-holiday-ahead: without a publication date, a holiday told as still to come is put in the guessed year of writing or the next', () => {
  it('"due to reopen on Easter Monday" is the next year\'s Easter Monday, "will sing at Christmas" this year\'s, both flagged', () => {
    const t = ['The branch line was closed in 2010.', 'The line is due to reopen on Easter Monday.', 'The village choir will sing at Christmas.'];
    const all = nopub(...t);
    expect(all.find((e) => quoteOf(e, t).includes('due to reopen'))?.date).toMatchObject({ start: '2011-04-25', yearUncertain: true });
    expect(all.find((e) => quoteOf(e, t).includes('choir will sing'))?.date).toMatchObject({ start: '2010-12-25', yearUncertain: true });
  });

  it('such a planned day is not where the story has got to: a "since" stretch told after it still ends at the day told before', () => {
    const t = ['The Harle bridge opened on 3 May 1974, and tolls were collected from the first day.', "Drivers will cross it free of charge from New Year's Day, the council said on Friday.", 'It replaced a ferry that had run since the 1890s.'];
    const ferry = nopub(...t).find((e) => quoteOf(e, t).startsWith('It replaced a ferry'));
    expect(ferry?.date).toMatchObject({ start: '189', end: '1974-05-03' });
  });
});
