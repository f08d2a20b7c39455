import { describe, expect, it } from 'vitest';
import { pastPerfectSinceEnd, sinceUpToNow } from '../../../shared/extract/since-spans';
import { anchoredAt, clauseWork } from './clause-work';
import { events, quoteOf, shortestAt } from './event-lookup';

// Issue 8: a "since" date opens a stretch. Told in the past perfect the stretch ended at a time in the past, not at
// publication; and its start is background, neither the happening a later "the following …" counts from nor the
// year of a month in a coordinated clause. Every sentence here was written for this test (none from an eval set or a
// probe).

const at = shortestAt;

describe('a past-perfect "since" runs up to the later time the sentence tells of', () => {
  it('up to the day another clause gives ("missing since Saturday, was found on Tuesday")', () => {
    const texts = ['The hiker, who had been missing since Saturday, was found alive on Tuesday.'];
    expect(at('2021-06-10', texts, 'missing since').date).toMatchObject({ start: '2021-06-05', end: '2021-06-08' });
    expect(at('2021-06-10', texts, 'missing since').date.mod).toBeUndefined();
    expect(at('2021-06-10', texts, 'found alive').date.start).toBe('2021-06-08');
  });
  it('a year up to a later month-year ("had run at a loss since 2011 and was sold in May 2016")', () => {
    expect(at('2021-06-10', ['The ferry had run at a loss since 2011 and was sold in May 2016.'], 'at a loss').date).toMatchObject({ start: '2011', end: '2016-05' });
  });
  it('a state a happening ended ("reopened on Monday after being closed since the storm on May 2")', () => {
    const texts = ['The library reopened on Monday after being closed since the storm on May 2.'];
    expect(at('2021-06-10', texts, 'being closed').date).toMatchObject({ start: '2021-05-02', end: '2021-06-07' });
  });
  it('put into the past by a telling with no later date: up to publication, when it was told', () => {
    const texts = ['The coach said his knee had ached since the opening match in March.'];
    expect(at('2021-06-10', texts, 'knee had ached').date).toMatchObject({ start: '2021-03', end: '2021-06-10' });
  });
  it('no later time and no telling: still only "after" the date, its end unknown', () => {
    const d = at('2021-06-10', ['The mill had stood empty since 1990.'], 'stood empty').date;
    expect(d).toMatchObject({ start: '1990', mod: 'after' });
    expect(d.end).toBeUndefined();
  });
  it('a record since a date is one happening after it, not a stretch ("the wettest month since 1990, and it ended on Monday")', () => {
    const d = at('2021-06-10', ['It had been the wettest month since 1990, and the rain stopped on Monday.'], 'wettest').date;
    expect(d.end).toBeUndefined();
  });
});

describe('a present-perfect "since" runs up to publication', () => {
  it('with an irregular participle that ends like no regular one ("has made", "has found")', () => {
    expect(at('2021-06-10', ['The pottery has made plates in the old mill since 1952.'], 'made plates').date).toMatchObject({ start: '1952', end: '2021-06-10' });
    expect(at('2021-06-10', ['The trust has found homes for 300 dogs since 2009.'], 'found homes').date).toMatchObject({ start: '2009', end: '2021-06-10' });
  });
});

describe('a "since" year is background to what the text dates next', () => {
  it('a month in a coordinated clause after it is not read in that year', () => {
    const d = at('2019-09-01', ['Tolls have risen every year since 2012, and in June the operator raised them again.'], 'raised them again').date;
    expect(d.start).toBe('2019-06');
  });
  it('without "since", a year before a coordinated clause still gives its month the year', () => {
    expect(at('2019-09-01', ['The firm was founded in 2008, and in March it opened its first store.'], 'first store').date.start).toBe('2008-03');
  });
  it('"the following summer" counts from the happening dated before the stretch, not from the stretch\'s start', () => {
    const texts = ['He moved to Lyon in 2003 to work for a charity that had operated there since 1975.', 'The following summer he opened a clinic.'];
    expect(at('2019-09-01', texts, 'opened a clinic').date).toMatchObject({ start: '2004-06', end: '2004-08' });
  });
});

describe('a day of a month followed by "last/this/next year" is in that year', () => {
  it('"on March 9 last year" is last year\'s day, not this year\'s', () => {
    expect(at('2021-06-10', ['The bypass opened to traffic on March 9 last year.'], 'opened to traffic').date.start).toBe('2020-03-09');
  });
  it('day-month order and "next year" ("on the 2nd of October next year")', () => {
    expect(at('2021-06-10', ['The festival returns on the 2nd of October next year.'], 'festival returns').date.start).toBe('2022-10-02');
  });
  it('"of" before the year ("on April 3 of last year") reads the same', () => {
    expect(at('2021-06-10', ['The museum closed its east wing on April 3 of last year.'], 'east wing').date.start).toBe('2020-04-03');
  });
  it('a number after the month that is no day stays apart ("rose in May 5 percent last year")', () => {
    expect(at('2021-06-10', ['Exports rose in May 5 percent last year.'], 'Exports rose').date.start).not.toMatch(/^\d{4}-05-05$/);
  });
});

