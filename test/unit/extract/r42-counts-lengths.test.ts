import { describe, expect, it } from 'vitest';
import { events, nopub, shortestAt } from './event-lookup';

// Round 42 (c42): counts and lengths, on sentences written for this test.

describe('r42-day-years-ago: "on 9 May 31 years ago" keeps its day, in the year counted back from publication', () => {
  it('a day before the month: "sank on 9 May 31 years ago" is 9 May 1995 in a 2026 story, not the month of May', () => {
    const e = shortestAt('2026-03-04', ['The ferry Kittiwake sank on 9 May 31 years ago off Brannock Point.'], 'sank on 9 May');
    expect([e.date.start, e.date.end ?? null]).toEqual(['1995-05-09', null]);
  });

  it('a month before the day and a count in words set off by a comma: "on June 3, twenty years ago"', () => {
    const e = shortestAt('2026-03-04', ['The two sisters opened the bakery on June 3, twenty years ago, with a borrowed oven.'], 'opened the bakery');
    expect(e.date.start).toBe('2006-06-03');
  });

  it('a month with a count of years and no day ("in May 10 years ago") stays a month', () => {
    const e = shortestAt('2026-03-04', ['The tannery shut in May 10 years ago and never reopened.'], 'The tannery shut');
    expect(e.date.start).toBe('2016-05');
  });

  it('without a publication date the count names no year: no year is given as certain', () => {
    for (const e of nopub('The ferry Kittiwake sank on 9 May 31 years ago off Brannock Point.')) expect(e.date.start.startsWith('1995') && !e.date.yearUncertain).toBe(false);
  });
});

describe('r42-most-of-next: "spent most of the next N years" is the stretch counted on from the date before it', () => {
  it('"took the ledgers home in May 2009. He spent most of the next ten years …" runs from May 2009 to May 2019', () => {
    const texts = ['The verger took the parish ledgers home in May 2009. He spent most of the next ten years copying them out by hand.'];
    const e = shortestAt('2026-03-04', texts, 'copying them out');
    expect([e.date.start, e.date.end]).toEqual(['2009-05', '2019-05']);
  });
});

describe('r42-last-years-of: "the last N years of her life" ends where the aside before it says she died', () => {
  it('"Ms Hale, who died in 1988, spent the last twelve years of her life in a caravan" is 1976 to 1988', () => {
    const texts = ['The etcher Mabel Hale, who died in 1988, spent the last twelve years of her life in a caravan by the estuary.'];
    const e = shortestAt('2026-03-04', texts, 'last twelve years');
    expect([e.date.start, e.date.end]).toEqual(['1976', '1988']);
  });

  it('with no aside telling of an end ("who was born in 1910") the length is not counted back from it', () => {
    const texts = ['The etcher Mabel Hale, who was born in 1910, spent the last twelve years of her life in a caravan by the estuary.'];
    const e = shortestAt('2026-03-04', texts, 'last twelve years');
    expect(e.date.rule ?? '').not.toMatch(/last-stretch-to-end-aside/);
  });
});

describe('r42-length-before-later: a dated clause\'s second conjunct with a length is ended by the "before" clause after it', () => {
  it('"opened the forge in the 1950s and ran it for thirty years before selling it in 1990": 1960 to 1990', () => {
    const texts = ['Amos Bell opened the forge on Tanner Lane in the 1950s and ran it for thirty years before selling it to a cousin in 1990.'];
    const ran = shortestAt('2026-03-04', texts, 'ran it for thirty years');
    expect([ran.date.start, ran.date.end]).toEqual(['1960', '1990']);
    // The first conjunct keeps its own decade.
    const opened = shortestAt('2026-03-04', texts, 'opened the forge');
    expect(opened.date.start).toBe('195');
  });

  it('a later date read from the story\'s time, not written with its year, ends nothing', () => {
    const texts = ['Amos Bell opened the forge on Tanner Lane in the 1950s and ran it for thirty years before selling it to a cousin on Monday.'];
    const ran = shortestAt('2026-03-04', texts, 'ran it for thirty years');
    expect(ran.date.rule ?? '').not.toMatch(/length-before-later-date/);
  });
});

describe('r42-compound-count: "two years and four months after …" is one count, in its smaller unit', () => {
  it('"opened on 6 March 2007, two years and four months after work began" dates the start of work November 2004', () => {
    const texts = ['The footbridge at Crane Wharf opened on 6 March 2007, two years and four months after work on it began.'];
    const e = shortestAt('2026-03-04', texts, 'after work on it began');
    expect(e.date.start).toBe('2004-11');
  });

  it('weeks and days: "on 20 May 2019, two weeks and three days after it left Leith" is 3 May 2019', () => {
    const texts = ['The schooner Merle came home to Stromhaven on 20 May 2019, two weeks and three days after it left Leith.'];
    const e = shortestAt('2026-03-04', texts, 'after it left Leith');
    expect(e.date.start).toBe('2019-05-03');
  });
});

describe('r42-season-years-ago: "that autumn, 73 years ago" is the autumn of the year the count names', () => {
  it('a season named again by a count set off by a comma takes the count\'s year, not the year in focus', () => {
    const texts = ['The village was emptied in 1951.', 'The chapel was drowned when the new reservoir filled that autumn, 73 years ago.'];
    const e = shortestAt('2026-03-04', texts, 'The chapel was drowned');
    expect(e.date.start).toBe('1953-09');
    expect(e.date.yearUncertain ?? false).toBe(false);
  });

  it('a month too: "shut in May, 10 years ago" is May 2016 in a 2026 story', () => {
    const e = shortestAt('2026-03-04', ['The tannery on Mill Lane shut in May, 10 years ago.'], 'The tannery');
    expect(e.date.start).toBe('2016-05');
  });
});

describe('r42-telling-ending: a ruling or announcement told as a telling still ends the stretch its "ending" phrase names', () => {
  it('"… is valid, the county court ruled on Thursday, ending a two-year fight …": two years up to the Thursday', () => {
    // 6 March 2026 is a Friday: the Thursday before is 5 March.
    const texts = ["A will that left Hollin Farm to a neighbour is valid, the county court ruled on Thursday, ending a two-year fight with the farmer's cousins over the land."];
    const e = shortestAt('2026-03-06', texts, 'ending a two-year fight');
    expect([e.date.start, e.date.end]).toEqual(['2024-03-05', '2026-03-05']);
  });

  it('a telling still to come ends nothing ("will rule on Thursday, ending …")', () => {
    const texts = ["The county court will rule on Thursday, ending a two-year fight over Hollin Farm, its clerk said."];
    for (const e of events('2026-03-02', ...texts)) expect(e.date.rule ?? '').not.toMatch(/spell-before-date/);
  });
});
