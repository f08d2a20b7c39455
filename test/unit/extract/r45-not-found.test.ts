import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf } from './event-lookup';

// Round 45 (b45): events not found at all without a publication date (issue 8). Every sentence here was written for
// this test (none comes from an eval set or a probe).

describe('r45-season-unmarked: without a publication date, a season with no word before it is placed in a guessed year', () => {
  it('"will repaint the pier in the spring", in an article whose latest year is 2007, is spring 2007, flagged (it had no event)', () => {
    const t = ['The pier was sold to the town in 2007.', 'Volunteers will repaint the pier in the spring.'];
    const paint = nopub(...t).find((e) => quoteOf(e, t).includes('repaint the pier'));
    expect(paint?.date).toMatchObject({ start: '2007-03', end: '2007-05', yearUncertain: true });
    // With the publication date the season is counted from it, as before, unflagged.
    const dated = events('2007-10-02', ...t).find((e) => quoteOf(e, t).includes('repaint the pier'));
    expect(dated?.date).toMatchObject({ start: '2008-03', end: '2008-05' });
  });

  it('with no year written anywhere the spring is in a guessed year, flagged (round 55, e55)', () => {
    const t = ['Volunteers will repaint the pier in the spring.'];
    const found = nopub(...t).filter((e) => quoteOf(e, t).includes('repaint the pier'));
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.date).toMatchObject({ yearUncertain: true });
  });
});

describe('r45-this-season: without a publication date, "this summer" is the season of the guessed year of writing', () => {
  it('"is due to be demolished this summer" after a year 2011 is summer 2011, flagged', () => {
    const t = ['The old baths closed in 2011.', 'The building is due to be demolished this summer.'];
    const down = nopub(...t).find((e) => quoteOf(e, t).includes('due to be demolished'));
    expect(down?.date).toMatchObject({ start: '2011-06', end: '2011-08', yearUncertain: true });
  });
});

describe('r45-new-year-ahead: without a publication date, "in the new year" told as still to come is early in the year after the guessed year of writing', () => {
  it('"The slipways will be cleared in the new year" after a year 1983 starts 1984, flagged', () => {
    const t = ['The yard launched its last trawler in 1983.', 'The slipways will be cleared in the new year.'];
    const cleared = nopub(...t).find((e) => quoteOf(e, t).includes('slipways will be cleared'));
    expect(cleared?.date).toMatchObject({ start: '1984', mod: 'start', yearUncertain: true });
    // With the publication date, as before: the year after publication's, unflagged in the autumn.
    const dated = events('1983-10-20', ...t).find((e) => quoteOf(e, t).includes('slipways will be cleared'));
    expect(dated?.date).toMatchObject({ start: '1984', mod: 'start' });
    expect(dated?.date.yearUncertain).toBeUndefined();
  });
});

describe('r45-past-then-plan: a first conjunct told as done, before ", and will …" holding two dates, is an event of its own', () => {
  it('"The ferry line scrapped sixty sailings in its first winter week, and will run a reduced timetable from Monday until the end of April": the scrapping is its own event, before publication', () => {
    const t = ['The ferry line scrapped sixty sailings in its first winter week, and will run a reduced timetable from Monday until the end of April, its manager said on Friday.'];
    const all = events('2015-01-14', ...t);
    const scrapped = all.find((e) => quoteOf(e, t).startsWith('The ferry line scrapped'));
    expect(quoteOf(scrapped!, t)).toBe('The ferry line scrapped sixty sailings in its first winter week');
    expect(scrapped!.date).toMatchObject({ mod: 'before', start: '2015-01-14' });
    // The plan keeps its own stretch.
    const plan = all.find((e) => quoteOf(e, t).startsWith('will run a reduced timetable'));
    expect([plan?.date.start, plan?.date.end]).toEqual(['2015-01-19', '2015-04']);
  });

  it('a head that is itself a plan is not split off this way: "The ferry line will cut sailings, and will run …" stays as it was', () => {
    const t = ['The ferry line will cut sailings in the first week, and will run a reduced timetable from Monday until the end of April.'];
    const all = events('2015-01-14', ...t);
    expect(all.some((e) => quoteOf(e, t) === 'The ferry line will cut sailings in the first week')).toBe(false);
  });
});

describe('r45-could-not-conjunct: "but could not" after a past main verb is that past, not a possibility', () => {
  it('"The tug reached the coaster shortly after midnight but could not pass a line" is an event on the day in focus', () => {
    const t = ['The coaster lost power off the point on Friday evening.', 'The tug reached the coaster shortly after midnight but could not pass a line in the swell.'];
    const reached = events('2011-11-21', ...t).find((e) => quoteOf(e, t).startsWith('The tug reached'));
    expect(reached?.date.start).toBe('2011-11-19');
  });

  it('a sentence whose first verb is a modal stays no event: "The tug could tow the coaster but would not leave …"', () => {
    const t = ['The coaster lost power off the point on Friday evening.', 'The tug could tow the coaster but would not leave the harbour in the gale.'];
    expect(events('2011-11-21', ...t).some((e) => quoteOf(e, t).startsWith('The tug could'))).toBe(false);
  });
});

describe('r45-quoted-occasion: a quoted sentence telling of one time it names by a time noun is an event', () => {
  it('"“I watched her go down the slipway on my first morning,” he said" is kept, placed before publication; an opinion in quotes is not', () => {
    const t = ['Amos Reddle, who joined the yard as an apprentice, watched the last launch from the bank.', '“I watched her go down the slipway on my first morning,” he said. “Nobody builds them like that any more.”'];
    const all = events('1977-05-06', ...t);
    const watched = all.find((e) => quoteOf(e, t).includes('on my first morning'));
    expect(watched?.date.mod).toBe('before');
    expect(all.some((e) => quoteOf(e, t).includes('Nobody builds them'))).toBe(false);
  });

  it('a speaker\'s own age dates the telling too: "“I rode on it when I was six,” she said" is kept', () => {
    const t = ['The fairground organ was restored last year.', '“I rode on it when I was six,” she said.'];
    expect(events('2001-08-11', ...t).some((e) => quoteOf(e, t).includes('when I was six'))).toBe(true);
  });

  it('"in the morning" or "at night" alone names no one time: "“He slept in the barn at night and left in the morning,” she said" stays no event', () => {
    const t = ['The fairground organ was restored last year.', '“He slept in the barn at night and left in the morning,” she said.'];
    expect(events('2001-08-11', ...t).some((e) => quoteOf(e, t).includes('slept in the barn'))).toBe(false);
  });
});