// The functions of since-spans.ts, on clauses of our own.
describe('since-spans.ts', () => {
  it('sinceUpToNow: "has stood empty since 2009" runs up to now; "its first loss since 1992" does not', () => {
    const a = anchoredAt('The plant has stood empty since 2009.', '2021-04-20', '2009');
    expect(sinceUpToNow(a.u.paraText, a.a.clause, a.a.main)).toBe(true);
    const b = anchoredAt('The firm posted its first loss since 1992.', '2021-04-20', '1992');
    expect(sinceUpToNow(b.u.paraText, b.a.clause, b.a.main)).toBe(false);
  });
  it('pastPerfectSinceEnd: "had been missing since Friday and was found on Sunday" ends on Sunday', () => {
    const t = clauseWork('The climber had been missing since Friday and was found on Sunday.', '2021-04-20', 'Friday');
    expect(pastPerfectSinceEnd(t.w.u, t.w.c, t.w.main, t.w.date, t.w.anchored, t.w.published)).toMatchObject({ end: '2021-04-18', to: 'later-date', what: 'Sunday' });
  });
});

describe('a past-perfect "since" with no end in its sentence runs up to the day the story has got to', () => {
  const texts = [
    'Divers brought two cavers out of the Grell cave early today.',
    'The pair had been stuck in a flooded chamber since Monday, when heavy rain sealed the entrance.',
    'Their parents had kept watch at the farm since the weekend.',
  ];
  it('from the "since" day up to the latest day told before it ("since Monday" up to today)', () => {
    expect(at('2019-03-08', texts, 'stuck in a flooded chamber').date).toMatchObject({ start: '2019-03-04', end: '2019-03-08' });
    expect(at('2019-03-08', texts, 'kept watch').date).toMatchObject({ start: '2019-03-02', end: '2019-03-08' });
  });
  it('an obituary\'s state ends at the death ("had lived there since 1990")', () => {
    const obit = ['The painter Ada Morn died on Sunday in Lisk.', 'She had lived on the island since 1990.'];
    expect(at('2004-02-10', obit, 'lived on the island').date).toMatchObject({ start: '1990', end: '2004-02-08' });
  });
  it('with no day of the story told before it, the state is only after its start', () => {
    const d = at('2004-02-10', ['She had lived on the island since 1990.'], 'lived on the island').date;
    expect([d.start, d.end, d.mod]).toEqual(['1990', undefined, 'after']);
  });
});

describe('a lack that has lasted since a date runs up to now', () => {
  it('"has had no doctor since 2015", "have not had a day off since May"', () => {
    expect(at('2021-06-10', ['The island has had no doctor since 2015, when the clinic closed.'], 'no doctor').date).toMatchObject({ start: '2015', end: '2021-06-10' });
    expect(at('2021-06-10', ['The nurses have not had a day off since May.'], 'day off').date).toMatchObject({ start: '2021-05', end: '2021-06-10' });
  });
  it('"has had" alone with a habit is no stretch', () => {
    expect(at('2021-06-10', ['The town has had water restrictions every summer since 2015.'], 'restrictions').date.end).toBeUndefined();
  });
});

describe('a past-perfect "since" told at a dated telling runs up to the telling', () => {
  it('"told staff at a meeting on Tuesday that sales had slumped since Jan. 4" ends on Tuesday', () => {
    const d = at('2021-03-12', ['The manager told staff at a meeting on Tuesday that sales had slumped since Jan. 4.'], 'slumped').date;
    expect(d).toMatchObject({ start: '2021-01-04', end: '2021-03-09' });
  });
  it('told in the present perfect it runs up to publication', () => {
    const d = at('2021-03-12', ['The manager told staff at a meeting on Tuesday that sales have slumped since Jan. 4.'], 'slumped').date;
    expect(d).toMatchObject({ start: '2021-01-04', end: '2021-03-12' });
  });
});

describe('a present-perfect conjunct after a dated clause in the simple past', () => {
  it('is not on the first conjunct\'s day ("came on Friday night, and the halls in the town have been turned into shelters")', () => {
    const texts = ['The navy sent two ships to the island on Friday night, and the halls in the harbour town have been turned into shelters.'];
    expect(at('2021-06-10', texts, 'turned into shelters').date).toMatchObject({ start: '2021-06-10', mod: 'before' });
    expect(at('2021-06-10', texts, 'sent two ships').date.start).toBe('2021-06-04');
  });
  it('with "since then", runs from the first conjunct\'s date up to publication', () => {
    const texts = ['A spring flooded the lower gallery of the mine on May 3, and pumps have drained it twice since then.'];
    expect(at('2021-06-10', texts, 'pumps have drained').date).toMatchObject({ start: '2021-05-03', end: '2021-06-10' });
  });
  it('without a publication date, "since then" is still after the date before it', () => {
    const texts = ['A spring flooded the lower gallery of the mine on May 3, 1987, and pumps have drained it twice since then.'];
    const d = events(null as unknown as string, ...texts).find((e) => quoteOf(e, texts).startsWith('pumps'));
    expect(d?.date).toMatchObject({ start: '1987-05-03', mod: 'after' });
  });
  it('"…, the last on Sunday" after a count is an event of its own on its day, not the count\'s', () => {
    const texts = ['A spring flooded the lower gallery of the mine on May 3, and pumps have drained it twice since then, the last on Sunday.'];
    expect(at('2021-06-10', texts, 'pumps have drained').date).toMatchObject({ start: '2021-05-03', end: '2021-06-10' });
    expect(at('2021-06-10', texts, 'the last on Sunday').date.start).toBe('2021-06-06');
  });
  it('after a first conjunct that is itself a perfect, nothing is cut', () => {
    const texts = ['Since March the clinic has treated 300 patients, and two nurses have left.'];
    expect(at('2021-06-10', texts, 'two nurses').date).toMatchObject({ start: '2021-03', end: '2021-06-10' });
  });
});
