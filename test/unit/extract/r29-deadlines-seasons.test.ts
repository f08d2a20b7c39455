import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 29 (d29): deadlines ahead, "last season", "since the <adjective> <season> of <year>", sales and availability
// on a weekday, and a weekday that picks the year. Every sentence here was written for this test (none comes from
// an eval set or a probe).

describe('"until at least <date>" and "has until <date> to …" ahead: from publication to the date', () => {
  it('a closure still to come, "until at least"', () => {
    const texts = ['The ferry will stay in dock until at least 19 May while its engine is rebuilt.'];
    const ev = shortestAt('2021-05-04', texts, 'ferry will stay');
    expect([ev.date.start, ev.date.end]).toEqual(['2021-05-04', '2021-05-19']);
  });
  it('a negated present, "will not sail until at least"', () => {
    const texts = ['The ferry will not sail again until at least 19 May, the operator said.'];
    const ev = shortestAt('2021-05-04', texts, 'will not sail');
    expect([ev.date.start, ev.date.end]).toEqual(['2021-05-04', '2021-05-19']);
  });
  it('one party\'s time to act, "has until … to"', () => {
    const texts = ['The builder has until 30 June to lodge an objection with the tribunal.'];
    const ev = shortestAt('2021-06-02', texts, 'builder has until');
    expect([ev.date.start, ev.date.end]).toEqual(['2021-06-02', '2021-06-30']);
  });
  it('an application deadline stays the day', () => {
    const texts = ['Farmers whose barns were flooded have until 30 June to apply for a grant.'];
    const ev = shortestAt('2021-06-02', texts, 'have until');
    expect([ev.date.start, ev.date.end]).toEqual(['2021-06-30', undefined]);
  });
  it('a plain "will not reopen until" is still the reopening', () => {
    const texts = ['The museum will not reopen until 19 May.'];
    const ev = shortestAt('2021-05-04', texts, 'museum will not reopen');
    expect([ev.date.start, ev.date.end]).toEqual(['2021-05-19', undefined]);
  });
});

describe('"last season" in sport is the season before publication\'s, its year a guess', () => {
  it('a summer sport: the year before publication', () => {
    const texts = ['The Rovers won the cup on Saturday. Last season they were knocked out in the first round.'];
    const ev = shortestAt('2018-08-20', texts, 'Last season they were');
    expect(ev.date).toMatchObject({ start: '2017', yearUncertain: true });
    expect(ev.date.end ?? ev.date.start).toBe('2017');
  });
  it('a season written across two years in the text: the two years before', () => {
    const texts = ['The hockey club reached the final for the first time since the 2001-02 season.', 'Last season they finished ninth.'];
    const ev = shortestAt('2019-02-10', texts, 'Last season they finished');
    expect(ev.date).toMatchObject({ start: '2017', end: '2018', yearUncertain: true });
  });
});

describe('"since the <adjective> <season> of <year>": from that year', () => {
  it('a present perfect since a season with an adjective', () => {
    const texts = ['The old pier has been sinking since the stormy winter of 2009.'];
    const ev = shortestAt('2016-05-11', texts, 'pier has been sinking');
    expect([ev.date.start, ev.date.end]).toEqual(['2009', '2016-05-11']);
  });
  it('and with "dry"', () => {
    const texts = ['The reservoir has stayed low since the dry summer of 2018.'];
    const ev = shortestAt('2020-03-02', texts, 'reservoir has stayed low');
    expect([ev.date.start.slice(0, 4), ev.date.end]).toEqual(['2018', '2020-03-02']);
  });
});

describe('"is available … on <weekday>", "goes on sale on <weekday>": the weekday ahead', () => {
  it('available on a weekday, in the present', () => {
    // Published on a Wednesday.
    const texts = ['The new guide is available from the visitor centre on Friday.'];
    expect(shortestAt('2021-03-10', texts, 'guide is available').date.start).toBe('2021-03-12');
  });
  it('goes on sale at a place on a weekday', () => {
    const texts = ['Tickets for the final go on sale at the stadium on Monday.'];
    expect(shortestAt('2021-03-10', texts, 'go on sale').date.start).toBe('2021-03-15');
  });
});

describe('a weekday beside a day and month with no year picks the year, flagged', () => {
  it('"the 3rd of March, a Friday", told in the past, with a year in focus that fits', () => {
    const texts = ['Fifty years ago this week the town opened its first library.', 'The doors opened on the 3rd of March, a Friday, and 400 people came.'];
    // 3 March 1972 was a Friday; published March 1972 + 50 = 2022, and 3 March 2022 was a Thursday, 2021 a Wednesday.
    const ev = shortestAt('2022-03-06', texts, 'doors opened');
    expect(ev.date).toMatchObject({ start: '1972-03-03', yearUncertain: true });
  });
});

describe('"last <weekday>" when that weekday was yesterday is the one a week before', () => {
  it('"last Thursday" in a Friday paper', () => {
    // 12 March 2021 was a Friday.
    const texts = ['The hearing was adjourned after the clerk fell ill last Thursday.'];
    expect(shortestAt('2021-03-12', texts, 'clerk fell ill').date.start).toBe('2021-03-04');
  });
  it('"last Tuesday" in a Friday paper is still this week\'s', () => {
    const texts = ['The clerk fell ill last Tuesday.'];
    expect(shortestAt('2021-03-12', texts, 'clerk fell ill').date.start).toBe('2021-03-09');
  });
});

describe('"has been its only <role> since <year>": a state up to publication, not a record', () => {
  it('a possessive before "only"', () => {
    const texts = ['The lighthouse has been automatic for years. He has been its only keeper since 1987.'];
    const ev = shortestAt('2004-07-01', texts, 'its only keeper');
    expect([ev.date.start, ev.date.end]).toEqual(['1987', '2004-07-01']);
  });
  it('a record after "the only" is still one happening after the year', () => {
    const texts = ['It was the only strike since 1987.'];
    const ev = shortestAt('2004-07-01', texts, 'only strike');
    expect(ev.date.end).toBeUndefined();
  });
});

describe('"the first/last fortnight of <month>": its fourteen days', () => {
  it('the first fortnight', () => {
    const texts = ['During the first fortnight of June the crews will repaint the bridge.'];
    const ev = shortestAt('2023-04-13', texts, 'crews will repaint');
    expect([ev.date.start, ev.date.end]).toEqual(['2023-06-01', '2023-06-14']);
  });
  it('the last fortnight', () => {
    const texts = ['New meters will be fitted during the last fortnight of May.'];
    const ev = shortestAt('2023-04-13', texts, 'meters will be fitted');
    expect([ev.date.start, ev.date.end]).toEqual(['2023-05-18', '2023-05-31']);
  });
});
