import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf, shortestAt, shortestNoPub } from './event-lookup';

// Round 40 (a40): the readings that gave probe 32's unflagged wrong years, each shown on a sentence written for this
// test (none comes from an eval set or a probe).

describe('r40-rescheduled-weekday: a weekday a thing was moved to', () => {
  it('"has moved it to Friday" names the coming Friday, across the new year', () => {
    // A Wednesday, 31 December 2025: the Friday before is 26 December, the one ahead 2 January 2026.
    const texts = ['The choir had booked the abbey for late January, and has moved its concert to Friday.'];
    const e = shortestAt('2025-12-31', texts, 'moved its concert');
    expect(e.date.start).toBe('2026-01-02');
  });

  it('"has rescheduled the vote to Monday" looks ahead too', () => {
    const e = shortestAt('2025-12-31', ['The council has rescheduled the vote on the bypass to Monday.'], 'rescheduled the vote');
    expect(e.date.start).toBe('2026-01-05');
  });

  it('a simple past is left to its tense: "The final, moved to Sunday by snow, was won by Harlow"', () => {
    const e = shortestAt('2025-12-31', ['The final, moved to Sunday by snow, was won by Harlow.'], 'moved to Sunday');
    expect(e.date.start).toBe('2025-12-28');
  });
});

describe('r40-since-own-time: "ever since" after a time the sentence names', () => {
  const texts = [
    'The Pellow family sold the orchard in the late eighties.',
    'It blew down on a cold night in March, and we have missed the old pear tree ever since.',
  ];

  it('with no year to read, the stretch counted from the story before is flagged as a guess', () => {
    const found = nopub(...texts).filter((e) => quoteOf(e, texts).includes('ever since'));
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.date.yearUncertain, e.date.rule).toBe(true);
  });

  it('without a time of its own, "ever since" still counts from the story before, as it did', () => {
    const plain = ['The Pellow family sold the orchard in the late eighties.', 'We have missed the old pear tree ever since.'];
    const e = shortestNoPub(plain, 'ever since');
    expect([e.date.rule, e.date.yearUncertain]).toEqual(['narrative-focus/since-then-after', undefined]);
  });
});

describe('r40-happening-time: "the year her father arrived" is a time of its own', () => {
  const texts = ['The old kiln shut down in March 2009. Its owner, a potter who was born in the village the year the quarry closed, bought the building the following month.'];

  it('the relative clause is not dated by the main clause’s "the following month"', () => {
    const born = shortestAt('2024-05-10', texts, 'born in the village');
    expect(born.date.start).not.toBe('2009-04');
    expect(quoteOf(born, texts)).not.toContain('bought the building');
  });

  it('the main clause keeps its own date', () => {
    const bought = shortestAt('2024-05-10', texts, 'bought the building');
    expect(bought.date.start).toBe('2009-04');
  });

  it('without a publication date no event holding the birth is dated to April 2009 as certain', () => {
    const all = nopub(...texts).filter((e) => quoteOf(e, texts).includes('born in the village'));
    for (const e of all) expect(e.date.start === '2009-04' && !e.date.yearUncertain).toBe(false);
  });
});

describe('r40-happening-time-nopub: with no publication date a past time of its own is kept, flagged', () => {
  it('"born the year the quarry closed" is before the guessed day of writing, its year a guess', () => {
    const texts = ['The old kiln shut down in March 2009. Its owner, a potter who was born in the village the year the quarry closed, bought the building the following month.'];
    const born = shortestNoPub(texts, 'born in the village');
    expect([born.date.mod, born.date.yearUncertain]).toEqual(['before', true]);
    expect(quoteOf(born, texts)).not.toContain('bought the building');
  });
});

describe('r40-because-dated: a reason with a date of its own is its own happening', () => {
  const texts = ['The village fair was held on 9 June, a week late, because the field had flooded on 2 June.'];

  it('the flooding keeps its own day, the fair its own', () => {
    const flood = shortestAt('2021-07-01', texts, 'flooded on 2 June');
    expect(flood.date.start).toBe('2021-06-02');
    expect(quoteOf(flood, texts)).not.toContain('fair was held');
    expect(shortestAt('2021-07-01', texts, 'fair was held').date.start).toBe('2021-06-09');
  });

  it('"because of the storm on Saturday" is a noun’s date, not a second happening', () => {
    const t = ['The regatta was called off on Sunday because of the gale on Saturday.'];
    const all = events('2021-07-01', ...t);
    expect(all.filter((e) => quoteOf(e, t).includes('gale on Saturday')).every((e) => quoteOf(e, t).includes('called off'))).toBe(true);
  });
});

describe('r40-name-frequency: a capitalised "Monthly" after a capitalised word ends a name', () => {
  it('"named Boat of the Year by the magazine Harbour Monthly in June 2019" keeps its month', () => {
    const texts = ['The dinghy was named Boat of the Year by the magazine Harbour Monthly in June 2019.'];
    expect(shortestAt('2021-07-01', texts, 'named Boat').date.start).toBe('2019-06');
  });

  it('"meets monthly" is still a habit, with no event dated by it', () => {
    const texts = ['The rowing club meets monthly at the Anchor inn.'];
    for (const e of events('2021-07-01', ...texts)) expect(e.date.rule).not.toMatch(/^month/);
  });
});

describe('r40-particle-over: "handed them over a week ago" is a week ago, a day', () => {
  it('"over" after "handed them" is the verb’s particle: the day a week before publication', () => {
    const e = shortestAt('2022-03-16', ['The family handed them over a week ago.'], 'handed them');
    expect([e.date.start, e.date.end]).toEqual(['2022-03-09', undefined]);
  });

  it('"sold over a week ago" still means more than a week: not that one day', () => {
    const e = shortestAt('2022-03-16', ['The cottage was sold over a week ago.'], 'was sold');
    expect(e.date.start === '2022-03-09' && !e.date.end).toBe(false);
  });
});

describe('r40-weekend-beside-holiday: "the weekend before Christmas"', () => {
  it('is the Saturday and Sunday last before the holiday, not the weekend last before publication', () => {
    // Christmas 2024 was a Wednesday: the weekend before it is 21-22 December.
    const e = shortestAt('2025-01-06', ['The choir spent the weekend before Christmas singing in the market square.'], 'choir spent');
    expect([e.date.start, e.date.end]).toEqual(['2024-12-21', '2024-12-22']);
  });

  it('"the weekend after Easter" is the first one wholly after Easter Sunday', () => {
    // Easter Sunday 2024 was 31 March.
    const e = shortestAt('2024-05-02', ['The ferry crews went on strike the weekend after Easter.'], 'went on strike');
    expect([e.date.start, e.date.end]).toEqual(['2024-04-06', '2024-04-07']);
  });
});
