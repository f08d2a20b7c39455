import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 29 (a29): families from probe 21. Every sentence here was written for this test (none comes from an eval set
// or a probe).

describe('a weekday after "his own", "her usual" names a weekly thing, not a day', () => {
  it('"had her own Sunday column" is not last Sunday', () => {
    const texts = ['Agnes Rowlatt joined the paper in 1952, and within three years she had her own Sunday column.'];
    const dates = events('2001-03-14', ...texts).filter((e) => quoteOf(e, texts).includes('Sunday')).map((e) => e.date?.start);
    expect(dates).not.toContain('2001-03-11');
  });

  it('"at a Monday news conference" stays a day', () => {
    const texts = ['The minister announced the plan at a Monday news conference.'];
    expect(shortestAt('2001-03-14', texts, 'news conference').date).toMatchObject({ start: '2001-03-12' });
  });
});

describe('a telling verb with a noun for its object dates the month', () => {
  it('"The museum announced the discovery in June", written in December, is this June', () => {
    const texts = ['The museum announced the discovery in June.'];
    expect(shortestAt('2018-12-28', texts, 'discovery in June').date).toMatchObject({ start: '2018-06' });
  });
});

describe('a season named by what happened in it has no year of its own', () => {
  it('"the summer we opened the lido" is flagged', () => {
    const texts = ['The best summer was the summer we opened the lido.'];
    expect(shortestAt('2005-07-20', texts, 'opened the lido').date).toMatchObject({ yearUncertain: true });
  });

  it('so is "the spring that the twins were born"', () => {
    const texts = ['Her happiest spring was the spring that the twins were born.'];
    expect(shortestAt('2005-07-20', texts, 'twins were born').date).toMatchObject({ yearUncertain: true });
  });

  it('"in the summer we" with a main clause after it is not a relative clause', () => {
    const texts = ['In the summer we repainted the chapel.'];
    expect(shortestAt('2005-09-20', texts, 'repainted').date?.yearUncertain).toBeFalsy();
  });
});

describe('"last <month>" written in the month after it', () => {
  it('"last March", written in April, is flagged', () => {
    const texts = ['The striker has not scored since his return from injury last March.'];
    expect(shortestAt('2015-04-06', texts, 'last March').date).toMatchObject({ start: '2015-03', yearUncertain: true });
  });

  it('"last January", written in April, stays certain', () => {
    const texts = ['The striker has not scored since his return from injury last January.'];
    expect(shortestAt('2015-04-06', texts, 'last January').date?.yearUncertain).toBeFalsy();
  });
});

describe('a season in a conjunct with a named subject of its own', () => {
  it('is only a guess at the year of the month before it', () => {
    const texts = ['The bus route was cut back in May 2011 after a review, and Marlow District Council promised in the autumn to restore the evening service.'];
    expect(shortestAt('2014-02-10', texts, 'restore the evening').date).toMatchObject({ yearUncertain: true });
  });

  it('a conjunct going on with the same person keeps the story year', () => {
    const texts = ['She broke her wrist in May 1990, and in the autumn she went back to the mill.'];
    expect(shortestAt('2014-02-10', texts, 'went back').date).toMatchObject({ start: '1990-09' });
  });
});

describe('"after" with a pronoun for its whole object bounds nothing by the date', () => {
  it('"named the ward after her in 1994" is in 1994, not after it', () => {
    const texts = ['The hospital named its children\'s ward after her in 1994.'];
    const e = shortestAt('2010-05-03', texts, 'ward after her');
    expect(e.date).toMatchObject({ start: '1994' });
    expect(e.date?.mod).toBeUndefined();
  });
});

describe('two counts from the same date joined by "and"', () => {
  it('each is an event of its own, counted from the date', () => {
    const texts = ['The bridge reopened on Saturday, sixty years after the first span was built and forty years after a flood swept it away.'];
    expect(shortestAt('2012-03-05', texts, 'first span was built').date).toMatchObject({ start: '1952' });
    expect(shortestAt('2012-03-05', texts, 'flood swept it away').date).toMatchObject({ start: '1972' });
  });
});

describe('"the day after the fall" is no autumn', () => {
  it('a day or hours counted from "the fall" make it a happening, not the season', () => {
    const texts = ['The climber was rescued from the ledge in 2006. The rope was cut down the day after the fall, before anyone could examine it.'];
    const dates = events('2013-06-11', ...texts).map((e) => e.date?.rule ?? '');
    expect(dates.some((r) => r.startsWith('season'))).toBe(false);
  });

  it('"after the fall" alone is still the season', () => {
    const texts = ['The council reopened the library after the fall.'];
    expect(shortestAt('2013-02-11', texts, 'reopened the library').date?.rule ?? '').toMatch(/^season/);
  });
});

describe('a trading session with no day of its own is the news day', () => {
  it('"fell 3 percent in afternoon trading" after an aside is on the publication day', () => {
    const texts = ['The bank\'s shares, which have risen by half since April, fell 3 percent to $8.20 in afternoon trading.'];
    const e = shortestAt('2011-08-09', texts, 'afternoon trading');
    expect(e.date).toMatchObject({ start: '2011-08-09' });
    expect(e.date?.mod).toBeUndefined();
  });
});

describe('a modal in a clause of time is not the main verb\'s', () => {
  it('"was sold before the family could object" is still a happening', () => {
    const texts = ['The farmhouse was sold before the family could object.'];
    expect(shortestAt('2013-06-11', texts, 'farmhouse was sold').date).toMatchObject({ start: '2013-06-11', mod: 'before' });
  });
});
